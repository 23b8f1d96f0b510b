/* cmd_select.c -- trilemma select: the smallest model that meets the requirements. */
#include <getopt.h>
#include <unistd.h>
#include "util.h"
#include "buf.h"
#include "cmd.h"
#include "config.h"
#include "report.h"
#include "run.h"
#include "store.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: trilemma select [RUN|latest] [--db FILE] [--require EXPR]...\n"
		"                       [--prefer smallest|cheapest|fastest|best] [--strict] [--json]\n\n"
		"Apply requirements (METRIC OP VALUE, OP one of <= >= < >) to a stored run and\n"
		"print the chosen model, the Pareto frontier and why each other model was excluded.\n"
		"  e.g. --require 'hallucination_rate <= 0.35' --require 'security.pass_rate >= 0.7'\n"
		"  --strict   judge each requirement on the unfavourable end of its 95%% interval\n"
		"  --json     print the selection object instead of text\n"
		"Without --require, the run's config (select.require) applies.\n"
		"Exit: 0 a model was chosen, 1 none meets the requirements, 2 bad input.\n");
}

int cmd_select(int argc, char **argv)
{
	enum { O_DB = 256, O_REQUIRE, O_PREFER, O_STRICT, O_JSON };
	static const struct option opts[] = {
		{ "db", required_argument, NULL, O_DB }, { "require", required_argument, NULL, O_REQUIRE },
		{ "prefer", required_argument, NULL, O_PREFER }, { "strict", no_argument, NULL, O_STRICT },
		{ "json", no_argument, NULL, O_JSON }, { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db = NULL, *prefer = NULL;
	int strict = 0, json = 0, opt, rc = TRI_USAGE;
	struct config c;
	struct store st = { 0 };
	struct tri_err err = { 0 };
	struct buf out = BUF_INIT;
	char *run = NULL;
	json_t *rep = NULL;

	config_init(&c);
	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (opt) {
		case O_DB: db = optarg; break;
		case O_REQUIRE:
			XGROW(c.require, c.alloc_require, c.n_require + 1);
			c.require[c.n_require++] = xstrdup(optarg);
			break;
		case O_PREFER: prefer = optarg; break;
		case O_STRICT: strict = 1; break;
		case O_JSON: json = 1; break;
		case 'h': usage(stdout); rc = TRI_OK; goto out;
		default: usage(stderr); goto out;
		}
	}
	if (argc - optind > 1) {
		fprintf(stderr, "trilemma select: one run at most (see trilemma runs)\n");
		goto out;
	}
	if (report_open(db, optind < argc ? argv[optind] : NULL, STORE_READ, &st, &run, &err) < 0)
		goto fail;
	rep = report_build(&st, run, &err);
	if (!rep || report_select_run(&st, run, rep, c.require, c.n_require, prefer, strict, &err) < 0)
		goto fail;
	const json_t *sel = json_object_get(rep, "selection");
	if (json) {
		char *s = json_dumps(sel, JSON_INDENT(2));
		buf_addf(&out, "%s\n", s ? s : "null");
		free(s);
	} else {
		struct report_style style = report_style_for(1);
		report_render_selection(sel, &style, &out);
	}
	fwrite(out.s, 1, out.len, stdout);
	rc = json_is_string(json_object_get(sel, "chosen")) ? TRI_OK : TRI_GATE;
	goto out;
fail:
	rc = err.code ? err.code : TRI_RUNTIME;
	fprintf(stderr, "trilemma select: %s\n", err.msg);
out:
	json_decref(rep);
	buf_release(&out);
	store_close(&st);
	config_release(&c);
	free(run);
	return rc;
}
