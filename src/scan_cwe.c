/* scan_cwe.c -- the CWE hierarchy: load data/scan/cwe.tsv, walk parents.
 *
 * Rows are "id<TAB>parents<TAB>name", parents comma-separated (primary
 * first) or "-"; the first data row is "version<TAB>V<TAB>source"; lines
 * starting with '#' are comments. Entries are kept sorted by id and found
 * by binary search; the view has about a thousand, so a walk up the tree
 * costs a few dozen comparisons per level. */
#include "util.h"
#include "buf.h"
#include "scan_cwe.h"

struct cwe_ent {
	int id;
	int *parents;
	size_t n_parents;
	char *name;
};

struct cwe_db {
	char *version;
	struct cwe_ent *v;
	size_t n, alloc;
};

#define CWE_DEPTH_MAX 32   /* deeper than any chain of the view (about 8) */

void cwe_db_free(struct cwe_db *db)
{
	if (!db)
		return;
	for (size_t i = 0; i < db->n; i++) {
		free(db->v[i].parents);
		free(db->v[i].name);
	}
	free(db->v);
	free(db->version);
	free(db);
}

int cwe_id(const char *s)
{
	long v = 0;
	if (!s || strncmp(s, "CWE-", 4))
		return 0;
	s += 4;
	if (*s < '1' || *s > '9')
		return 0;
	for (; *s >= '0' && *s <= '9'; s++) {
		v = v * 10 + (*s - '0');
		if (v > 1000000)
			return 0;
	}
	return *s ? 0 : (int)v;
}

static int parse_num(const char *s, const char *end, int *out)
{
	long v = 0;
	if (s >= end || *s < '1' || *s > '9')
		return -1;
	for (; s < end; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
		if (v > 1000000)
			return -1;
	}
	*out = (int)v;
	return 0;
}

static int cmp_ent(const void *a, const void *b)
{
	const struct cwe_ent *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

static const struct cwe_ent *find(const struct cwe_db *db, int id)
{
	struct cwe_ent key = { .id = id };
	if (!db || db->n == 0)
		return NULL;
	return bsearch(&key, db->v, db->n, sizeof(*db->v), cmp_ent);
}

/* Parse one data row [p, end) of line ln into db. */
static int parse_row(struct cwe_db *db, const char *path, long ln, const char *p,
                     const char *end, struct tri_err *err)
{
	const char *t1 = memchr(p, '\t', (size_t)(end - p));
	const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(end - t1 - 1)) : NULL;
	if (!t2)
		return err_at(err, TRI_USAGE, path, ln, 1, "expected three tab-separated "
		              "columns: id, parents, name");
	if (t1 - p == 7 && !memcmp(p, "version", 7)) {
		if (db->version || t2 == t1 + 1)
			return err_at(err, TRI_USAGE, path, ln, 1, "one version row, with a version");
		db->version = xstrndup(t1 + 1, (size_t)(t2 - t1 - 1));
		return 0;
	}
	struct cwe_ent e = { 0 };
	if (parse_num(p, t1, &e.id))
		return err_at(err, TRI_USAGE, path, ln, 1, "the id must be a CWE number");
	const char *q = t1 + 1;
	if (!(t2 - q == 1 && *q == '-')) {
		size_t alloc = 0;
		while (q < t2) {
			const char *c = memchr(q, ',', (size_t)(t2 - q));
			const char *ce = c ? c : t2;
			int id;
			if (parse_num(q, ce, &id)) {
				free(e.parents);
				return err_at(err, TRI_USAGE, path, ln, (long)(q - p) + 1,
				              "parents must be CWE numbers separated by commas, or -");
			}
			XGROW(e.parents, alloc, e.n_parents + 1);
			e.parents[e.n_parents++] = id;
			q = c ? c + 1 : t2;
		}
	}
	if (t2 + 1 >= end) {
		free(e.parents);
		return err_at(err, TRI_USAGE, path, ln, (long)(t2 - p) + 2, "the name is empty");
	}
	e.name = xstrndup(t2 + 1, (size_t)(end - t2 - 1));
	XGROW(db->v, db->alloc, db->n + 1);
	db->v[db->n++] = e;
	return 0;
}

int cwe_db_load(struct cwe_db **out, const char *path, struct tri_err *err)
{
	struct buf b = BUF_INIT;
	struct cwe_db *db = xcalloc(1, sizeof(*db));
	int rc = -1;
	long ln = 1;

	*out = NULL;
	if (buf_read_file(&b, path, 16u << 20)) {
		err_set(err, TRI_USAGE, "cannot read the CWE list %s: %s", path, strerror(errno));
		goto out;
	}
	for (const char *p = b.s, *end = b.s + b.len; p < end; ln++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		if (le > p && le[-1] == '\r')
			le--;
		if (le > p && *p != '#' && parse_row(db, path, ln, p, le, err))
			goto out;
		p = nl ? nl + 1 : end;
	}
	if (!db->version) {
		err_at(err, TRI_USAGE, path, 1, 1, "the CWE list lacks its version row "
		       "(version<TAB>4.14<TAB>source)");
		goto out;
	}
	qsort(db->v, db->n, sizeof(*db->v), cmp_ent);
	for (size_t i = 1; i < db->n; i++)
		if (db->v[i].id == db->v[i - 1].id) {
			err_at(err, TRI_USAGE, path, 1, 1, "CWE-%d is listed twice", db->v[i].id);
			goto out;
		}
	*out = db;
	db = NULL;
	rc = 0;
out:
	cwe_db_free(db);
	buf_release(&b);
	return rc;
}

const char *cwe_db_version(const struct cwe_db *db)
{
	return db ? db->version : NULL;
}

size_t cwe_db_count(const struct cwe_db *db)
{
	return db ? db->n : 0;
}

const char *cwe_name(const struct cwe_db *db, int id)
{
	const struct cwe_ent *e = find(db, id);
	return e ? e->name : NULL;
}

const int *cwe_parents(const struct cwe_db *db, int id, size_t *n)
{
	const struct cwe_ent *e = find(db, id);
	*n = e ? e->n_parents : 0;
	return e ? e->parents : NULL;
}

size_t cwe_chain(const struct cwe_db *db, int id, int *out, size_t max)
{
	size_t n = 0;
	const struct cwe_ent *e = find(db, id);
	while (e && e->n_parents && n < CWE_DEPTH_MAX) {
		int p = e->parents[0];
		if (n < max)
			out[n] = p;
		n++;
		e = find(db, p);
	}
	return n;
}

static int within(const struct cwe_db *db, int id, int ancestor, int depth)
{
	if (id == ancestor)
		return 1;
	if (depth >= CWE_DEPTH_MAX)
		return 0;
	const struct cwe_ent *e = find(db, id);
	for (size_t i = 0; e && i < e->n_parents; i++)
		if (within(db, e->parents[i], ancestor, depth + 1))
			return 1;
	return 0;
}

int cwe_within(const struct cwe_db *db, int id, int ancestor)
{
	return id > 0 && ancestor > 0 && within(db, id, ancestor, 0);
}

int cwe_related(const struct cwe_db *db, int a, int b)
{
	return cwe_within(db, a, b) || cwe_within(db, b, a);
}
