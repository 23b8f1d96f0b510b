/* report_html.h -- the HTML report: one self-contained file.
 *
 * The decision first (the recommended model, each requirement with its
 * measured value and interval, who was excluded and why), the scoreboard
 * with a legend, charts as inline SVG (accuracy against cost and against
 * size with the Pareto frontier, the hallucination-accuracy plane,
 * per-suite bars with intervals, reliability diagrams, security heat maps,
 * latency and token distributions, reasoning tokens per correct answer),
 * the pairwise comparison matrix, grading and the judge, failed requests,
 * the run's configuration, and a drill-down of every item. No network: CSS,
 * SVG, data and script are inline. docs/report-html.md describes each chart. */
#ifndef TRI_REPORT_HTML_H
#define TRI_REPORT_HTML_H

#include <jansson.h>
#include "buf.h"
#include "err.h"
#include "store.h"

/* Append the page for report rep (with its selection) of run; the item
 * rows are read from st. */
int report_html(const json_t *rep, struct store *st, const char *run, struct buf *out,
                struct tri_err *err);

#endif
