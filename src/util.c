/* util.c -- allocation wrappers, clocks, number parsing, hashing, home dir. */
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include <pthread.h>
#include <nettle/sha2.h>
#include <nettle/version.h>

static void oom(size_t n)
{
	fprintf(stderr, "trilemma: out of memory allocating %zu bytes\n", n);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (!p)
		oom(nmemb * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom(n);
	return q;
}

void *xreallocarray(void *p, size_t nmemb, size_t size)
{
	if (size && nmemb > SIZE_MAX / size)
		oom(SIZE_MAX);
	return xrealloc(p, nmemb * size);
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void xgrow(void **arr, size_t *alloc, size_t need, size_t elem)
{
	if (need <= *alloc)
		return;
	size_t n = *alloc ? *alloc : 8;
	while (n < need) {
		if (n > SIZE_MAX / 2)
			oom(SIZE_MAX);
		n *= 2;
	}
	*arr = xreallocarray(*arr, n, elem);
	*alloc = n;
}

double now_mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double now_wall(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int parse_long(const char *s, long *out)
{
	char *end;
	if (!s || !*s)
		return -1;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end)
		return -1;
	*out = v;
	return 0;
}

int parse_double(const char *s, double *out)
{
	char *end;
	if (!s || !*s)
		return -1;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || *end || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

void sha256_hex(const void *data, size_t len, char out[65])
{
	struct sha256_ctx ctx;
	uint8_t md[SHA256_DIGEST_SIZE];
	static const char hex[] = "0123456789abcdef";

	sha256_init(&ctx);
	sha256_update(&ctx, len, data);
#if NETTLE_VERSION_MAJOR >= 4
	sha256_digest(&ctx, md);
#else
	sha256_digest(&ctx, sizeof(md), md);
#endif
	for (unsigned i = 0; i < SHA256_DIGEST_SIZE; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[64] = '\0';
}

static int has_data_dir(const char *dir)
{
	char path[PATH_MAX];
	struct stat st;
	int n = snprintf(path, sizeof(path), "%s/data", dir);
	return n > 0 && (size_t)n < sizeof(path) && stat(path, &st) == 0 &&
	       S_ISDIR(st.st_mode);
}

const char *tri_home(void)
{
	static char home[PATH_MAX];
	const char *env = getenv("TRILEMMA_HOME");

	if (home[0])
		return home;
	if (env && *env && strlen(env) < sizeof(home)) {
		memcpy(home, env, strlen(env) + 1);
		return home;
	}
	ssize_t n = readlink("/proc/self/exe", home, sizeof(home) - 1);
	if (n > 0) {
		home[n] = '\0';
		/* strip the file name, then up to two levels (build/ dirs) */
		for (int up = 0; up < 3; up++) {
			char *slash = strrchr(home, '/');
			if (!slash || slash == home)
				break;
			*slash = '\0';
			if (has_data_dir(home))
				return home;
		}
	}
	snprintf(home, sizeof(home), "%s", TRI_DATADIR);
	return home;
}

static char cache_dir[PATH_MAX];

static void cache_dir_init(void)
{
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	int n = -1;

	if (xdg && xdg[0] == '/')
		n = snprintf(cache_dir, sizeof(cache_dir), "%s/trilemma", xdg);
	else if (home && home[0] == '/')
		n = snprintf(cache_dir, sizeof(cache_dir), "%s/.cache/trilemma", home);
	if (n <= 0 || (size_t)n >= sizeof(cache_dir))
		cache_dir[0] = '\0';
}

const char *tri_cache_dir(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, cache_dir_init);
	return cache_dir[0] ? cache_dir : NULL;
}
