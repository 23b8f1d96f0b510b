/* report.h -- the JSON report of a run, and its renderings (SPEC §6).
 *
 * report_build() reads a run from the store alone (offline) and returns
 * the report object: tool, run, models (overall / suites / categories /
 * difficulties METRICS), comparisons (McNemar per suite per pair). The
 * selection is added by the caller (select_run). Renderers turn the same
 * object into terminal, Markdown, CSV or HTML text; every string that came
 * from a model or a suite is escaped before it can reach a terminal. */
#ifndef TRI_REPORT_H
#define TRI_REPORT_H

#include <jansson.h>
#include "buf.h"
#include "err.h"
#include "config.h"
#include "store.h"
#include "suite.h"

json_t *report_build(struct store *st, const char *run, struct tri_err *err);

struct report_style {
	int color;      /* ANSI colour (a terminal without NO_COLOR) */
	int width;      /* terminal columns, 0 for unlimited */
};

/* format: term, md, csv, html, json. Appends to out. */
int report_render(const json_t *report, const char *format, const struct report_style *style,
                  struct buf *out, struct tri_err *err);

/* What happened to each model's requests -- tasks ok, failed and pending,
 * failed attempts by class, and the first message of each class of failure
 * -- in format (term, md, html); nothing when every request succeeded at
 * once. Part of every report; run prints it on its own when nothing was
 * measured. */
void report_render_requests(const json_t *report, const char *format,
                            const struct report_style *style, struct buf *out);

/* An adaptive run's lines of the selection block (selection.adaptive,
 * plain text, model ids escaped): the decision and its confidence, the
 * calls against the full grid, each model's status; nothing for NULL. */
void report_adaptive_lines(const json_t *adaptive, struct buf *out);

/* ", N answers from the store's cache (sending them would have cost $X)"
 * from a report's run object; nothing when the cache gave none. */
void report_cache_line(struct buf *b, const json_t *run);

/* The report format a file name asks for by its extension: json (also
 * .jsonl), md, csv, html (also .htm), junit (.xml); "term" otherwise. */
const char *report_format_for(const char *path);

/* The width to lay text out in for output on fd: $COLUMNS when set, else
 * the terminal's width, else 0 (no limit). */
int report_columns(int fd);

/* Colour and width for output on fd: colour only on a terminal and without
 * NO_COLOR; the width of report_columns(). */
struct report_style report_style_for(int fd);

/* The selection block for the terminal (chosen model, frontier, exclusions). */
int report_render_selection(const json_t *selection, const struct report_style *style,
                            struct buf *out);

/* Add the "selection" object to rep, selecting by c's select settings
 * (require, prefer, strict, max_errors). TRI_USAGE for a bad expression
 * or a metric the report does not have. */
int report_select(json_t *rep, const struct config *c, struct tri_err *err);

/* A "models" array shaped like a report's, whose one model has every
 * metric in every group the planned suites will have (suites, categories,
 * difficulties, breakdowns): for checking requirement names before
 * anything is sent. New reference; NULL with err set when a suite's items
 * cannot be read again. */
json_t *report_prototype(const struct suite *suites, size_t n, struct tri_err *err);
/* The same for a stored run: its suites, and its items as they stream
 * from the store, none of them held. NULL with err set on failure. */
json_t *report_prototype_stored(struct store *st, const char *run, struct tri_err *err);

/* Open the store at db (NULL: default) -- read-only unless mode says
 * otherwise -- and resolve run name (NULL or "latest": the newest).
 * Caller closes st and frees *run. */
int report_open(const char *db, const char *name, enum store_mode mode, struct store *st,
                char **run, struct tri_err *err);


/* Is key ("suite/family", a key of breakdowns.family) a domain family of
 * a knowledge suite: a calibration suite of questions with an answer or an
 * abstention (its default grader exact, numeric or abstain)? Those are
 * the families the reports show by domain (hallucination rate, omniscience
 * index); an impossible suite's constraint families are not. */
int report_knowledge_key(const json_t *rep, const char *key);

#endif
