/* util.h -- allocation wrappers, exit codes and small helpers every module uses.
 *
 * Allocation: x*() abort the process with a message when memory runs out
 * (as git's xmalloc does): a CLI cannot do anything useful after that, and
 * checking at every call site would hide the real error paths. Every size
 * computation that multiplies goes through xcalloc/xreallocarray, which
 * check for overflow. Everything else returns errors as values. */
#ifndef TRI_UTIL_H
#define TRI_UTIL_H

/* System headers come first so that banned.h poisons only our own calls
 * (glibc defines some banned functions inline in its headers). */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "banned.h"

/* Exit codes of SPEC §2. */
enum tri_exit {
	TRI_OK = 0,       /* success */
	TRI_GATE = 1,     /* a gate failed: scan findings, no model selected */
	TRI_USAGE = 2,    /* usage or input error: bad flag, config, suite */
	TRI_RUNTIME = 3,  /* run-time failure: store unwritable, no model reachable */
};

#define TRI_VERSION "0.1.0"
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
/* realloc for nmemb * size bytes, aborting on multiplication overflow. */
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grow *arr (of *alloc elements of size elem) to hold at least need. */
void xgrow(void **arr, size_t *alloc, size_t need, size_t elem);
#define XGROW(arr, alloc, need) \
	xgrow((void **)&(arr), &(alloc), (need), sizeof(*(arr)))

/* Seconds on the monotonic clock / the wall clock. */
double now_mono(void);
double now_wall(void);

/* Parse a whole string as a number. Return 0 on success, -1 when s is not
 * entirely a number (leading/trailing junk, overflow, empty). */
int parse_long(const char *s, long *out);
int parse_double(const char *s, double *out);

/* Hex SHA-256 of data (65 bytes with NUL written to out). */
void sha256_hex(const void *data, size_t len, char out[65]);

/* The directory holding data/ and suites/: $TRILEMMA_HOME, else the
 * source tree the executable was built in (its directory, parent or
 * grandparent holding data/scan/ and suites/), else <bindir>/../share/trilemma
 * when it holds data/ (a relocatable install), else TRI_DATADIR. Computed
 * once; returns a static string. */
const char *tri_home(void);

/* The directory for caches that may be deleted at any time:
 * $XDG_CACHE_HOME/trilemma, else $HOME/.cache/trilemma (either must be an
 * absolute path), else NULL (no cache), read from the environment once.
 * Thread-safe. Returns a static string; the directory may not exist yet. */
const char *tri_cache_dir(void);

#endif
