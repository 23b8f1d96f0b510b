/* test_scan_corpus.c -- precision and recall of the scanner on the labelled
 * corpus tests/scan/LANG/.
 *
 * Every line of the corpus that must be flagged carries a comment
 * "expect: CWE-N [CWE-M ...]"; safe twins carry "ok: CWE-N". Over the pairs
 * (line, CWE): TP = expected and found, FN = expected and not found, FP =
 * found and not expected (on an ok line or anywhere else). Per language,
 * precision = TP/(TP+FP) and recall = TP/(TP+FN) must reach the floors in
 * tests/scan/baseline.tsv (never below 0.9), every CWE of the language's
 * coverage list must be expected at least once and have an ok: twin.
 * Misses and false alarms are printed, so a regression names its line. */
#include <dirent.h>
#include "util.h"
#include "t.h"
#include "buf.h"
#include "err.h"
#include "scan.h"

static struct scan_rules *rules;

struct tally {
	long tp, fp, fn;
};

/* The CWEs each language's corpus must cover (expect: and ok:). */
static const struct {
	const char *lang;
	const char *cwes;
} coverage[] = {
	{ "c", "22 78 89 120 121 134 190 295 327 328 338 377 611 732 787 798 916" },
	{ "cpp", "22 78 89 120 121 134 190 295 327 328 338 377 611 732 787 798 916" },
	{ "python", "22 78 79 89 94 95 117 295 327 328 338 377 502 601 611 732 798 916 918" },
	{ "javascript", "22 78 79 89 95 117 295 327 328 338 377 502 601 611 732 798 916 918" },
	{ "java", "22 78 79 89 95 117 295 327 328 338 377 502 601 611 732 798 916 918" },
	{ "go", "22 78 79 89 117 295 327 328 338 377 601 732 798 916 918" },
	{ "php", "22 78 79 89 95 117 295 327 328 338 377 502 601 611 732 798 916 918" },
	{ "csharp", "22 78 79 89 95 117 295 327 328 338 377 502 601 611 732 798 916 918" },
};

/* Does the annotation after key on this line list cwe ("CWE-89")? Writes
 * the listed CWEs into out (space separated) and returns their count. */
static int annotations(const char *line, size_t len, const char *key, struct buf *out)
{
	const char *p = memmem(line, len, key, strlen(key));
	int n = 0;
	if (!p)
		return 0;
	p += strlen(key);
	const char *end = line + len;
	while (p < end) {
		while (p < end && (*p == ' ' || *p == ','))
			p++;
		if (end - p < 5 || memcmp(p, "CWE-", 4))
			break;
		const char *q = p + 4;
		while (q < end && *q >= '0' && *q <= '9')
			q++;
		buf_addf(out, " %.*s ", (int)(q - p), p);
		n++;
		p = q;
	}
	return n;
}

static int has_cwe(const struct buf *list, const char *cwe)
{
	char pat[32];
	snprintf(pat, sizeof(pat), " %s ", cwe);
	return strstr(list->s, pat) != NULL;
}

/* Score one file; adds to t and to the coverage lists. */
static void score_file(const char *path, struct tally *t, struct buf *expected_all,
                       struct buf *ok_all)
{
	struct buf src = BUF_INIT;
	struct scan_result res = { 0 };
	struct tri_err err;

	T_EQ_INT(buf_read_file(&src, path, 0), 0);
	if (scan_buffer(rules, path, NULL, src.s, src.len, &res, &err)) {
		fprintf(stderr, "  %s: %s\n", path, err.msg);
		t_cur_failed = 1;
		goto out;
	}
	long line = 1;
	for (const char *p = src.s, *end = src.s + src.len; p < end; line++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		struct buf exp = BUF_INIT, found = BUF_INIT;
		annotations(p, len, "expect:", &exp);
		annotations(p, len, "ok:", ok_all);
		buf_adds(expected_all, exp.s);
		for (size_t i = 0; i < res.n; i++) {
			const struct scan_finding *f = &res.v[i];
			if (f->line != line || has_cwe(&found, f->cwe))
				continue;
			buf_addf(&found, " %s ", f->cwe);
			if (has_cwe(&exp, f->cwe)) {
				t->tp++;
			} else {
				t->fp++;
				fprintf(stderr, "  false alarm %s:%ld: %s [%s]\n", path, line,
				        f->cwe, f->rule_id);
			}
		}
		/* every expected CWE not found is a miss */
		for (const char *e = exp.s; (e = strstr(e, "CWE-")); e += 4) {
			char cwe[16];
			size_t k = 0;
			while (e[k] && e[k] != ' ' && k < sizeof(cwe) - 1) {
				cwe[k] = e[k];
				k++;
			}
			cwe[k] = '\0';
			if (!has_cwe(&found, cwe)) {
				t->fn++;
				fprintf(stderr, "  missed %s:%ld: %s\n", path, line, cwe);
			}
		}
		buf_release(&exp);
		buf_release(&found);
		p = nl ? nl + 1 : end;
	}
out:
	scan_result_release(&res);
	buf_release(&src);
}

static int read_floor(const char *lang, double *prec, double *rec)
{
	FILE *f = fopen("tests/scan/baseline.tsv", "r");
	char l[256], name[64];
	double p, r;
	int found = 0;
	*prec = *rec = 0.9;
	if (!f)
		return -1;
	while (fgets(l, sizeof(l), f)) {
		if (l[0] == '#')
			continue;
		if (sscanf(l, "%63s %lf %lf", name, &p, &r) == 3 && !strcmp(name, lang)) {
			*prec = p > 0.9 ? p : 0.9;
			*rec = r > 0.9 ? r : 0.9;
			found = 1;
		}
	}
	fclose(f);
	return found ? 0 : -1;
}

static void check_lang(const char *lang, const char *cwes)
{
	struct tally t = { 0, 0, 0 };
	struct buf dir = BUF_INIT, exp = BUF_INIT, ok = BUF_INIT;
	DIR *d;
	struct dirent *de;
	int n_files = 0;

	buf_addf(&dir, "tests/scan/%s", lang);
	d = opendir(dir.s);
	T_CHECK(d != NULL);
	if (!d)
		goto out;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		struct buf path = BUF_INIT;
		buf_addf(&path, "%s/%s", dir.s, de->d_name);
		score_file(path.s, &t, &exp, &ok);
		buf_release(&path);
		n_files++;
	}
	closedir(d);
	T_CHECK(n_files >= 2);

	/* coverage: each CWE expected at least once and with a safe twin */
	char list[256];
	snprintf(list, sizeof(list), "%s", cwes);
	for (char *s = list, *tok; (tok = strsep(&s, " "));) {
		if (!*tok)
			continue;
		char cwe[16];
		snprintf(cwe, sizeof(cwe), "CWE-%s", tok);
		if (!has_cwe(&exp, cwe)) {
			fprintf(stderr, "  %s: no expect: %s in the corpus\n", lang, cwe);
			t_cur_failed = 1;
		}
		if (!has_cwe(&ok, cwe)) {
			fprintf(stderr, "  %s: no ok: twin for %s\n", lang, cwe);
			t_cur_failed = 1;
		}
	}

	double prec = t.tp + t.fp ? (double)t.tp / (double)(t.tp + t.fp) : 0;
	double rec = t.tp + t.fn ? (double)t.tp / (double)(t.tp + t.fn) : 0;
	double fp_floor, fr_floor;
	T_EQ_INT(read_floor(lang, &fp_floor, &fr_floor), 0);
	printf("%-10s tp %3ld fp %2ld fn %2ld precision %.3f recall %.3f\n",
	       lang, t.tp, t.fp, t.fn, prec, rec);
	if (prec + 1e-9 < fp_floor || rec + 1e-9 < fr_floor) {
		fprintf(stderr, "  %s: precision %.3f recall %.3f below the floor %.3f/%.3f\n",
		        lang, prec, rec, fp_floor, fr_floor);
		t_cur_failed = 1;
	}
out:
	buf_release(&dir);
	buf_release(&exp);
	buf_release(&ok);
}

static const char *cur_lang, *cur_cwes;

static void test_lang(void)
{
	check_lang(cur_lang, cur_cwes);
}

int main(void)
{
	struct tri_err err;
	if (scan_rules_load(&rules, NULL, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		printf("test_scan_corpus: 0 passed, 1 failed\n");
		return 1;
	}
	for (size_t i = 0; i < ARRAY_LEN(coverage); i++) {
		cur_lang = coverage[i].lang;
		cur_cwes = coverage[i].cwes;
		fprintf(stderr, "%s:\n", cur_lang);
		T_RUN(test_lang);
	}
	scan_rules_free(rules);
	return t_done("test_scan_corpus");
}
