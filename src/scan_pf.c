/* scan_pf.c -- a multi-pattern prefilter over Vectorscan, with a cache of
 * compiled databases. See scan_pf.h.
 *
 * A build is cached as <cache dir>/scan-NAME.hsdb (hsdb.h), its key the
 * flags and each pattern with its id; the ok[] of the build are the file's
 * flags. */
#include <hs.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>
#include "util.h"
#include "buf.h"
#include "hsdb.h"
#include "scan_pf.h"

#define PF_FLAGS (HS_FLAG_PREFILTER | HS_FLAG_MULTILINE | HS_FLAG_SINGLEMATCH | \
                  HS_FLAG_ALLOWEMPTY)

struct pf {
	hs_database_t *db;
	unsigned long serial;    /* tells databases apart in a scratch's list */
};

/* A thread's scratch space and the databases it has been fitted to.
 * hs_alloc_scratch() checks the database's CRC each time it is called,
 * which costs a pass over the database: it is called once per database,
 * not once per scan. */
struct pf_scratch {
	hs_scratch_t *s;
	unsigned long *fit;      /* serials of the databases s fits */
	size_t n_fit, alloc_fit;
	char *copy;              /* the text, 64-byte aligned and padded (pf_scan) */
	size_t copy_cap;
};

/* Vectorscan 5.4.9 (Debian 12) can miss a match depending on where the
 * text sits in memory: the same bytes at another address modulo 64 give
 * another answer, and a literal in the last bytes of a text is missed at
 * some addresses (seen on an AVX-512 machine: 'query' in a 90-byte text
 * missed at 21 of 64 offsets when the database also held a second
 * pattern; see tests/unit/test_scan_pf.c). A prefilter must never miss,
 * and a report must not depend on the heap, so every text is scanned from
 * a 64-byte aligned copy followed by PF_PAD newlines: at that placement
 * every such case seen so far matches. The padding can only add matches
 * (no pattern of a rule may use \z or \Z, see brace_differs()), and a
 * match the padding adds is a harmless extra candidate. */

static unsigned long pf_serial(void)
{
	static unsigned long next;
	return __atomic_add_fetch(&next, 1, __ATOMIC_RELAXED);
}

const char *pf_version(void)
{
	return hs_version();
}

int scan_cache_read(const char *name, struct buf *b)
{
	const char *dir = tri_cache_dir();
	struct buf path = BUF_INIT;
	int rc = -1;

	if (dir) {
		buf_addf(&path, "%s/scan-%s", dir, name);
		rc = buf_read_regular(b, path.s, HSDB_MAX_FILE);
	}
	buf_release(&path);
	return rc;
}

void scan_cache_write(const char *name, const char *data, size_t len)
{
	const char *dir = tri_cache_dir();
	struct buf path = BUF_INIT;

	if (dir) {
		buf_addf(&path, "%s/scan-%s", dir, name);
		hsdb_file_write(path.s, data, len, "", 0);
	}
	buf_release(&path);
}

/* Does pattern p hold a brace that PCRE2 10.43 and later read as a
 * quantifier but Vectorscan reads as literal text ({,3} or {2, 3}), or an
 * end-of-text anchor (\z, \Z), which the padding of pf_scan() would move?
 * Such a pattern would be narrowed, not widened, so it is kept out. */
static int brace_differs(const char *p)
{
	for (; *p; p++) {
		if (*p == '\\' && (p[1] == 'z' || p[1] == 'Z'))
			return 1;
		if (*p == '\\' && p[1]) {
			p++;
			continue;
		}
		if (*p != '{')
			continue;
		const char *q = p + 1;
		int digits = 0, space = 0, lead_comma = *q == ',';
		for (; *q == ' ' || *q == ',' || (*q >= '0' && *q <= '9'); q++) {
			digits += *q >= '0' && *q <= '9';
			space += *q == ' ';
		}
		if (*q == '}' && digits && (space || lead_comma))
			return 1;
	}
	return 0;
}

double pf_compile_ms(const char *pat)
{
	hs_database_t *db = NULL;
	hs_compile_error_t *ce = NULL;
	double t0 = now_mono();
	int ok = hs_compile(pat, PF_FLAGS, HS_MODE_BLOCK, NULL, &db, &ce) == HS_SUCCESS;
	double t = (now_mono() - t0) * 1e3;
	hs_free_database(db);
	hs_free_compile_error(ce);
	return ok ? t : -1;
}

static int compiles_alone(const char *pat)
{
	hs_database_t *db = NULL;
	hs_compile_error_t *ce = NULL;
	int ok = hs_compile(pat, PF_FLAGS, HS_MODE_BLOCK, NULL, &db, &ce) == HS_SUCCESS;
	hs_free_database(db);
	hs_free_compile_error(ce);
	return ok;
}

/* Compile the patterns whose ok[] is 1. When Vectorscan refuses the set,
 * each pattern is tried alone once, to find every one it refuses in one
 * round; those get ok[] = 0 and the rest are compiled again. */
static hs_database_t *compile(const char *const *pats, const unsigned *ids, size_t n,
                              unsigned char *ok)
{
	const char **p = xcalloc(n + 1, sizeof(*p));
	unsigned *fl = xcalloc(n + 1, sizeof(*fl)), *id = xcalloc(n + 1, sizeof(*id));
	size_t *from = xcalloc(n + 1, sizeof(*from));
	hs_database_t *db = NULL;
	int tried_alone = 0;

	for (size_t i = 0; i < n; i++)
		if (brace_differs(pats[i]))
			ok[i] = 0;
	for (;;) {
		size_t m = 0;
		for (size_t i = 0; i < n; i++)
			if (ok[i]) {
				p[m] = pats[i];
				fl[m] = PF_FLAGS;
				id[m] = ids[i];
				from[m++] = i;
			}
		if (m == 0)
			break;
		hs_compile_error_t *ce = NULL;
		if (hs_compile_multi(p, fl, id, (unsigned)m, HS_MODE_BLOCK, NULL, &db,
		                     &ce) == HS_SUCCESS)
			break;
		db = NULL;
		int bad = ce ? ce->expression : -1;
		hs_free_compile_error(ce);
		if (!tried_alone) {
			tried_alone = 1;
			for (size_t k = 0; k < m; k++)
				if (!compiles_alone(p[k]))
					ok[from[k]] = 0;
			continue;
		}
		if (bad < 0 || (size_t)bad >= m) {   /* not one pattern's fault */
			memset(ok, 0, n);
			break;
		}
		ok[from[bad]] = 0;
	}
	free(p);
	free(fl);
	free(id);
	free(from);
	return db;
}

/* From the cache, or compiled (and cached) when may_compile. */
static struct pf *pf_get(const char *name, const char *const *pats, const unsigned *ids,
                         size_t n, unsigned char *ok, int may_compile)
{
	struct buf path = BUF_INIT, key = BUF_INIT;
	hs_database_t *db = NULL;
	struct pf *pf = NULL;

	if (n == 0 || n > UINT_MAX)
		goto out;
	if (hsdb_key_begin(&key, PF_FLAGS) == 0) {
		for (size_t i = 0; i < n; i++) {
			buf_addf(&key, "%u ", ids[i]);
			buf_add(&key, pats[i], strlen(pats[i]) + 1);
		}
		hsdb_path(&path, "scan", name);
	}
	if (path.len && hsdb_load(path.s, &key, n, ok, &db) == 0)
		goto done;
	if (!may_compile)
		goto out;
	memset(ok, 1, n);
	db = compile(pats, ids, n, ok);
	if (db && path.len)
		hsdb_store(path.s, &key, n, ok, db);
done:
	if (db) {
		pf = xcalloc(1, sizeof(*pf));
		pf->db = db;
		pf->serial = pf_serial();
	}
out:
	if (!pf)
		memset(ok, 0, n);
	buf_release(&path);
	buf_release(&key);
	return pf;
}

void pf_free(struct pf *pf)
{
	if (!pf)
		return;
	hs_free_database(pf->db);
	free(pf);
}

static int on_match(unsigned id, unsigned long long from, unsigned long long to,
                    unsigned flags, void *ctx)
{
	((unsigned char *)ctx)[id] = 1;
	return 0;
}

/* Fit the scratch space to pf (once per database): 0, or -1. */
static int scratch_fit(const struct pf *pf, struct pf_scratch **scratch)
{
	struct pf_scratch *ps = *scratch;
	size_t k;

	if (!ps)
		ps = *scratch = xcalloc(1, sizeof(*ps));
	for (k = 0; k < ps->n_fit && ps->fit[k] != pf->serial; k++)
		;
	if (k == ps->n_fit) {
		/* On failure Vectorscan frees the old scratch and sets s to
		 * NULL: then it fits no database any more. */
		hs_error_t rc = hs_alloc_scratch(pf->db, &ps->s);
		if (rc != HS_SUCCESS) {
			ps->s = NULL;
			ps->n_fit = 0;
			return -1;
		}
		XGROW(ps->fit, ps->alloc_fit, ps->n_fit + 1);
		ps->fit[ps->n_fit++] = pf->serial;
	}
	return 0;
}

int pf_scan_padded(const struct pf *pf, struct pf_scratch **scratch, const char *text,
                   size_t len, unsigned char *hit)
{
	if (len > UINT_MAX - PF_PAD - 1 || ((uintptr_t)text & 63) || scratch_fit(pf, scratch))
		return -1;
	return hs_scan(pf->db, text, (unsigned)(len + PF_PAD), 0, (*scratch)->s, on_match,
	               hit) == HS_SUCCESS ? 0 : -1;
}

int pf_scan(const struct pf *pf, struct pf_scratch **scratch, const char *text,
            size_t len, unsigned char *hit)
{
	struct pf_scratch *ps;

	if (len > UINT_MAX - PF_PAD - 1 || scratch_fit(pf, scratch))
		return -1;
	ps = *scratch;
	if (len + PF_PAD + 1 > ps->copy_cap) {
		size_t cap = (len + PF_PAD + 1 + 4095) & ~(size_t)4095;
		void *c = NULL;
		if (posix_memalign(&c, 64, cap))
			return -1;
		free(ps->copy);
		ps->copy = c;
		ps->copy_cap = cap;
	}
	memcpy(ps->copy, text, len);
	memset(ps->copy + len, '\n', PF_PAD);
	ps->copy[len + PF_PAD] = '\0';
	return pf_scan_padded(pf, scratch, ps->copy, len, hit);
}

void pf_scratch_free(struct pf_scratch *s)
{
	if (!s)
		return;
	hs_free_scratch(s->s);
	free(s->fit);
	free(s->copy);
	free(s);
}

struct pf *pf_build(const char *name, const char *const *pats, const unsigned *ids,
                    size_t n, unsigned char *ok)
{
	return pf_get(name, pats, ids, n, ok, 1);
}

struct pf *pf_load(const char *name, const char *const *pats, const unsigned *ids,
                   size_t n, unsigned char *ok)
{
	return pf_get(name, pats, ids, n, ok, 0);
}
