/* Safe twins of bad.c: nothing here may be flagged. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libgen.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <curl/curl.h>
#include <libxml/parser.h>
#include <sqlite3.h>
#include <sys/random.h>

static const char *db_password_env = "DB_PASSWORD";               /* ok: CWE-798 name of a variable */

void copy_name(const char *name)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%s", name);                        /* ok: CWE-120 */
	strcpy(buf, "fixed");                                         /* ok: CWE-120 constant source */
	if (!fgets(buf, sizeof buf, stdin))                           /* ok: CWE-120 */
		return;
	snprintf(buf, sizeof buf, "hello %s", name);                  /* ok: CWE-120 */
	if (scanf("%31s", buf) != 1)                                  /* ok: CWE-120 */
		return;
	size_t n = strlen(name) < sizeof buf - 1 ? strlen(name) : sizeof buf - 1;
	memcpy(buf, name, n);                                         /* ok: CWE-787 */
	/* strcpy(buf, name) in a comment is not code */
	puts("strcpy(buf, name) in a string is not code");            /* ok: CWE-120 */
}

void stack(size_t n, const char *msg)
{
	char line[256];                                               /* ok: CWE-121 */
	char *p = malloc(n);                                          /* ok: CWE-121 */
	printf("%s", msg);                                            /* ok: CWE-134 */
	fprintf(stderr, "%s\n", msg);                                 /* ok: CWE-134 */
	syslog(LOG_ERR, "%s", msg);                                   /* ok: CWE-134 */
	printf(_("translated\n"));                                    /* ok: CWE-134 */
	free(p);
	(void)line;
}

int *table(size_t count, size_t width)
{
	return calloc(count, width);                                  /* ok: CWE-190 */
}

void run(const char *host)
{
	char *const argv[] = { "ping", "-c", "1", (char *)host, NULL };
	system("ls -l /srv");                                         /* ok: CWE-78 constant */
	execvp("ping", argv);                                         /* ok: CWE-78 */
}

void lookup(sqlite3 *db, const char *user)
{
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db, "SELECT * FROM users WHERE name = ?", -1, &st, NULL); /* ok: CWE-89 */
	sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
}

void crypto(const unsigned char *data, size_t n, const char *password)
{
	unsigned char out[32];
	EVP_Digest(data, n, out, NULL, EVP_sha256(), NULL);           /* ok: CWE-328 */
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, NULL, NULL);   /* ok: CWE-327 */
	PKCS5_PBKDF2_HMAC(password, -1, data, 16, 600000, EVP_sha256(), 32, out); /* ok: CWE-916 */
}

unsigned make_session_token(void)
{
	unsigned v;
	if (getrandom(&v, sizeof v, 0) != sizeof v)                   /* ok: CWE-338 */
		abort();
	return v;
}

void tls(SSL_CTX *ctx, CURL *curl)
{
	SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);               /* ok: CWE-295 */
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);           /* ok: CWE-295 */
}

void files(const char *name)
{
	char tmpl[] = "/tmp/app-XXXXXX";
	int fd = mkstemp(tmpl);                                       /* ok: CWE-377 */
	chmod("/srv/data/report.txt", 0640);                          /* ok: CWE-732 */
	umask(077);                                                   /* ok: CWE-732 */
	char path[256], copy[256];
	snprintf(copy, sizeof copy, "%s", name);
	snprintf(path, sizeof path, "/srv/files/%s", basename(copy)); /* ok: CWE-22 */
	(void)fd;
}

xmlDocPtr parse(const char *buf, int len)
{
	return xmlReadMemory(buf, len, "in.xml", NULL, XML_PARSE_NONET); /* ok: CWE-611 */
}
