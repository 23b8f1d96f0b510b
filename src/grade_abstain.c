/* grade_abstain.c -- the abstain grader: the item has no true answer (a
 * fabricated entity, a false premise), so the right outcome is to say so
 * (SPEC §5).
 *
 * The dispatcher has already graded an abstention ("I don't know", in any
 * language of data/phrases/abstain.txt) as `correct` for this grader. Here
 * a denial of the premise is correct too: "there is no such ...", "does
 * not exist", "I'm not aware of any", "is not a real" (data/phrases/
 * premise.txt), unless the model goes on to guess anyway ("..., but it
 * might be XY-12": data/phrases/attempt.txt). Anything else is a concrete
 * answer about something that does not exist: a hallucination, graded
 * `incorrect`. */
#include <jansson.h>
#include "util.h"
#include "grade_impl.h"
#include "norm.h"

GRADER_FN(abstain)
{
	char *t = norm_text(text, strlen(text));
	const char *which = NULL;
	if (!*t)
		grade_set(g, V_INCORRECT, "empty answer");
	else if (grade_denies_premise(ctx, t, &which))
		grade_set(g, V_CORRECT, "denied the premise (\"%s\")", which);
	else
		grade_set(g, V_INCORRECT, "answered about an entity that does not exist: \"%.50s\"", t);
	free(t);
	return 0;
}
