/* grade.h -- graders: an item and a response in, a grade out (SPEC §5).
 *
 * Each grader type (exact, numeric, choice, regex, abstain, canary,
 * refusal, comply, code, impossible, feasible, judge) is a function
 * behind grade_response(), which picks it from the item's effective
 * grader object. Grading is
 * deterministic and pure: the same item and text always give the same
 * grade. Phrase lists (abstention, refusal) and scanner rules are data
 * files loaded once into a struct grade_ctx, shared read-only. */
#ifndef TRI_GRADE_H
#define TRI_GRADE_H

#include <math.h>
#include "err.h"
#include <jansson.h>
#include "suite.h"

enum verdict {
	V_CORRECT = 0,
	V_INCORRECT = 1,
	V_ABSTAINED = 2,
	V_ERROR = 3,        /* no usable answer: transport or provider failure */
};

struct grade {
	enum verdict verdict;
	double score;       /* in [0,1] */
	double confidence;  /* stated confidence in [0,1]; NAN when none */
	char *evidence;     /* short text: what matched, which canary, which rule; owned */
	int hedged;         /* the answer came with a hedge ("I think", "probably") */
	int uncertain;      /* the signals conflict: a judge would settle it */
	const char *fault;  /* static: the kind of fault a tool-call grader found
	                       (wrong_value, missing_call ...), or NULL */
};

struct grade_ctx;

/* Load phrase lists and rules from home (tri_home()). */
int grade_ctx_open(struct grade_ctx **out, const char *home, struct tri_err *err);
void grade_ctx_close(struct grade_ctx *ctx);

/* Grade text (the model's answer; reasoning may be NULL) and the tool
 * calls it made (calls: provider_calls()'s array, or NULL) for item it of
 * suite s. Fills g (caller releases with grade_release). Returns -1 only
 * for a grader that cannot run (bad grader options, judge not configured). */
int grade_response(const struct grade_ctx *ctx, const struct suite *s,
                   const struct item *it, const char *text, const char *reasoning,
                   const json_t *calls, struct grade *g, struct tri_err *err);
/* The same with the grader object given (not the item's). */
int grade_response_with(const struct grade_ctx *ctx, const struct suite *s,
                        const struct item *it, const json_t *grader, const char *text,
                        const char *reasoning, const json_t *calls, struct grade *g,
                        struct tri_err *err);
void grade_release(struct grade *g);

/* A short evidence string: printf-formatted, cut to a report's width, on
 * one line, without control characters. Caller frees. */
char *grade_evidence(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

const char *verdict_name(enum verdict v);    /* "correct", ... */
int verdict_parse(const char *name);          /* -1 when unknown */

#endif
