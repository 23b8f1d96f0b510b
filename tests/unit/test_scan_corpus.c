/* test_scan_corpus.c -- precision and recall of the scanner on the labelled
 * corpus tests/scan/LANG/ (docs/scan.md, "The corpus").
 *
 * Each language directory holds snippets, one per file, in any
 * subdirectory, and a file FLOOR:
 *
 *   precision 0.95        the floors (never below 0.90)
 *   recall 0.93
 *   cwes 22 78 89 ...     the CWEs the corpus must hold, flagged and safe
 *
 * Every line that must be flagged carries a comment "expect: CWE-N
 * [CWE-M ...]"; a line that looks like it but is safe carries "ok: CWE-N".
 * A snippet with no expect: is a safe twin. Over the pairs (line, CWE): a
 * finding on a line is a true positive when its CWE is an expected one, or
 * a parent or child of it in MITRE's tree (data/scan/cwe.tsv); otherwise a
 * false alarm. An expected CWE no finding matches is a miss. Misses and
 * false alarms are printed, so a regression names its line.
 *
 * The corpus as a whole must hold at least 2,000 snippets in the 12
 * languages, a third of them safe, and each language at least 20 snippets
 * of 20 lines or more (excerpts with their context, not one-liners). */
#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include "util.h"
#include "t.h"
#include "buf.h"
#include "err.h"
#include "scan.h"
#include "scan_cwe.h"

static struct scan_rules *rules;

static const char *const langs[] = {
	"c", "cpp", "python", "javascript", "java", "go", "php", "csharp",
	"rust", "kotlin", "swift", "ruby",
};

struct tally {
	long tp, fp, fn;
	long snippets, safe, long_ones;
	struct buf expected, ok;   /* " CWE-N " lists, for coverage */
};

static long total_snippets, total_safe;

/* Append the CWEs listed after key on this line to out as " CWE-N ";
 * returns how many. */
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
	return list->s && strstr(list->s, pat) != NULL;
}

/* The expected CWE of exp (a " CWE-N " list) that cwe matches in the tree,
 * written to out; 0 when none. Exact matches win over related ones. */
static int match_expected(const struct buf *exp, const char *cwe, char *out, size_t n)
{
	const struct cwe_db *db = scan_rules_cwe(rules);
	if (has_cwe(exp, cwe)) {
		snprintf(out, n, "%s", cwe);
		return 1;
	}
	for (const char *e = exp->s; e && (e = strstr(e, "CWE-")); e += 4) {
		char one[16];
		size_t k = 0;
		while (e[k] && e[k] != ' ' && k < sizeof(one) - 1) {
			one[k] = e[k];
			k++;
		}
		one[k] = '\0';
		if (cwe_related(db, cwe_id(one), cwe_id(cwe))) {
			snprintf(out, n, "%s", one);
			return 1;
		}
	}
	return 0;
}

static void score_file(const char *path, struct tally *t)
{
	struct buf src = BUF_INIT, file_exp = BUF_INIT;
	struct scan_result res = { 0 };
	struct tri_err err;
	long lines = 0;

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
		struct buf exp = BUF_INIT, matched = BUF_INIT, found = BUF_INIT;
		annotations(p, len, "expect:", &exp);
		annotations(p, len, "ok:", &t->ok);
		buf_adds(&file_exp, exp.s ? exp.s : "");
		for (size_t i = 0; i < res.n; i++) {
			const struct scan_finding *f = &res.v[i];
			char which[16];
			if (f->line != line || has_cwe(&found, f->cwe))
				continue;
			buf_addf(&found, " %s ", f->cwe);
			if (match_expected(&exp, f->cwe, which, sizeof(which))) {
				if (!has_cwe(&matched, which)) {
					buf_addf(&matched, " %s ", which);
					t->tp++;
				}
			} else {
				t->fp++;
				fprintf(stderr, "  false alarm %s:%ld: %s [%s]\n", path, line,
				        f->cwe, f->rule_id);
			}
		}
		for (const char *e = exp.s; e && (e = strstr(e, "CWE-")); e += 4) {
			char cwe[16];
			size_t k = 0;
			while (e[k] && e[k] != ' ' && k < sizeof(cwe) - 1) {
				cwe[k] = e[k];
				k++;
			}
			cwe[k] = '\0';
			if (!has_cwe(&matched, cwe)) {
				t->fn++;
				fprintf(stderr, "  missed %s:%ld: %s\n", path, line, cwe);
			}
		}
		buf_release(&exp);
		buf_release(&matched);
		buf_release(&found);
		if (len > 0)
			lines++;
		p = nl ? nl + 1 : end;
	}
	buf_adds(&t->expected, file_exp.s ? file_exp.s : "");
	t->snippets++;
	if (!file_exp.len)
		t->safe++;
	if (lines >= 20)
		t->long_ones++;
out:
	scan_result_release(&res);
	buf_release(&src);
	buf_release(&file_exp);
}

/* Score every snippet under dir (recursively), in name order. */
static void score_dir(const char *dir, struct tally *t)
{
	struct dirent **names = NULL;
	int n = scandir(dir, &names, NULL, alphasort);
	if (n < 0) {
		fprintf(stderr, "  %s: %s\n", dir, strerror(errno));
		t_cur_failed = 1;
		return;
	}
	for (int i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		struct buf path = BUF_INIT;
		struct stat sb;
		buf_addf(&path, "%s/%s", dir, name);
		if (name[0] != '.' && strcmp(name, "FLOOR") && !stat(path.s, &sb)) {
			if (S_ISDIR(sb.st_mode))
				score_dir(path.s, t);
			else if (S_ISREG(sb.st_mode))
				score_file(path.s, t);
		}
		buf_release(&path);
		free(names[i]);
	}
	free(names);
}

/* Read LANG/FLOOR: floors (never below 0.9) and the CWEs to cover. */
static int read_floor(const char *lang, double *prec, double *rec, struct buf *cwes)
{
	struct buf path = BUF_INIT;
	char l[1024];
	int got = 0;
	buf_addf(&path, "tests/scan/%s/FLOOR", lang);
	FILE *f = fopen(path.s, "r");
	buf_release(&path);
	*prec = *rec = 0.9;
	if (!f)
		return -1;
	while (fgets(l, sizeof(l), f)) {
		double v;
		if (sscanf(l, "precision %lf", &v) == 1) {
			*prec = v > 0.9 ? v : 0.9;
			got |= 1;
		} else if (sscanf(l, "recall %lf", &v) == 1) {
			*rec = v > 0.9 ? v : 0.9;
			got |= 2;
		} else if (!strncmp(l, "cwes ", 5)) {
			buf_adds(cwes, l + 5);
			got |= 4;
		}
	}
	fclose(f);
	return got == 7 ? 0 : -1;
}

static void check_lang(const char *lang)
{
	struct tally t;
	struct buf dir = BUF_INIT, cwes = BUF_INIT;
	double p_floor, r_floor;

	memset(&t, 0, sizeof(t));
	if (read_floor(lang, &p_floor, &r_floor, &cwes)) {
		fprintf(stderr, "  tests/scan/%s/FLOOR lacks precision, recall or cwes\n", lang);
		t_cur_failed = 1;
	}
	buf_addf(&dir, "tests/scan/%s", lang);
	score_dir(dir.s, &t);
	total_snippets += t.snippets;
	total_safe += t.safe;

	/* coverage: each CWE expected at least once and with a safe twin */
	for (char *s = cwes.s, *tok; s && (tok = strsep(&s, " \t\n"));) {
		if (!*tok)
			continue;
		char cwe[16];
		snprintf(cwe, sizeof(cwe), "CWE-%s", tok);
		if (!has_cwe(&t.expected, cwe)) {
			fprintf(stderr, "  %s: no expect: %s in the corpus\n", lang, cwe);
			t_cur_failed = 1;
		}
		if (!has_cwe(&t.ok, cwe)) {
			fprintf(stderr, "  %s: no ok: twin for %s\n", lang, cwe);
			t_cur_failed = 1;
		}
	}
	if (t.long_ones < 20) {
		fprintf(stderr, "  %s: %ld snippets of 20 lines or more; 20 needed\n", lang,
		        t.long_ones);
		t_cur_failed = 1;
	}

	double prec = t.tp + t.fp ? (double)t.tp / (double)(t.tp + t.fp) : 0;
	double rec = t.tp + t.fn ? (double)t.tp / (double)(t.tp + t.fn) : 0;
	printf("%-10s snippets %4ld (safe %4ld, long %3ld) tp %4ld fp %3ld fn %3ld "
	       "precision %.3f recall %.3f\n", lang, t.snippets, t.safe, t.long_ones,
	       t.tp, t.fp, t.fn, prec, rec);
	if (prec + 1e-9 < p_floor || rec + 1e-9 < r_floor) {
		fprintf(stderr, "  %s: precision %.3f recall %.3f below the floor %.3f/%.3f\n",
		        lang, prec, rec, p_floor, r_floor);
		t_cur_failed = 1;
	}
	buf_release(&dir);
	buf_release(&cwes);
	buf_release(&t.expected);
	buf_release(&t.ok);
}

static const char *cur_lang;

static void test_lang(void)
{
	check_lang(cur_lang);
}

static void test_size(void)
{
	printf("corpus     snippets %ld, safe %ld (%.0f%%)\n", total_snippets, total_safe,
	       total_snippets ? 100.0 * (double)total_safe / (double)total_snippets : 0.0);
	T_CHECK(total_snippets >= 2000);
	T_CHECK(total_safe * 3 >= total_snippets);
}

int main(void)
{
	struct tri_err err;
	/* the figures and the misses under them, in order, even through a pipe */
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (scan_rules_load(&rules, NULL, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		printf("test_scan_corpus: 0 passed, 1 failed\n");
		return 1;
	}
	for (size_t i = 0; i < ARRAY_LEN(langs); i++) {
		cur_lang = langs[i];
		fprintf(stderr, "%s:\n", cur_lang);
		T_RUN(test_lang);
	}
	T_RUN(test_size);
	scan_rules_free(rules);
	return t_done("test_scan_corpus");
}
