/* hsdb.c -- compiled Vectorscan databases kept in the cache directory.
 * See hsdb.h. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "util.h"
#include "hsdb.h"

#define HSDB_MAGIC "trilemma-pf 2 "

/* The platform Vectorscan tunes for, asked once: it runs CPUID, which a
 * virtual machine may trap, and so costs tens of microseconds a call. */
static hs_platform_info_t plat;
static int plat_ok;
static pthread_once_t plat_once = PTHREAD_ONCE_INIT;

static void plat_init(void)
{
	plat_ok = hs_populate_platform(&plat) == HS_SUCCESS;
}

int hsdb_key_begin(struct buf *key, unsigned flags)
{
	pthread_once(&plat_once, plat_init);
	if (!plat_ok)
		return -1;
	buf_addf(key, "%s\n%u %llu %u\n", hs_version(), plat.tune,
	         (unsigned long long)plat.cpu_features, flags);
	return 0;
}

int hsdb_path(struct buf *path, const char *kind, const char *name)
{
	const char *dir = tri_cache_dir();
	if (!dir)
		return -1;
	buf_addf(path, "%s/%s-%s.hsdb", dir, kind, name);
	return 0;
}

int hsdb_load(const char *path, const struct buf *key, size_t n, unsigned char *ok,
              hs_database_t **db)
{
	struct buf b = BUF_INIT;
	int rc = -1;
	size_t ml = strlen(HSDB_MAGIC);
	char *p, *end;

	if (buf_read_regular(&b, path, HSDB_MAX_FILE) || b.len < ml || memcmp(b.s, HSDB_MAGIC, ml))
		goto out;
	errno = 0;
	unsigned long long kl = strtoull(b.s + ml, &end, 10);
	if (errno || *end != ' ' || kl != key->len)
		goto out;
	unsigned long long cn = strtoull(end + 1, &p, 10);
	if (errno || cn != n || *p != '\n')
		goto out;
	p++;
	if ((size_t)(b.s + b.len - p) < key->len + n + 1 || memcmp(p, key->s, key->len))
		goto out;
	const char *flags = p + key->len, *data = flags + n + 1;
	if (flags[n] != '\n')
		goto out;
	for (size_t i = 0; i < n; i++) {
		if (flags[i] != '0' && flags[i] != '1')
			goto out;
		ok[i] = (unsigned char)(flags[i] == '1');
	}
	if (hs_deserialize_database(data, (size_t)(b.s + b.len - data), db) == HS_SUCCESS)
		rc = 0;
out:
	buf_release(&b);
	return rc;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static int mkdir_p(const char *dir)
{
	char *d = xstrdup(dir);
	int rc = 0;
	for (char *p = d + 1; *p && rc == 0; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(d, 0700) && errno != EEXIST)
			rc = -1;
		*p = '/';
	}
	if (rc == 0 && mkdir(d, 0700) && errno != EEXIST)
		rc = -1;
	free(d);
	return rc;
}

void hsdb_file_write(const char *path, const char *a, size_t al, const char *b, size_t bl)
{
	struct buf tmp = BUF_INIT, dir = BUF_INIT;
	int fd = -1;
	const char *slash = strrchr(path, '/');

	if (!slash)
		goto out;
	buf_add(&dir, path, (size_t)(slash - path));
	if (mkdir_p(dir.s))
		goto out;
	buf_addf(&tmp, "%s.XXXXXX", path);
	fd = mkstemp(tmp.s);
	if (fd < 0)
		goto out;
	if (write_all(fd, a, al) || write_all(fd, b, bl) || close(fd)) {
		fd = -1;
		unlink(tmp.s);
		goto out;
	}
	fd = -1;
	if (rename(tmp.s, path))
		unlink(tmp.s);
out:
	if (fd >= 0) {
		close(fd);
		unlink(tmp.s);
	}
	buf_release(&tmp);
	buf_release(&dir);
}

void hsdb_store(const char *path, const struct buf *key, size_t n, const unsigned char *ok,
                const hs_database_t *db)
{
	struct buf head = BUF_INIT;
	char *bytes = NULL;
	size_t len = 0;

	if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS)
		return;
	buf_addf(&head, "%s%zu %zu\n", HSDB_MAGIC, key->len, n);
	buf_add(&head, key->s, key->len);
	for (size_t i = 0; i < n; i++)
		buf_addc(&head, ok[i] ? '1' : '0');
	buf_addc(&head, '\n');
	hsdb_file_write(path, head.s, head.len, bytes, len);
	free(bytes);   /* allocated by Vectorscan's allocator, which is malloc */
	buf_release(&head);
}
