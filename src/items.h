/* items.h -- a run item by item: every model's answer to every item, with
 * its grade, for the item export (report --items), one item in the
 * terminal (trilemma show) and the drill-down of the HTML report.
 *
 * A row is a JSON object:
 *   run, model, suite, axis, item, sample, category
 *   prompt      the messages sent, "role: content" (system first)
 *   key         the item's answer, or null
 *   status      "answered", "failed" (the request failed for good: an
 *               error, never a grade) or "pending" (not sent yet)
 *   answer, reasoning, error
 *   verdict, grader, evidence, confidence, hedged, uncertain, judged
 *   tokens {input, output, reasoning}, latency_s, cost_usd
 * Unknown numbers are null. */
#ifndef TRI_ITEMS_H
#define TRI_ITEMS_H

#include <stdio.h>
#include <jansson.h>
#include "buf.h"
#include "err.h"
#include "store.h"

/* Call fn with each row of run (of one item, "ID" or "SUITE/ID", and one
 * model, when not NULL); the row is released after fn returns. */
int items_each(struct store *st, const char *run, const char *item, const char *model,
               int (*fn)(void *ctx, json_t *row, struct tri_err *err), void *ctx,
               struct tri_err *err);

/* The CSV header and one row (fields quoted, control characters escaped). */
void items_csv_header(struct buf *out);
void items_csv_row(const json_t *row, struct buf *out);

/* One item in the terminal: the prompt, the key, then each model's verdict,
 * evidence and answer. Control characters of model text are escaped. */
void items_show(const json_t *rows, struct buf *out);

#endif
