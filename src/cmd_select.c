/* cmd_select.c -- trilemma select: the smallest model that meets the requirements. */
#include <getopt.h>
#include <math.h>
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
		"                       [--prefer smallest|cheapest|fastest|best] [--strict]\n"
		"                       [--max-errors SHARE] [--json]\n\n"
		"Apply requirements (METRIC OP VALUE, OP one of <= >= < >) to a stored run and\n"
		"print the chosen model, the Pareto frontier and why each other model was excluded.\n"
		"  e.g. --require 'hallucination_rate <= 0.35' --require 'security.pass_rate >= 0.7'\n"
		"  --strict        judge each requirement on the unfavourable end of its 95%% interval\n"
		"  --max-errors S  a model with a larger share of failed requests is not measured\n"
		"                  (default 0.05)\n"
		"  --json          print the selection object instead of text\n"
		"Flags replace the run's config (select:) one by one. Without requirements, only\n"
		"models on the Pareto frontier are candidates; smallest needs a declared size.\n"
		"The store is only read.\n"
		"Exit: 0 a model was chosen, 1 none was, 2 bad input, 3 the store is damaged.\n");
}

enum { O_DB = 256, O_JSON };
static const struct option select_longopts[] = {
	{ "db", required_argument, NULL, O_DB }, { "json", no_argument, NULL, O_JSON },
	CONFIG_SELECT_OPTIONS, { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
};
static const struct cmd_optdoc select_docs[] = {
	{ "db", CMD_ARG_FILE, NULL, "the store (default ./trilemma.db)" },
	{ "json", CMD_ARG_NONE, NULL, "print the selection object" },
	CONFIG_SELECT_OPTDOCS,
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
static const struct cmd_optdoc select_operands[] = {
	{ "RUN", CMD_ARG_WORD, "latest", "a run id (trilemma runs), or latest" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_select_options = { "h", select_longopts, select_docs,
						select_operands };

int cmd_select(int argc, char **argv)
{
	int json = 0, opt, rc = TRI_USAGE;
	struct config c;
	struct config_flags fl = CONFIG_FLAGS_INIT;
	struct store st = { 0 };
	struct tri_err err = { 0 };
	struct buf out = BUF_INIT;
	char *run = NULL;
	json_t *rep = NULL;

	config_init(&c);
	optind = 1;
	while ((opt = getopt_long(argc, argv, cmd_select_options.shortopts, select_longopts, NULL)) != -1) {
		int sf = config_select_flag(&fl, opt, optarg, &err);
		if (sf < 0)
			goto fail;
		if (sf)
			continue;
		switch (opt) {
		case O_DB: fl.db = optarg; break;
		case O_JSON: json = 1; break;
		case 'h': usage(stdout); rc = TRI_OK; goto out;
		default: usage(stderr); goto out;
		}
	}
	if (argc - optind > 1) {
		fprintf(stderr, "trilemma select: one run at most (see trilemma runs)\n");
		goto out;
	}
	if (report_open(fl.db, optind < argc ? argv[optind] : NULL, STORE_READ, &st, &run, &err) < 0 ||
	    run_load_config(&st, run, &c, &err) < 0 ||
	    config_apply_flags(&c, &fl, CONFIG_SELECT, &err) < 0 ||
	    !(rep = report_build(&st, run, &err)) || report_select(rep, &c, &err) < 0)
		goto fail;
	const json_t *sel = json_object_get(rep, "selection");
	if (json) {
		buf_add_json(&out, sel, JSON_INDENT(2));
		buf_addc(&out, '\n');
	} else {
		struct report_style style = report_style_for(1);
		report_render_selection(sel, &style, &out);
	}
	fwrite(out.s, 1, out.len, stdout);
	rc = json_is_string(json_object_get(sel, "chosen")) ? TRI_OK : TRI_GATE;
	goto out;
fail:
	rc = err.code ? err.code : TRI_RUNTIME;
	err_print("trilemma select", &err);
out:
	json_decref(rep);
	buf_release(&out);
	store_close(&st);
	config_release(&c);
	config_flags_release(&fl);
	free(run);
	return rc;
}
