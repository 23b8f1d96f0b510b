/* hsdb.h -- compiled Vectorscan databases kept in the cache directory.
 *
 * Compiling a database costs from a few milliseconds to a second; the
 * scanner's prefilters (scan_pf.c) and the graders' phrase lists (grade.c)
 * keep what they built in tri_cache_dir(), each file with the exact inputs
 * of its build (its key), and load it from there when those are the same.
 *
 * A cache file is "trilemma-pf 2 K N\n", then the K bytes of the key, then
 * N bytes '0'/'1' (which patterns the build holds: Vectorscan may refuse
 * some), then "\n" and the serialised database. A key starts with
 * hsdb_key_begin() (the Vectorscan version, the CPU features it tunes for,
 * the compile flags) and goes on with the patterns; a file is used only
 * when its key is the same byte for byte, so a stale or foreign file is
 * never trusted (it is rebuilt and replaced); the database carries its own
 * CRC, which Vectorscan checks when it deserialises it. Files are written
 * to a temporary name and renamed into place, so a reader never sees half a
 * file. The cache is an optimisation only: a missing, unwritable, stale or
 * damaged file means compiling again. */
#ifndef TRI_HSDB_H
#define TRI_HSDB_H

#include <hs.h>
#include <stddef.h>
#include "buf.h"

#define HSDB_MAX_FILE ((size_t)32 << 20)   /* a database is well under 1 MiB */

/* Start key with what every build depends on besides its patterns; -1 when
 * the platform cannot be asked (then nothing may be cached). */
int hsdb_key_begin(struct buf *key, unsigned flags);

/* Append to path the cache file of a build, <cache dir>/KIND-NAME.hsdb
 * ("scan-c-code.hsdb"): 0, or -1 (path unchanged) when there is no cache
 * directory. */
int hsdb_path(struct buf *path, const char *kind, const char *name);

/* Load the build of key from path: 0 with *db and ok[0..n) set, or -1. */
int hsdb_load(const char *path, const struct buf *key, size_t n, unsigned char *ok,
              hs_database_t **db);

/* Keep db, built from key, at path (best effort: no error when it cannot). */
void hsdb_store(const char *path, const struct buf *key, size_t n, const unsigned char *ok,
                const hs_database_t *db);

/* Write a then b to path atomically (best effort). */
void hsdb_file_write(const char *path, const char *a, size_t al, const char *b, size_t bl);

#endif
