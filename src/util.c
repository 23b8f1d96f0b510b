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

/* The data directory: where data/ and suites/ are found.
 *
 * Searched in this order, first match wins:
 *   1. $TRILEMMA_HOME, as given (tests and users who keep their own copy);
 *   2. the source tree: the directory of the executable, its parent or its
 *      grandparent when it holds data/scan/ and suites/ (./trilemma,
 *      build/trilemma, build/tests/test_*);
 *   3. <directory of the executable>/../share/trilemma when it holds data/
 *      (an installed binary finds the data installed beside it, wherever
 *      the tree was installed or moved to, as git's RUNTIME_PREFIX does);
 *   4. TRI_DATADIR, the PREFIX compiled in (/usr/local/share/trilemma by
 *      default), when /proc/self/exe cannot be read.
 * The executable's path comes from /proc/self/exe, which the kernel gives
 * with every symlink resolved, so a symlink in ~/bin to an installed
 * binary still finds that binary's share/. Step 2 asks for two directories
 * so that a home directory that happens to hold data/ is not taken for the
 * source tree of a binary installed in ~/.local/bin. */

static int is_dir(const char *dir, const char *sub)
{
	char path[PATH_MAX];
	struct stat st;
	int n = snprintf(path, sizeof(path), "%s/%s", dir, sub);
	return n > 0 && (size_t)n < sizeof(path) && stat(path, &st) == 0 &&
	       S_ISDIR(st.st_mode);
}

static char home_dir[PATH_MAX];

/* Cut the last component of path in place; 0 when there is none left to cut
 * (path is "/" or has no slash). */
static int cut_last(char *path)
{
	char *slash = strrchr(path, '/');
	if (!slash || slash == path)
		return 0;
	*slash = '\0';
	return 1;
}

static int home_from_exe(void)
{
	char exe[PATH_MAX], dir[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return 0;
	exe[n] = '\0';
	if (!cut_last(exe)) /* exe is now the executable's directory */
		return 0;
	memcpy(dir, exe, strlen(exe) + 1);
	for (int up = 0; up < 3; up++) {
		if (is_dir(dir, "data/scan") && is_dir(dir, "suites")) {
			memcpy(home_dir, dir, strlen(dir) + 1);
			return 1;
		}
		if (!cut_last(dir))
			break;
	}
	/* exe is a real path (no symlinks), so cutting a component is "..". */
	if (!cut_last(exe))
		exe[0] = '\0';
	int m = snprintf(dir, sizeof(dir), "%s/share/trilemma", exe);
	if (m <= 0 || (size_t)m >= sizeof(dir) || !is_dir(dir, "data"))
		return 0;
	memcpy(home_dir, dir, (size_t)m + 1);
	return 1;
}

static void home_init(void)
{
	const char *env = getenv("TRILEMMA_HOME");
	if (env && *env && strlen(env) < sizeof(home_dir)) {
		memcpy(home_dir, env, strlen(env) + 1);
		return;
	}
	if (home_from_exe())
		return;
	int n = snprintf(home_dir, sizeof(home_dir), "%s", TRI_DATADIR);
	if (n <= 0 || (size_t)n >= sizeof(home_dir))
		home_dir[0] = '\0';
}

const char *tri_home(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, home_init);
	return home_dir;
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
