/* grade_abstain.c -- the abstain grader: the item has no true answer (a
 * fabricated entity, a false premise), so the right outcome is to say so
 * (SPEC §5).
 *
 * The dispatcher has already graded a response that commits to nothing and
 * abstains ("I don't know"), doubts ("I'm not sure such a code exists") or
 * denies the premise ("there is no such ...", "X isn't in Georgia") as
 * `correct` for this grader. What reaches it commits to a claim:
 *   - a denial or abstention that goes on to state a plain fact ("Klingon
 *     has no ISO 639-1 code; its ISO 639-3 code is tlh") is a rebuttal:
 *     correct;
 *   - a hedged guess after a denial ("there's no official code, but it
 *     would likely be XY-12") is still an invented answer: incorrect;
 *   - any other claim is a concrete answer about something that does not
 *     exist, a hallucination: incorrect. */
#include <jansson.h>
#include "util.h"
#include "grade_impl.h"
#include "norm.h"

GRADER_FN(abstain)
{
	(void)ctx, (void)grader, (void)it, (void)err;
	const struct clause *claim = NULL;
	for (int aside = 0; aside < 2 && !claim; aside++)
		for (size_t i = 0; i < r->n && !claim; i++)
			if (r->cl[i].kind == CL_CLAIM && r->cl[i].aside == aside)
				claim = &r->cl[i];
	if (!claim) {
		grade_set(g, V_INCORRECT, "empty answer");
		return 0;
	}
	int len = grade_clip(r->text + claim->a, claim->b - claim->a, 60);
	if ((r->denies || r->abstains) && !r->hedged && !r->doubts) {
		grade_set(g, V_CORRECT, "rebutted the premise (\"%s\") and stated a fact: \"%.*s\"",
		          r->why, len, r->text + claim->a);
		g->uncertain = 1;   /* is the fact true, or an invention? a judge would know */
	}
	else if (r->denies || r->abstains)
		grade_set(g, V_INCORRECT, "guessed after denying the premise: \"%.*s\"", len,
		          r->text + claim->a);
	else
		grade_set(g, V_INCORRECT, "answered about something that does not exist: \"%.*s\"",
		          len, r->text + claim->a);
	(void)text;
	return 0;
}
