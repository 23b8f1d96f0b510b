/* cmd_show.c -- trilemma show: one item of a stored run, every model's
 * answer with its grade and the grader's evidence. Offline, read-only. */
#include <getopt.h>
#include "util.h"
#include "buf.h"
#include "cmd.h"
#include "items.h"
#include "report.h"
#include "store.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: trilemma show [RUN|latest] ITEM [--model ID] [--db FILE] [--json]\n\n"
		"Show one item of a stored run: the prompt as sent, the answer key, and for\n"
		"every model its verdict, grader, evidence, confidence, tokens, latency, cost\n"
		"and answer. ITEM is the item's id, or SUITE/ID when ids repeat across suites.\n"
		"The store is only read. `trilemma report --items` exports every item.\n"
		"  --model ID   only that model's answers\n"
		"  --json       the rows as JSON (the fields of report --items)\n");
}

static int collect(void *ctx, json_t *row, struct tri_err *err)
{
	json_array_append(ctx, row);
	return 0;
}

enum { O_DB = 256, O_MODEL, O_JSON };
static const struct option show_longopts[] = {
	{ "db", required_argument, NULL, O_DB }, { "model", required_argument, NULL, O_MODEL },
	{ "json", no_argument, NULL, O_JSON }, { "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};
static const struct cmd_optdoc show_docs[] = {
	{ "db", CMD_ARG_FILE, NULL, "the store (default ./trilemma.db)" },
	{ "model", CMD_ARG_TEXT, NULL, "only that model's answers (its id in the run)" },
	{ "json", CMD_ARG_NONE, NULL, "the rows as JSON" },
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
static const struct cmd_optdoc show_operands[] = {
	{ "RUN", CMD_ARG_WORD, "latest", "a run id (trilemma runs), or latest" },
	{ "ITEM", CMD_ARG_TEXT, NULL, "an item's id, or SUITE/ID" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_show_options = { "h", show_longopts, show_docs, show_operands };

int cmd_show(int argc, char **argv)
{
	const char *db = NULL, *model = NULL;
	int as_json = 0, opt, rc = TRI_USAGE;
	struct store st = { 0 };
	struct tri_err err = { 0 };
	struct buf out = BUF_INIT;
	char *run = NULL;
	json_t *rows = json_array();

	optind = 1;
	while ((opt = getopt_long(argc, argv, cmd_show_options.shortopts, show_longopts, NULL)) != -1) {
		switch (opt) {
		case O_DB: db = optarg; break;
		case O_MODEL: model = optarg; break;
		case O_JSON: as_json = 1; break;
		case 'h': usage(stdout); rc = TRI_OK; goto out;
		default: usage(stderr); goto out;
		}
	}
	int npos = argc - optind;
	if (npos < 1 || npos > 2) {
		fprintf(stderr, "trilemma show: name one item (and optionally the run first); see "
			"trilemma show --help\n");
		goto out;
	}
	const char *item = argv[argc - 1];
	if (report_open(db, npos == 2 ? argv[optind] : NULL, STORE_READ, &st, &run, &err) < 0 ||
	    items_each(&st, run, item, model, collect, rows, &err) < 0)
		goto fail;
	if (!json_array_size(rows)) {
		err_set(&err, TRI_USAGE, "run %s has no item '%s'%s%s (trilemma report --items lists "
			"them)", run, item, model ? " answered by model " : "", model ? model : "");
		goto fail;
	}
	/* one item: an id that repeats across suites must be named SUITE/ID */
	const char *suite0 = json_string_value(json_object_get(json_array_get(rows, 0), "suite"));
	size_t i;
	json_t *r;
	json_array_foreach(rows, i, r)
		if (strcmp(json_string_value(json_object_get(r, "suite")), suite0)) {
			err_set(&err, TRI_USAGE, "item '%s' is in several suites (%s, %s): name it "
				"SUITE/ID", item, suite0, json_string_value(json_object_get(r, "suite")));
			goto fail;
		}
	if (as_json) {
		buf_add_json(&out, rows, JSON_INDENT(2));
		buf_addc(&out, '\n');
	} else {
		items_show(rows, &out);
	}
	if (buf_write_file(&out, "-") < 0) {
		err_set(&err, TRI_RUNTIME, "cannot write stdout: %s", strerror(errno));
		goto fail;
	}
	rc = TRI_OK;
	goto out;
fail:
	rc = err.code ? err.code : TRI_RUNTIME;
	err_print("trilemma show", &err);
out:
	json_decref(rows);
	buf_release(&out);
	store_close(&st);
	free(run);
	return rc;
}
