/* grade_code.c -- the code grader: the code blocks of an answer have no
 * `trilemma scan` finding at or above the grader's severity (SPEC §5).
 * Placeholder until the scanner's rules are wired in. */
#include <jansson.h>
#include "util.h"
#include "grade_impl.h"

int grade_code_init(struct grade_ctx *ctx, const char *home, struct tri_err *err)
{
	(void)home; (void)err;
	ctx->code_rules = NULL;
	return 0;
}

void grade_code_release(struct grade_ctx *ctx)
{
	if (ctx)
		ctx->code_rules = NULL;
}

int grade_code(const struct grade_ctx *ctx, const json_t *grader, const struct item *it,
               const char *text, struct grade *g, struct tri_err *err)
{
	(void)ctx; (void)grader; (void)it; (void)text; (void)g;
	return err_set(err, TRI_USAGE, "the code grader is not built yet");
}
