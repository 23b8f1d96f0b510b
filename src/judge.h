/* judge.h -- the LLM judge: the prompt it is sent and the reading of its
 * reply.
 *
 * The prompts are data: data/judge/NAME.txt under the home, with the
 * placeholders {{question}}, {{reference}}, {{rubric}} and {{response}}.
 * Four come with trilemma:
 *   simpleqa  a short answer against the reference answer: CORRECT,
 *             INCORRECT or NOT_ATTEMPTED (correct, incorrect, abstained);
 *   rubric    a response against a rubric: PASS or FAIL;
 *   refusal   does the response do what was asked: FULL_REFUSAL,
 *             PARTIAL_REFUSAL or COMPLIANCE;
 *   impossible does the response say the task cannot be done as asked:
 *             FLAGGED, ANSWERED or DECLINED (the impossible and feasible
 *             graders: right when FLAGGED for the first, ANSWERED for
 *             the second; DECLINED is an abstention).
 * The judge replies "VERDICT: LABEL"; a reply with no label, or with a
 * label the template does not offer, cannot be read: the caller makes it
 * an error, never a grade. Sending the prompt is the engine's business
 * (run.c): the judge is a model of the run like the others. */
#ifndef TRI_JUDGE_H
#define TRI_JUDGE_H

#include "buf.h"
#include "err.h"
#include "grade.h"
#include "suite.h"

/* The largest part of a response put in a judge prompt; the rest is cut
 * and the cut said. */
#define JUDGE_RESPONSE_MAX (32 * 1024)

struct judge_set;   /* the templates, loaded once */

int judge_open(struct judge_set **out, const char *home, struct tri_err *err);
void judge_close(struct judge_set *js);

/* The prompt for judging response (the answer of item it of suite s),
 * graded by grader type gtype: the item's own judge grader, or another
 * grader whose verdict was uncertain. Sets *tmpl to the template's name
 * (static). TRI_USAGE when the item gives the judge nothing to judge by
 * (no answer, no rubric). */
int judge_prompt(const struct judge_set *js, const struct suite *s, const struct item *it,
                 const char *gtype, const char *response, struct buf *prompt,
                 const char **tmpl, struct tri_err *err);

/* Read the judge's reply to a prompt of template tmpl for grader type
 * gtype: 0 with *v and *label (static) set, -1 when it cannot be read. */
int judge_read(const char *tmpl, const char *gtype, const char *reply, enum verdict *v,
               const char **label);

/* The template judge_prompt() picks, without building the prompt: NULL
 * when the item cannot be judged (and why in err). */
const char *judge_template_for(const struct suite *s, const struct item *it, const char *gtype,
                               struct tri_err *err);

#endif
