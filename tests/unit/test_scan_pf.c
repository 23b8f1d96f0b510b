/* test_scan_pf.c -- the scanner's Vectorscan prefilter and its cache: hits
 * are a superset of the PCRE2 matches, a pattern Vectorscan refuses still
 * runs, the cache is written, reused, and never trusted when its key or its
 * bytes differ, and a rule's `prefilter` gates its pattern. */
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include "util.h"
#include "t.h"
#include "buf.h"
#include "err.h"
#include "scan.h"
#include "scan_pf.h"

static char cache[] = "/tmp/tri-pf-cache.XXXXXX";
static char cache_file[256];

static int file_size(const char *path)
{
	struct stat st;
	return stat(path, &st) ? -1 : (int)st.st_size;
}

static void scan_hits(const struct pf *pf, const char *text, unsigned char *hit, size_t n)
{
	struct pf_scratch *s = NULL;
	memset(hit, 0, n);
	T_EQ_INT(pf_scan(pf, &s, text, strlen(text), hit), 0);
	pf_scratch_free(s);
}

/* Lookbehind and negative lookahead are widened, never narrowed. */
static void test_superset(void)
{
	const char *pats[] = {
		"(?<![\\w.>])gets\\s*\\(",
		"(?<![\\w.>])system\\s*\\(\\s*(?!\"[^\"\\n]*\"\\s*[,)])",
		"\\bMD5\\s*\\(",
	};
	unsigned ids[] = { 7, 3, 5 };
	unsigned char ok[3], hit[8];
	struct pf *pf = pf_build("t-superset", pats, ids, 3, ok);

	T_CHECK(pf != NULL);
	if (!pf)
		return;
	T_CHECK(ok[0] && ok[1] && ok[2]);
	scan_hits(pf, "{ gets (buf); system(cmd); }", hit, sizeof(hit));
	T_EQ_INT(hit[7], 1);
	T_EQ_INT(hit[3], 1);
	T_EQ_INT(hit[5], 0);
	/* system("ls") does not match the PCRE2 pattern; the widened one may
	 * report it, and must report every true match. */
	scan_hits(pf, "x.gets(a); MD5 (p);", hit, sizeof(hit));
	T_EQ_INT(hit[5], 1);
	T_EQ_INT(hit[3], 0);
	pf_free(pf);
}

/* The answer does not depend on where the text sits in memory: the same
 * text at every address modulo 64 (Vectorscan 5.4.9 on its own misses the
 * literal near the end of this text at some of them), and an end-of-text
 * anchor, which the padding would move, is kept out of the database. */
static void test_alignment(void)
{
	const char *pats[] = { "query", "exec\\(", "end\\z" };
	unsigned ids[] = { 0, 1, 2 };
	unsigned char ok[3], hit[3];
	const char *text = "function find(n) {\n  const q = \"SELECT a FROM t WHERE n=\" + n;\n"
	                   "  return db.query(q);\n}\n";
	size_t len = strlen(text);
	struct pf *pf = pf_build("t-align", pats, ids, 3, ok);
	char *buf = malloc(len + 64);

	T_CHECK(pf != NULL && buf != NULL);
	if (!pf || !buf) {
		pf_free(pf);
		free(buf);
		return;
	}
	T_CHECK(ok[0] && ok[1] && !ok[2]);
	struct pf_scratch *s = NULL;
	int missed = 0;
	for (size_t off = 0; off < 64; off++) {
		memcpy(buf + off, text, len);
		memset(hit, 0, sizeof(hit));
		T_EQ_INT(pf_scan(pf, &s, buf + off, len, hit), 0);
		missed += !hit[0];
		T_EQ_INT(hit[1], 0);
	}
	T_EQ_INT(missed, 0);
	/* In place: a text that is already aligned and padded gives the same
	 * answer without the copy; one that is not aligned is refused. */
	void *al = NULL;
	T_EQ_INT(posix_memalign(&al, 64, len + PF_PAD + 64), 0);
	if (al) {
		char *a = al;
		memcpy(a, text, len);
		memset(a + len, '\n', PF_PAD);
		memset(hit, 0, sizeof(hit));
		T_EQ_INT(pf_scan_padded(pf, &s, a, len, hit), 0);
		T_EQ_INT(hit[0], 1);
		T_EQ_INT(hit[1], 0);
		memmove(a + 1, a, len + PF_PAD);
		T_EQ_INT(pf_scan_padded(pf, &s, a + 1, len, hit), -1);
		free(al);
	}
	pf_scratch_free(s);
	pf_free(pf);
	free(buf);
}

/* Patterns Vectorscan cannot take (\K, \R) are reported as not ok, all in
 * one build; so are braces that newer PCRE2 reads as quantifiers and
 * Vectorscan as text ({,3}, {2, 3}); the others still form a database. */
static void test_refused(void)
{
	const char *pats[] = { "abc", "x\\Ky", "d[0-9]+", "\\Rz", "q{,3}r", "s{2, 3}t",
	                       "u{4,}v", "w\\{,3}" };
	unsigned ids[] = { 0, 1, 2, 3, 4, 5, 6, 7 };
	unsigned char ok[8], hit[8];
	struct pf *pf = pf_build("t-refused", pats, ids, 8, ok);

	T_CHECK(pf != NULL);
	if (!pf)
		return;
	T_EQ_INT(ok[0], 1);
	T_EQ_INT(ok[1], 0);
	T_EQ_INT(ok[2], 1);
	T_EQ_INT(ok[3], 0);
	T_EQ_INT(ok[4], 0);
	T_EQ_INT(ok[5], 0);
	T_EQ_INT(ok[6], 1);
	T_EQ_INT(ok[7], 1);
	scan_hits(pf, "xy d42 uuuuv w{,3}", hit, sizeof(hit));
	T_EQ_INT(hit[0], 0);
	T_EQ_INT(hit[1], 0);
	T_EQ_INT(hit[2], 1);
	T_EQ_INT(hit[6], 1);
	T_EQ_INT(hit[7], 1);
	pf_free(pf);
}

/* Build "t-cache" from pats[0..n) (ids 0..n-1) and scan text: the bit
 * mask of the patterns that hit, or -1 when no database was built. */
static int hits_of(const char *const *pats, size_t n, const char *text)
{
	unsigned ids[4] = { 0, 1, 2, 3 };
	unsigned char ok[4], hit[4];
	int mask = 0;
	struct pf *pf = pf_build("t-cache", pats, ids, n, ok);

	if (!pf)
		return -1;
	scan_hits(pf, text, hit, n);
	for (size_t i = 0; i < n; i++)
		mask |= hit[i] << i;
	pf_free(pf);
	return mask;
}

/* The first build writes the cache file; the second reads it (the file is
 * not rewritten); a different pattern set under the same name replaces
 * it; a damaged or truncated file is rebuilt. */
static void test_cache(void)
{
	const char *pats[] = { "needle\\d", "hay(?=stack)" };
	const char *other[] = { "other" };
	struct stat st1, st2;

	unlink(cache_file);
	T_EQ_INT(hits_of(pats, 2, "a needle7 haystack"), 3);
	T_CHECK(file_size(cache_file) > 0);
	T_EQ_INT(stat(cache_file, &st1), 0);
	T_EQ_INT(hits_of(pats, 2, "a needle7 only"), 1);
	T_EQ_INT(stat(cache_file, &st2), 0);
	T_EQ_INT(st2.st_ino, st1.st_ino);   /* read, not replaced */

	/* Another pattern set under the same name: the key differs. */
	T_EQ_INT(hits_of(other, 1, "needle1 other"), 1);
	T_EQ_INT(stat(cache_file, &st2), 0);
	T_CHECK(st2.st_ino != st1.st_ino);

	/* A damaged database (bytes changed in its middle): the checksum
	 * catches it, and the file is rebuilt (a new file renamed in). */
	int size = file_size(cache_file);
	FILE *f = fopen(cache_file, "r+");
	T_CHECK(f != NULL && size > 64);
	if (f) {
		fseek(f, size - (size - 64) / 2, SEEK_SET);
		fputs("garbage-garbage!", f);
		fclose(f);
	}
	T_EQ_INT(stat(cache_file, &st1), 0);
	T_EQ_INT(hits_of(other, 1, "other"), 1);
	T_EQ_INT(hits_of(other, 1, "nothing"), 0);
	T_EQ_INT(stat(cache_file, &st2), 0);
	T_CHECK(st2.st_ino != st1.st_ino);
	/* A truncated file. */
	T_EQ_INT(truncate(cache_file, 20), 0);
	T_EQ_INT(hits_of(other, 1, "other"), 1);
	T_CHECK(file_size(cache_file) > 20);   /* rewritten whole */
	/* A FIFO where the file should be is not read (it would block) and is
	 * replaced by a file. */
	T_EQ_INT(unlink(cache_file), 0);
	T_EQ_INT(mkfifo(cache_file, 0600), 0);
	T_EQ_INT(hits_of(other, 1, "other"), 1);
	T_CHECK(file_size(cache_file) > 20);
}

static int write_rules(const char *dir, const char *yaml)
{
	struct buf p = BUF_INIT;
	buf_addf(&p, "%s/r.yaml", dir);
	FILE *f = fopen(p.s, "w");
	buf_release(&p);
	if (!f)
		return -1;
	fputs(yaml, f);
	return fclose(f);
}

static size_t count(const struct scan_rules *r, const char *lang, const char *src,
                    const char *rule)
{
	struct scan_result res = { 0 };
	struct tri_err err;
	size_t n = 0;
	T_EQ_INT(scan_buffer(r, "t", lang, src, strlen(src), &res, &err), 0);
	for (size_t i = 0; i < res.n; i++)
		n += !strcmp(res.v[i].rule_id, rule);
	scan_result_release(&res);
	return n;
}

/* Through the scanner: a rule whose pattern Vectorscan refuses still fires
 * (it runs whenever its keywords occur); a rule's `prefilter` decides
 * whether its pattern runs at all; a bad prefilter is a load error. */
static void test_rules(void)
{
	char dir[] = "/tmp/tri-pf-rules.XXXXXX";
	struct scan_rules *r = NULL;
	struct tri_err err;

	T_CHECK(mkdtemp(dir) != NULL);
	T_EQ_INT(write_rules(dir,
		"languages: [c]\nrules:\n"
		"  - {id: k, cwe: CWE-1, owasp: x, severity: high, message: m, fix: f,\n"
		"     keywords: [danger], pattern: 'danger\\K\\('}\n"
		"  - {id: p, cwe: CWE-2, owasp: x, severity: high, message: m, fix: f,\n"
		"     prefilter: 'risky', pattern: '\\bfoo\\s*\\(\\s*risky'}\n"
		"  - {id: q, cwe: CWE-3, owasp: x, severity: high, message: m, fix: f,\n"
		"     prefilter: 'never-here', pattern: '\\bbar\\('}\n"), 0);
	T_EQ_INT(scan_rules_load(&r, dir, &err), 0);
	if (r) {
		T_EQ_INT(count(r, "c", "int x = danger(1);\n", "k"), 1);
		T_EQ_INT(count(r, "c", "int x = safe(1);\n", "k"), 0);
		T_EQ_INT(count(r, "c", "foo( risky);\nfoo(safe);\n", "p"), 1);
		/* The prefilter never matches, so q never runs: a prefilter
		 * must match wherever its pattern does (docs/scan.md). */
		T_EQ_INT(count(r, "c", "bar(1);\n", "q"), 0);
		scan_rules_free(r);
		r = NULL;
	}
	T_EQ_INT(write_rules(dir,
		"languages: [c]\nrules:\n"
		"  - id: p\n    cwe: CWE-2\n    owasp: x\n    severity: high\n"
		"    message: m\n    fix: f\n    prefilter: '(oops'\n    pattern: 'x'\n"), 0);
	T_EQ_INT(scan_rules_load(&r, dir, &err), -1);
	T_CHECK(strstr(err.msg, "r.yaml:9:") != NULL);
	T_CHECK(strstr(err.msg, "bad pattern") != NULL);
	T_CHECK(r == NULL);
	struct buf p = BUF_INIT;
	buf_addf(&p, "%s/r.yaml", dir);
	remove(p.s);
	buf_release(&p);
	rmdir(dir);
}

/* The path of the one rule cache file in the cache directory ("" when
 * there is none). */
static void rule_cache_path(char *out, size_t size)
{
	struct buf d = BUF_INIT;
	DIR *dh;
	struct dirent *de;

	out[0] = '\0';
	buf_addf(&d, "%s/trilemma", cache);
	if ((dh = opendir(d.s))) {
		while ((de = readdir(dh)))
			if (!strncmp(de->d_name, "scan-rules-", 11))
				snprintf(out, size, "%s/%s", d.s, de->d_name);
		closedir(dh);
	}
	buf_release(&d);
}

/* Replace the last "MSG-one" in file path (the rule's message, past the
 * key, which holds the rule file) by "MSG-two". */
static int patch_file(const char *path)
{
	struct buf b = BUF_INIT;
	int rc = -1;
	if (buf_read_file(&b, path, 0) == 0) {
		char *last = NULL;
		for (char *p = b.s; (p = strstr(p, "MSG-one")); p += 7)
			last = p;
		if (last)
			memcpy(last, "MSG-two", 7);
		rc = last ? buf_write_file(&b, path) : -1;
	}
	buf_release(&b);
	return rc;
}

/* "message line:col" of the first finding in src (Python), or "". */
static const char *first_message(const struct scan_rules *r, const char *src)
{
	static char msg[64];
	struct scan_result res = { 0 };
	struct tri_err err;
	msg[0] = '\0';
	T_EQ_INT(scan_buffer(r, "t.py", NULL, src, strlen(src), &res, &err), 0);
	if (res.n)
		snprintf(msg, sizeof(msg), "%s %ld:%ld", res.v[0].message, res.v[0].line,
		         res.v[0].col);
	scan_result_release(&res);
	return msg;
}

/* Checked rules are kept in the cache: a second load reads them from
 * there (a change made to the cache file shows), with every field, flow
 * and not_after working; a changed rule file, or a damaged cache file,
 * means the YAML again. */
static void test_rule_cache(void)
{
	char dir[] = "/tmp/tri-pf-rcache.XXXXXX";
	char path[512];
	struct scan_rules *r = NULL;
	struct tri_err err;
	const char *yaml =
		"languages: [python]\nrules:\n"
		"  - {id: f, cwe: CWE-78, owasp: x, severity: medium, message: MSG-one, fix: f,\n"
		"     keywords: [run], pattern: '\\brun\\((?<at>(?<arg>\\w+))\\)',\n"
		"     flow: '\\b{arg}\\s*=\\s*input\\(', not_after: '\\b{arg}\\s*=\\s*quote\\(',\n"
		"     unless: 'trusted', unless_file: 'SAFE_FILE'}\n";
	const char *src = "def g():\n    c = input()\n    run(c)\n";
	const char *quoted = "def g():\n    c = input()\n    c = quote(c)\n    run(c)\n";

	T_CHECK(mkdtemp(dir) != NULL);
	T_EQ_INT(write_rules(dir, yaml), 0);
	struct buf cmd = BUF_INIT;
	buf_addf(&cmd, "rm -rf '%s/trilemma'", cache);
	T_EQ_INT(system(cmd.s), 0);
	buf_release(&cmd);

	T_EQ_INT(scan_rules_load(&r, dir, &err), 0);   /* from YAML; cached */
	T_EQ_STR(first_message(r, src), "MSG-one 3:9");
	scan_rules_free(r);
	rule_cache_path(path, sizeof(path));
	T_CHECK(path[0] != '\0');

	T_EQ_INT(patch_file(path), 0);   /* the cache now says MSG-two */
	T_EQ_INT(scan_rules_load(&r, dir, &err), 0);
	T_EQ_STR(first_message(r, src), "MSG-two 3:9");
	T_EQ_STR(first_message(r, quoted), "");                     /* not_after */
	T_EQ_STR(first_message(r, "def g(c):\n    run(c)\n"), "");  /* flow */
	/* the placeholders stand for what the pattern captured */
	T_EQ_STR(first_message(r, "d = input()\nrun(c)\n"), "");
	T_EQ_STR(first_message(r, "c = input()\nd = quote(d)\nrun(c)\n"), "MSG-two 3:5");
	T_EQ_STR(first_message(r, "c = input()\nrun(c); t = 'trusted'\n"), "");
	T_EQ_STR(first_message(r, "c = input()\nrun(c)\nSAFE_FILE\n"), "");
	T_EQ_STR(first_message(r, "c = input()\nrun(c)\n"), "MSG-two 2:5");
	scan_rules_free(r);

	/* A rule file changed by one byte: the YAML is read again. */
	struct buf p = BUF_INIT;
	buf_addf(&p, "%s/r.yaml", dir);
	FILE *f = fopen(p.s, "a");
	T_CHECK(f != NULL);
	if (f) {
		fputs("\n", f);
		fclose(f);
	}
	T_EQ_INT(scan_rules_load(&r, dir, &err), 0);
	T_EQ_STR(first_message(r, src), "MSG-one 3:9");
	scan_rules_free(r);

	/* A cache file cut short, or holding garbage, is not trusted. */
	T_EQ_INT(patch_file(path), 0);
	T_EQ_INT(truncate(path, file_size(path) - 40), 0);
	T_EQ_INT(scan_rules_load(&r, dir, &err), 0);
	T_EQ_STR(first_message(r, src), "MSG-one 3:9");
	scan_rules_free(r);
	T_EQ_INT(patch_file(path), 0);
	f = fopen(path, "r+");
	T_CHECK(f != NULL);
	if (f) {
		fseek(f, file_size(path) - 200, SEEK_SET);
		fputs("99999999999:x\n-\n-\n", f);
		fclose(f);
	}
	T_EQ_INT(scan_rules_load(&r, dir, &err), 0);
	T_EQ_STR(first_message(r, src), "MSG-one 3:9");
	scan_rules_free(r);

	remove(p.s);
	buf_release(&p);
	rmdir(dir);
}

/* Without a usable cache directory (here a file stands where it should
 * be) the prefilter still works; nothing is written. */
static void test_no_cache(void)
{
	const char *pats[] = { "abc" };
	unsigned ids[] = { 0 };
	unsigned char ok[1], hit[1];
	struct buf cmd = BUF_INIT, dir = BUF_INIT;

	buf_addf(&dir, "%s/trilemma", cache);
	buf_addf(&cmd, "rm -rf '%s' && touch '%s'", dir.s, dir.s);
	T_EQ_INT(system(cmd.s), 0);
	struct pf *pf = pf_build("t-nocache", pats, ids, 1, ok);
	T_CHECK(pf != NULL);
	if (pf) {
		scan_hits(pf, "xabcx", hit, 1);
		T_EQ_INT(hit[0], 1);
		pf_free(pf);
	}
	T_EQ_INT(file_size(dir.s), 0);
	buf_release(&cmd);
	buf_release(&dir);
}

int main(void)
{
	T_CHECK(mkdtemp(cache) != NULL);
	setenv("XDG_CACHE_HOME", cache, 1);
	snprintf(cache_file, sizeof(cache_file), "%s/trilemma/scan-t-cache.hsdb", cache);
	T_RUN(test_superset);
	T_RUN(test_alignment);
	T_RUN(test_refused);
	T_RUN(test_cache);
	T_RUN(test_rules);
	T_RUN(test_rule_cache);
	T_RUN(test_no_cache);
	/* clean up the cache directory */
	struct buf cmd = BUF_INIT;
	buf_addf(&cmd, "rm -rf '%s'", cache);
	T_EQ_INT(system(cmd.s), 0);
	buf_release(&cmd);
	return t_done("test_scan_pf");
}
