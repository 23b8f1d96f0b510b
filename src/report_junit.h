/* report_junit.h -- the report as JUnit XML, for CI systems that show test
 * results (GitLab, Jenkins, GitHub test reporters).
 *
 * One <testsuite> per model with a <testcase> per requirement of the
 * selection: a <failure> when the model fails it, saying what was measured
 * (or the bound --strict judged on); without requirements, one case
 * "measured" that fails when the model had too many failed requests. With
 * items, one more <testsuite> per model with a case per item (classname the
 * suite, name the item id): <failure> for incorrect (the grader's evidence
 * as the message), <error> for a failed request, <skipped> for abstained or
 * not graded. */
#ifndef TRI_REPORT_JUNIT_H
#define TRI_REPORT_JUNIT_H

#include <jansson.h>
#include "buf.h"
#include "err.h"
#include "store.h"

int report_junit(const json_t *rep, struct store *st, const char *run, int items,
                 struct buf *out, struct tri_err *err);

#endif
