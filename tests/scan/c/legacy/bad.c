/* Vulnerable C: every line marked expect: must be flagged with that CWE. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/md5.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <curl/curl.h>
#include <libxml/parser.h>
#include <sqlite3.h>

static const char *db_password = "s3cr3t-Pa55";                 /* expect: CWE-798 */

void copy_name(const char *name)
{
	char buf[32];
	strcpy(buf, name);                                            /* expect: CWE-120 */
	strcat(buf, name);                                            /* expect: CWE-120 */
	gets(buf);                                                    /* expect: CWE-120 */
	sprintf(buf, "hello %s", name);                               /* expect: CWE-120 */
	scanf("%s", buf);                                             /* expect: CWE-121 */
	memcpy(buf, name, strlen(name));                              /* expect: CWE-787 */
}

void stack(size_t n, const char *msg)
{
	char line[n];                                                 /* expect: CWE-121 */
	char *p = alloca(n);                                          /* expect: CWE-121 */
	printf(msg);                                                  /* expect: CWE-134 */
	fprintf(stderr, msg);                                         /* expect: CWE-134 */
	syslog(LOG_ERR, msg);                                         /* expect: CWE-134 */
	(void)line; (void)p;
}

int *table(size_t count, size_t width)
{
	return malloc(count * width);                                 /* expect: CWE-190 */
}

void run(const char *host)
{
	char cmd[256];
	snprintf(cmd, sizeof cmd, "ping -c 1 %s", host);
	system(cmd);                                                  /* expect: CWE-78 */
	FILE *f = popen(cmd, "r");                                    /* expect: CWE-78 */
	execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);              /* expect: CWE-78 */
	(void)f;
}

void lookup(sqlite3 *db, const char *user)
{
	char q[512];
	snprintf(q, sizeof q, "SELECT * FROM users WHERE name = '%s'", user); /* expect: CWE-89 */
	sqlite3_exec(db, q, NULL, NULL, NULL);
}

void crypto(const unsigned char *data, size_t n, const char *password)
{
	unsigned char out[16];
	MD5(data, n, out);                                            /* expect: CWE-328 */
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	EVP_EncryptInit_ex(c, EVP_des_cbc(), NULL, NULL, NULL);       /* expect: CWE-327 */
	SHA256((const unsigned char *)password, strlen(password), out); /* expect: CWE-916 */
}

unsigned make_session_token(void)
{
	return (unsigned)rand();                                      /* expect: CWE-338 */
}

void tls(SSL_CTX *ctx, CURL *curl)
{
	SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);               /* expect: CWE-295 */
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);           /* expect: CWE-295 */
}

void files(const char *name)
{
	char *t = tmpnam(NULL);                                       /* expect: CWE-377 */
	FILE *f = fopen("/tmp/app.log", "w");                         /* expect: CWE-377 */
	chmod("/srv/data/report.txt", 0777);                          /* expect: CWE-732 */
	umask(0);                                                     /* expect: CWE-732 */
	char path[256];
	snprintf(path, sizeof path, "/srv/files/%s", name);           /* expect: CWE-22 */
	f = fopen(path, "r");
	(void)t; (void)f;
}

xmlDocPtr parse(const char *buf, int len)
{
	return xmlReadMemory(buf, len, "in.xml", NULL, XML_PARSE_NOENT); /* expect: CWE-611 */
}
