/* test_grading_corpus.c -- the graders against the labelled corpus.
 *
 * Every case of tests/grading/ (every .jsonl file) is an item (of a built-in suite, or
 * written inline with its grader), a response written the way chat models
 * answer, and the verdict a careful person gives it. Each case is graded;
 * the agreement per grader is printed ("# " lines, which tests/run.sh shows)
 * and every grader must agree on at least AGREE_MIN of its cases. The
 * mismatches are listed on stderr, so a failing run says which cases and
 * why (the grader's evidence). Where a case says whether the answer is
 * hedged, the hedge flag is checked too. */
#include <dirent.h>
#include <math.h>
#include "t.h"
#include "util.h"
#include "buf.h"
#include "grade.h"
#include "suite.h"

#define AGREE_MIN 0.97
#define CASES_MIN 3000
#define SHOW_MAX 25

struct loaded {
	char *name;
	struct suite s;
	json_t *index;       /* item id -> position */
};

static struct loaded *suites;
static size_t n_suites;

static const struct suite *get_suite(const char *name, json_t **index)
{
	for (size_t i = 0; i < n_suites; i++)
		if (!strcmp(suites[i].name, name)) {
			*index = suites[i].index;
			return &suites[i].s;
		}
	struct tri_err err;
	suites = xreallocarray(suites, n_suites + 1, sizeof(*suites));
	struct loaded *l = &suites[n_suites];
	if (suite_load(&l->s, name, &err) < 0) {
		fprintf(stderr, "  cannot load suite %s: %s\n", name, err.msg);
		return NULL;
	}
	l->name = xstrdup(name);
	l->index = json_object();
	for (size_t i = 0; i < l->s.n_items; i++)
		json_object_set_new(l->index, l->s.items[i].id, json_integer((json_int_t)i));
	n_suites++;
	*index = l->index;
	return &l->s;
}

struct tally {
	char name[32];
	long cases, agree, hedge_cases, hedge_agree, shown;
	long confusion[4][4];   /* [expected][graded] */
	long unsure[4][4];      /* of those, marked uncertain */
};

static struct tally tallies[32];
static size_t n_tallies;

static struct tally *tally_of(const char *name)
{
	for (size_t i = 0; i < n_tallies; i++)
		if (!strcmp(tallies[i].name, name))
			return &tallies[i];
	if (n_tallies == ARRAY_LEN(tallies))
		return &tallies[0];
	struct tally *t = &tallies[n_tallies++];
	memset(t, 0, sizeof(*t));
	snprintf(t->name, sizeof(t->name), "%s", name);
	return t;
}

static long total;

/* At most 160 bytes of s, not cutting a UTF-8 sequence. */
static size_t show_len(const char *s)
{
	size_t n = strlen(s);
	if (n <= 160)
		return n;
	n = 160;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}
static long show_max = SHOW_MAX;   /* GRADING_SHOW=N lists more mismatches */

static void grade_case(const struct grade_ctx *ctx, const json_t *c, const char *where)
{
	const char *sname = json_string_value(json_object_get(c, "suite"));
	const char *resp = json_string_value(json_object_get(c, "response"));
	const char *want = json_string_value(json_object_get(c, "expect"));
	const json_t *hedged = json_object_get(c, "hedged");
	struct suite local;
	struct item it;
	const struct suite *s;
	memset(&local, 0, sizeof(local));
	memset(&it, 0, sizeof(it));
	if (sname) {
		json_t *index;
		s = get_suite(sname, &index);
		const char *id = json_string_value(json_object_get(c, "item"));
		const json_t *pos = s && id ? json_object_get(index, id) : NULL;
		if (!pos) {
			fprintf(stderr, "  %s: no item %s in suite %s\n", where, id ? id : "?", sname);
			t_cur_failed = 1;
			return;
		}
		it = s->items[json_integer_value(pos)];
	} else {
		local.name = "inline";
		local.grader = json_object_get(c, "grader");
		it.id = "inline";
		it.json = json_object_get(c, "item");
		s = &local;
	}
	if (!resp || !want || verdict_parse(want) < 0) {
		fprintf(stderr, "  %s: a case needs a response and an expected verdict\n", where);
		t_cur_failed = 1;
		return;
	}
	json_t *g = suite_item_grader(s, &it);
	const char *type = json_string_value(json_object_get(g, "type"));
	struct tally *t = tally_of(type ? type : "?");
	struct grade gr;
	struct tri_err err;
	total++;
	t->cases++;
	if (grade_response(ctx, s, &it, resp, NULL, NULL, &gr, &err) < 0) {
		fprintf(stderr, "  %s: cannot grade: %s\n", where, err.msg);
		json_decref(g);
		return;
	}
	int ok = !strcmp(verdict_name(gr.verdict), want);
	t->confusion[verdict_parse(want)][gr.verdict]++;
	t->unsure[verdict_parse(want)][gr.verdict] += gr.uncertain;
	t->agree += ok;
	int hedge_ok = 1;
	if (json_is_boolean(hedged) && gr.verdict != V_ABSTAINED) {
		t->hedge_cases++;
		hedge_ok = json_is_true(hedged) == gr.hedged;
		t->hedge_agree += hedge_ok;
	}
	if (ok && !hedge_ok && t->shown++ < show_max) {
		struct buf b = BUF_INIT;
		buf_add_escaped(&b, resp, show_len(resp), 0);
		fprintf(stderr, "  %s [%s, %s]: \"%s\" hedge flag %d, expected %d\n", where, type,
		        json_string_value(json_object_get(c, "class")) ?: "-", b.s, gr.hedged,
		        json_is_true(hedged));
		buf_release(&b);
	}
	if (!ok && t->shown++ < show_max) {
		struct buf b = BUF_INIT;
		buf_add_escaped(&b, resp, show_len(resp), 0);
		fprintf(stderr, "  %s [%s, %s]: \"%s\" graded %s (%s), expected %s\n", where, type,
		        json_string_value(json_object_get(c, "class")) ?: "-", b.s,
		        verdict_name(gr.verdict), gr.evidence ? gr.evidence : "", want);
		buf_release(&b);
	}
	grade_release(&gr);
	json_decref(g);
}

static void run_file(const struct grade_ctx *ctx, const char *path)
{
	struct buf b = BUF_INIT, where = BUF_INIT;
	if (buf_read_file(&b, path, 0) < 0) {
		fprintf(stderr, "  cannot read %s\n", path);
		t_cur_failed = 1;
		return;
	}
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	long line = 0;
	for (char *p = b.s; p && *p;) {
		char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		line++;
		if (len && *p != '#') {
			json_error_t je;
			json_t *c = json_loadb(p, len, 0, &je);
			buf_reset(&where);
			buf_addf(&where, "%s:%ld", base, line);
			if (!c) {
				fprintf(stderr, "  %s: %s\n", where.s, je.text);
				t_cur_failed = 1;
			} else {
				grade_case(ctx, c, where.s);
				json_decref(c);
			}
		}
		p = nl ? nl + 1 : NULL;
	}
	buf_release(&b);
	buf_release(&where);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_corpus(void)
{
	struct grade_ctx *ctx;
	struct tri_err err;
	if (grade_ctx_open(&ctx, tri_home(), &err) < 0) {
		fprintf(stderr, "  %s\n", err.msg);
		t_cur_failed = 1;
		return;
	}
	struct buf dir = BUF_INIT;
	buf_addf(&dir, "%s/tests/grading", tri_home());
	DIR *d = opendir(dir.s);
	char **names = NULL;
	size_t n = 0, alloc = 0;
	struct dirent *de;
	while (d && (de = readdir(d))) {
		size_t l = strlen(de->d_name);
		if (l > 6 && !strcmp(de->d_name + l - 6, ".jsonl")) {
			XGROW(names, alloc, n + 1);
			names[n++] = xstrdup(de->d_name);
		}
	}
	if (d)
		closedir(d);
	qsort(names, n, sizeof(*names), cmp_name);
	for (size_t i = 0; i < n; i++) {
		struct buf p = BUF_INIT;
		buf_addf(&p, "%s/%s", dir.s, names[i]);
		run_file(ctx, p.s);
		buf_release(&p);
		free(names[i]);
	}
	free(names);
	buf_release(&dir);
	grade_ctx_close(ctx);
}

/* Measuring on outside data: test_grading_corpus FILE... grades the cases
 * of those files (same format) and prints, per grader, the agreement and
 * the table of expected against graded verdicts; no floor applies. */
static int measure(int argc, char **argv)
{
	struct grade_ctx *ctx;
	struct tri_err err;
	if (grade_ctx_open(&ctx, tri_home(), &err) < 0) {
		fprintf(stderr, "%s\n", err.msg);
		return 2;
	}
	for (int i = 1; i < argc; i++)
		run_file(ctx, argv[i]);
	grade_ctx_close(ctx);
	for (size_t i = 0; i < n_tallies; i++) {
		struct tally *t = &tallies[i];
		printf("%s: %ld cases, agreement %.3f\n", t->name, t->cases,
		       t->cases ? (double)t->agree / (double)t->cases : NAN);
		printf("  %-12s %10s %10s %10s %10s\n", "expected", "correct", "incorrect",
		       "abstained", "error");
		for (int x = 0; x < 4; x++) {
			long row = 0;
			for (int y = 0; y < 4; y++)
				row += t->confusion[x][y];
			if (!row)
				continue;
			printf("  %-12s", verdict_name((enum verdict)x));
			for (int y = 0; y < 4; y++)
				printf(" %10ld", t->confusion[x][y]);
			printf("   uncertain:");
			for (int y = 0; y < 4; y++)
				printf(" %ld", t->unsure[x][y]);
			printf("\n");
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *e = getenv("GRADING_SHOW");
	if (e)
		parse_long(e, &show_max);
	if (argc > 1)
		return measure(argc, argv);
	T_RUN(test_corpus);
	printf("# grading corpus: %ld cases (at least %d wanted)\n", total, CASES_MIN);
	printf("# %-10s %6s %10s %14s\n", "grader", "cases", "agreement", "hedge flag");
	for (size_t i = 0; i < n_tallies; i++) {
		struct tally *t = &tallies[i];
		double a = t->cases ? (double)t->agree / (double)t->cases : NAN;
		printf("# %-10s %6ld %10.3f", t->name, t->cases, a);
		if (t->hedge_cases)
			printf("  %5.3f of %ld", (double)t->hedge_agree / (double)t->hedge_cases,
			       t->hedge_cases);
		printf("\n");
		t_cur_failed = !(a >= AGREE_MIN);
		if (t_cur_failed) {
			t_fail++;
			fprintf(stderr, "FAIL %s: agreement %.3f < %.2f\n", t->name, a, AGREE_MIN);
		} else {
			t_pass++;
		}
	}
	if (total < CASES_MIN) {
		t_fail++;
		fprintf(stderr, "FAIL the corpus has %ld cases, fewer than %d\n", total, CASES_MIN);
	} else {
		t_pass++;
	}
	for (size_t i = 0; i < n_suites; i++) {
		suite_release(&suites[i].s);
		json_decref(suites[i].index);
		free(suites[i].name);
	}
	free(suites);
	return t_done("test_grading_corpus");
}
