/* cmd_report.c -- trilemma report: render a stored run, offline. */
#include <getopt.h>
#include <math.h>
#include "util.h"
#include "buf.h"
#include "cmd.h"
#include "config.h"
#include "items.h"
#include "report.h"
#include "report_html.h"
#include "report_junit.h"
#include "run.h"
#include "store.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: trilemma report [RUN|latest] [--db FILE]\n"
		"                       [--format term|json|md|csv|html|junit]\n"
		"                       [-o FILE] [--items] [--regrade] [--require EXPR]... [--prefer P]\n"
		"                       [--strict] [--max-errors SHARE]\n\n"
		"Render a stored run from the store alone: no request is sent, and the store\n"
		"is only read (except with --regrade).\n"
		"  --format F   term (default), json (docs/report-json.md), md, csv, html\n"
		"               (docs/report-html.md), junit (a test case per requirement per\n"
		"               model; with --items, per item too)\n"
		"  -o FILE      write there instead of stdout; the format follows the extension\n"
		"               (.json .md .csv .html .jsonl .xml) unless --format says otherwise\n"
		"  --items      every model's answer to every item, one row each: JSON Lines, or\n"
		"               CSV with --format csv (the fields: docs/report-json.md#items)\n"
		"  --regrade    grade the stored responses again (after a grader change)\n"
		"  --require, --prefer, --strict, --max-errors   selection (default: the run's\n"
		"               config; see trilemma select --help)\n");
}

struct items_out {
	FILE *f;
	int csv;
	struct buf line;
};

static int item_line(void *ctx, json_t *row, struct tri_err *err)
{
	struct items_out *o = ctx;
	buf_reset(&o->line);
	if (o->csv) {
		items_csv_row(row, &o->line);
	} else {
		buf_add_json(&o->line, row, JSON_COMPACT);
		buf_addc(&o->line, '\n');
	}
	if (fwrite(o->line.s, 1, o->line.len, o->f) != o->line.len)
		return err_set(err, TRI_RUNTIME, "cannot write the items: %s", strerror(errno));
	return 0;
}

/* Every item row of run, streamed to outf (stdout when NULL). */
static int write_items(struct store *st, const char *run, const char *format, const char *outf,
		       struct tri_err *err)
{
	struct items_out o = { .csv = !strcmp(format, "csv"), .line = BUF_INIT };
	o.f = outf ? fopen(outf, "w") : stdout;
	if (!o.f)
		return err_set(err, TRI_RUNTIME, "cannot write %s: %s", outf, strerror(errno));
	int rc = 0;
	if (o.csv) {
		items_csv_header(&o.line);
		if (fwrite(o.line.s, 1, o.line.len, o.f) != o.line.len)
			rc = err_set(err, TRI_RUNTIME, "cannot write the items: %s", strerror(errno));
	}
	if (rc == 0)
		rc = items_each(st, run, NULL, NULL, item_line, &o, err);
	if (fflush(o.f) != 0 && rc == 0)
		rc = err_set(err, TRI_RUNTIME, "cannot write the items: %s", strerror(errno));
	if (outf && fclose(o.f) != 0 && rc == 0)
		rc = err_set(err, TRI_RUNTIME, "cannot write %s: %s", outf, strerror(errno));
	buf_release(&o.line);
	return rc;
}

enum { O_DB = 256, O_FORMAT, O_REGRADE, O_ITEMS };
static const struct option report_longopts[] = {
	{ "db", required_argument, NULL, O_DB }, { "format", required_argument, NULL, O_FORMAT },
	{ "output", required_argument, NULL, 'o' }, { "regrade", no_argument, NULL, O_REGRADE },
	{ "items", no_argument, NULL, O_ITEMS },
	CONFIG_SELECT_OPTIONS, { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
};
static const struct cmd_optdoc report_docs[] = {
	{ "db", CMD_ARG_FILE, NULL, "the store (default ./trilemma.db)" },
	{ "format", CMD_ARG_WORD, "term json md csv html junit", "the output format" },
	{ "output", CMD_ARG_FILE, NULL, "write there instead of stdout" },
	{ "regrade", CMD_ARG_NONE, NULL, "grade the stored responses again" },
	{ "items", CMD_ARG_NONE, NULL, "every model's answer to every item" },
	CONFIG_SELECT_OPTDOCS,
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
static const struct cmd_optdoc report_operands[] = {
	{ "RUN", CMD_ARG_WORD, "latest", "a run id (trilemma runs), or latest" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_report_options = { "o:h", report_longopts, report_docs,
						report_operands };

int cmd_report(int argc, char **argv)
{
	static const char *const formats[] = { "term", "json", "md", "csv", "html", "junit" };
	const char *format = NULL, *outf = NULL;
	int regrade = 0, items = 0, opt, rc = TRI_USAGE;
	struct config c;
	struct config_flags fl = CONFIG_FLAGS_INIT;
	struct store st = { 0 };
	struct tri_err err = { 0 };
	struct buf out = BUF_INIT;
	char *run = NULL;
	json_t *rep = NULL;

	config_init(&c);
	optind = 1;
	while ((opt = getopt_long(argc, argv, cmd_report_options.shortopts, report_longopts, NULL)) != -1) {
		int sf = config_select_flag(&fl, opt, optarg, &err);
		if (sf < 0)
			goto fail;
		if (sf)
			continue;
		switch (opt) {
		case O_DB: fl.db = optarg; break;
		case O_FORMAT: format = optarg; break;
		case 'o': outf = optarg; break;
		case O_REGRADE: regrade = 1; break;
		case O_ITEMS: items = 1; break;
		case 'h': usage(stdout); rc = TRI_OK; goto out;
		default: usage(stderr); goto out;
		}
	}
	if (argc - optind > 1) {
		fprintf(stderr, "trilemma report: one run at most (see trilemma runs)\n");
		goto out;
	}
	if (!format)
		format = outf ? report_format_for(outf) : "term";
	if (items && !strcmp(format, "term"))
		format = "json";
	int known = 0;
	for (size_t i = 0; i < ARRAY_LEN(formats); i++)
		known |= !strcmp(format, formats[i]);
	if (items && strcmp(format, "json") && strcmp(format, "csv") && strcmp(format, "junit")) {
		err_set(&err, TRI_USAGE, "--items writes JSON Lines, CSV or JUnit XML (--format json, "
			"csv or junit), not %s", format);
		goto fail;
	}
	if (!known) {
		err_set(&err, TRI_USAGE, "unknown format '%s' (term, json, md, csv, html, junit)", format);
		goto fail;
	}
	if (report_open(fl.db, optind < argc ? argv[optind] : NULL, regrade ? STORE_WRITE : STORE_READ,
			&st, &run, &err) < 0)
		goto fail;
	if (regrade) {
		size_t n;
		if (run_grade(&st, run, 1, &n, &err) < 0)
			goto fail;
		fprintf(stderr, "regraded %zu responses of %s\n", n, run);
	}
	if (items && strcmp(format, "junit")) {
		if (write_items(&st, run, format, outf, &err) < 0)
			goto fail;
		rc = TRI_OK;
		goto out;
	}
	if (run_load_config(&st, run, &c, &err) < 0 ||
	    config_apply_flags(&c, &fl, CONFIG_SELECT, &err) < 0 ||
	    !(rep = report_build(&st, run, &err)) || report_select(rep, &c, &err) < 0)
		goto fail;
	struct report_style style = { 0, 0 };
	if (!outf && !strcmp(format, "term"))
		style = report_style_for(1);
	if (!strcmp(format, "html") ? report_html(rep, &st, run, &out, &err) < 0
	    : !strcmp(format, "junit") ? report_junit(rep, &st, run, items, &out, &err) < 0
	    : report_render(rep, format, &style, &out, &err) < 0)
		goto fail;
	if (!strcmp(format, "term"))
		report_render_selection(json_object_get(rep, "selection"), &style, &out);
	if (buf_write_file(&out, outf ? outf : "-") < 0) {
		err_set(&err, TRI_RUNTIME, "cannot write %s: %s", outf ? outf : "stdout", strerror(errno));
		goto fail;
	}
	rc = TRI_OK;
	goto out;
fail:
	rc = err.code ? err.code : TRI_RUNTIME;
	err_print("trilemma report", &err);
out:
	json_decref(rep);
	buf_release(&out);
	store_close(&st);
	config_release(&c);
	config_flags_release(&fl);
	free(run);
	return rc;
}
