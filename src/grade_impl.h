/* grade_impl.h -- internal to the graders: the context and one function per
 * grader type, behind grade_response() (grade.h).
 *
 * Every grader has the same shape: the effective grader object (the item's
 * "grader" merged over the suite default), the item, and the model's text
 * in; a filled struct grade out. A grader returns -1 only when it cannot
 * run at all (bad options: a missing pattern, a non-numeric answer ...),
 * with the reason in err; a wrong answer is a grade, not an error.
 *
 * The dispatcher (grade.c) has already handled what is common to all
 * graders before calling one: abstention (for the graders of answers) and
 * the stated confidence. A grader sets verdict, score and evidence with
 * grade_set(). */
#ifndef TRI_GRADE_IMPL_H
#define TRI_GRADE_IMPL_H

#include <stddef.h>
#include <jansson.h>
#include "err.h"
#include "grade.h"
#include "suite.h"

/* A phrase list loaded from data/phrases/NAME.txt: one phrase a line,
 * '#' comments and blank lines skipped, each stored normalised
 * (norm_text: NFKC, case-folded, punctuation as spaces). */
struct phrases {
	char **v;
	size_t n, alloc;
};

struct grade_ctx {
	struct phrases abstain;     /* "i don't know", "je ne sais pas" ... */
	struct phrases premise;     /* denials of a premise: "there is no such" */
	struct phrases refusal;     /* "i can't help with", "as an ai" ... */
	struct phrases comply;      /* openers of a compliant answer: "sure, here" */
	struct phrases not_refusal; /* look like refusals but are not: "i can't stress enough" */
	void *code_rules;           /* owned by grade_code.c (scanner rules) */
};

/* Set verdict, score (1 for correct, else 0) and evidence (printf format,
 * truncated to a short string; NULL fmt leaves no evidence). */
void grade_set(struct grade *g, enum verdict v, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The code grader lives in grade_code.c (the scanner's rules). */
int grade_code_init(struct grade_ctx *ctx, const char *home, struct tri_err *err);
void grade_code_release(struct grade_ctx *ctx);
int grade_code(const struct grade_ctx *ctx, const json_t *grader, const struct item *it,
               const char *text, struct grade *g, struct tri_err *err);

#endif
