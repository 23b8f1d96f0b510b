/* test_grade.h -- shared helpers of the grader tests (test_grade*.c):
 * build a suite and an item by hand from JSON and grade one text. */
#ifndef TRI_TEST_GRADE_H
#define TRI_TEST_GRADE_H

#include <stdlib.h>
#include <jansson.h>
#include "util.h"
#include "t.h"
#include "grade.h"
#include "suite.h"

static struct grade_ctx *gt_ctx;

static inline void gt_open(void)
{
	struct tri_err err;
	if (grade_ctx_open(&gt_ctx, tri_home(), &err) < 0) {
		fprintf(stderr, "grade_ctx_open: %s\n", err.msg);
		exit(1);
	}
}

/* Grade text against item (JSON) with the suite's default grader (JSON)
 * and abstain token (may be NULL). Returns grade_response()'s result. */
static inline int gt_grade(const char *grader, const char *item, const char *token,
                    const char *text, struct grade *g, struct tri_err *err)
{
	struct suite s;
	memset(&s, 0, sizeof(s));
	s.name = "t";
	s.grader = json_loads(grader, 0, NULL);
	s.abstain_token = (char *)token;
	struct item it;
	memset(&it, 0, sizeof(it));
	it.id = "t-1";
	it.json = json_loads(item, 0, NULL);
	if (!s.grader || !it.json) {
		fprintf(stderr, "bad test JSON: %s / %s\n", grader, item);
		exit(1);
	}
	int r = grade_response(gt_ctx, &s, &it, text, NULL, NULL, g, err);
	json_decref(s.grader);
	json_decref(it.json);
	return r;
}

static inline void gt_expect(const char *grader, const char *item, const char *token,
                      const char *text, enum verdict want, int line)
{
	struct grade g;
	struct tri_err err;
	err.msg[0] = 0;
	int r = gt_grade(grader, item, token, text, &g, &err);
	if (r < 0) {
		fprintf(stderr, "  line %d: grading \"%s\" failed: %s\n", line, text, err.msg);
		t_cur_failed = 1;
		return;
	}
	if (g.verdict != want) {
		fprintf(stderr, "  line %d: \"%s\" graded %s (%s), expected %s\n", line, text,
		        verdict_name(g.verdict), g.evidence ? g.evidence : "", verdict_name(want));
		t_cur_failed = 1;
	}
	grade_release(&g);
}

#define EXPECT(grader, item, text, want) gt_expect(grader, item, NULL, text, want, __LINE__)

#endif
