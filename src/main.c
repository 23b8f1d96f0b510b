/* main.c -- trilemma: which is the smallest model that actually works for us?
 * Only dispatches to the command files (cmd_*.c), through the table of
 * commands that cmd.h lists. */
#include <stdio.h>
#include <string.h>
#include "curlx.h"
#include "catalogue.h"
#include "cmd.h"
#include "util.h"

#define CMD_ROW(name, help) { #name, cmd_##name, help, &cmd_##name##_options },
const struct cmd cmd_table[] = { TRI_COMMANDS(CMD_ROW) };
#undef CMD_ROW
const size_t cmd_count = ARRAY_LEN(cmd_table);

static void usage(FILE *f)
{
	fprintf(f, "usage: trilemma COMMAND [ARGS]   (trilemma COMMAND --help)\n\n");
	for (size_t i = 0; i < cmd_count; i++)
		fprintf(f, "  %-11s %s\n", cmd_table[i].name, cmd_table[i].help);
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
	for (size_t i = 0; i < cmd_count; i++) {
		if (strcmp(argv[1], cmd_table[i].name))
			continue;
		int rc = cmd_table[i].fn(argc - 1, argv + 1);
		curlx_cleanup();   /* when a command used libcurl */
		catalogue_cleanup();   /* when it read the model catalogue */
		return rc;
	}
	fprintf(stderr, "trilemma: unknown command '%s'\n\n", argv[1]);
	usage(stderr);
	return TRI_USAGE;
}
