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
#include "store.h"

json_t *report_build(struct store *st, const char *run, struct tri_err *err);

struct report_style {
	int color;      /* ANSI colour (a terminal without NO_COLOR) */
	int width;      /* terminal columns, 0 for unlimited */
};

/* format: term, md, csv, html, json. Appends to out. */
int report_render(const json_t *report, const char *format, const struct report_style *style,
                  struct buf *out, struct tri_err *err);

/* Colour and width for output on fd: plain unless fd is a terminal;
 * no colour with NO_COLOR. */
struct report_style report_style_for(int fd);

/* The selection block for the terminal (chosen model, frontier, exclusions). */
int report_render_selection(const json_t *selection, const struct report_style *style,
                            struct buf *out);

/* Add the "selection" object to rep from requirements (strings), prefer
 * (NULL: smallest) and strict. TRI_USAGE error for a bad expression or a
 * metric the report does not have. */
int report_select(json_t *rep, char *const *require, size_t n_require, const char *prefer,
                  int strict, struct tri_err *err);

/* report_select() with the requirements given, or -- when there are none --
 * the ones the run was started with (its config's select:). */
int report_select_run(struct store *st, const char *run, json_t *rep, char *const *require,
                      size_t n_require, const char *prefer, int strict, struct tri_err *err);

/* Open the store at db (NULL: default) -- read-only unless mode says
 * otherwise -- and resolve run name (NULL or "latest": the newest).
 * Caller closes st and frees *run. */
int report_open(const char *db, const char *name, enum store_mode mode, struct store *st,
                char **run, struct tri_err *err);


#endif
