/* main.c -- trilemma: which is the smallest model that actually works for us?
 * Only dispatches to the command files (cmd_*.c). */
#include <stdio.h>
#include <string.h>
#include "curlx.h"
#include "catalogue.h"
#include "cmd.h"
#include "util.h"

static const struct {
	const char *name;
	int (*fn)(int, char **);
	const char *help;
} cmds[] = {
	{ "run", cmd_run, "evaluate models on suites and store every response" },
	{ "report", cmd_report, "render a stored run (term, json, md, csv, html)" },
	{ "select", cmd_select, "pick the smallest model that meets requirements" },
	{ "scan", cmd_scan, "find insecure code (CI gate; text, json, sarif)" },
	{ "suites", cmd_suites, "list, show or export suites" },
	{ "runs", cmd_runs, "list the runs in the store" },
	{ "show", cmd_show, "one item of a run: every model's answer, verdict and evidence" },
	{ "models", cmd_models, "the model catalogue: sizes, context and list prices" },
	{ "init", cmd_init, "start a project: trilemma.yaml, an example suite, .gitignore" },
};

static void usage(FILE *f)
{
	fprintf(f, "usage: trilemma COMMAND [ARGS]   (trilemma COMMAND --help)\n\n");
	for (size_t i = 0; i < ARRAY_LEN(cmds); i++)
		fprintf(f, "  %-8s %s\n", cmds[i].name, cmds[i].help);
	fprintf(f, "\nexit codes: 0 ok, 1 gate failed, 2 usage or input error, "
		"3 run-time failure\n");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return TRI_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
	    !strcmp(argv[1], "help")) {
		usage(stdout);
		return TRI_OK;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("trilemma %s\n", TRI_VERSION);
		return TRI_OK;
	}
	for (size_t i = 0; i < ARRAY_LEN(cmds); i++) {
		if (strcmp(argv[1], cmds[i].name))
			continue;
		int rc = cmds[i].fn(argc - 1, argv + 1);
		curlx_cleanup();   /* when a command used libcurl */
		catalogue_cleanup();   /* when it read the model catalogue */
		return rc;
	}
	fprintf(stderr, "trilemma: unknown command '%s'\n\n", argv[1]);
	usage(stderr);
	return TRI_USAGE;
}
