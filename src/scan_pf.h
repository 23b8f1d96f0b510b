/* scan_pf.h -- the scanner's prefilter (internal to scan.c).
 *
 * Many patterns compiled into one Vectorscan (Hyperscan) database in
 * prefilter mode, so that one pass over a text tells which patterns may
 * match it. Prefilter mode accepts the PCRE constructs Vectorscan cannot run
 * exactly (lookaround, back-references) by widening them: the database
 * matches at least wherever the pattern does, never less. A hit therefore
 * means "run the exact PCRE2 pattern", and no hit means it cannot match.
 *
 * Compiling a database costs a few hundred milliseconds, so a built
 * database is kept in the cache directory (tri_cache_dir()) with the exact
 * inputs of its build (the patterns, the Vectorscan version, the CPU), and
 * is loaded from there when those are the same. The cache is an
 * optimisation only: a missing, unwritable, stale or damaged file means
 * compiling again (and replacing the file).
 *
 * A struct pf is read-only once built and may be shared by threads; each
 * thread scans with its own scratch space (a struct pf_scratch, grown to
 * fit any database it is used with). */
#ifndef TRI_SCAN_PF_H
#define TRI_SCAN_PF_H

#include <stddef.h>

struct pf;
struct pf_scratch;

/* Build a database of pats[0..n), pattern i reporting ids[i], cached as
 * scan-NAME.hsdb (name: a few safe characters, e.g. "c-code"). ok[i] is set
 * to 1 for each pattern in the database and to 0 for one Vectorscan refused
 * (the caller must treat such a pattern as always possibly matching).
 * Returns NULL when no database could be built at all (ok[] all 0). */
struct pf *pf_build(const char *name, const char *const *pats, const unsigned *ids,
                    size_t n, unsigned char *ok);
/* The same from the cache only: NULL when it holds no such build (then
 * pf_build() compiles it). */
struct pf *pf_load(const char *name, const char *const *pats, const unsigned *ids,
                   size_t n, unsigned char *ok);
void pf_free(struct pf *pf);

/* Scan text and set hit[id] = 1 for every pattern that may match it.
 * *scratch is this thread's scratch space (NULL at first: allocated here)
 * and is freed with pf_scratch_free(). Returns 0, or -1 when the scan could
 * not run (then hit[] is incomplete and the caller must not rely on it). */
int pf_scan(const struct pf *pf, struct pf_scratch **scratch, const char *text,
            size_t len, unsigned char *hit);
void pf_scratch_free(struct pf_scratch *s);

/* pf_scan() scans a copy of the text that starts at a multiple of 64
 * bytes and is followed by PF_PAD newlines (see scan_pf.c: Vectorscan
 * 5.4.9's answer depends on the text's address). A caller whose text is
 * already so placed -- text 64-byte aligned, text[len .. len + PF_PAD)
 * newlines -- scans it in place with pf_scan_padded(), to the same
 * answer; -1 also when text is not aligned. */
#define PF_PAD 64
int pf_scan_padded(const struct pf *pf, struct pf_scratch **scratch, const char *text,
                   size_t len, unsigned char *hit);

/* Other files of the same cache directory, scan-NAME: read one whole
 * (at most 32 MiB, a regular file) into b, 0 or -1 when there is none;
 * write one atomically (a temporary file renamed into place), best
 * effort. The caller checks that what it reads is what it wrote. */
struct buf;
int scan_cache_read(const char *name, struct buf *b);
void scan_cache_write(const char *name, const char *data, size_t len);

/* Milliseconds Vectorscan takes to compile pat alone (-1: it refuses
 * it), for rule authors (TRILEMMA_SCAN_DEBUG). */
double pf_compile_ms(const char *pat);

/* Vectorscan's version string, for diagnostics. */
const char *pf_version(void);

#endif
