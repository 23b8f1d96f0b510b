/* cmd_runs.c -- placeholder until the command lands. */
#include <stdio.h>
#include "cmd.h"
#include "util.h"

int cmd_runs(int argc, char **argv)
{
	(void)argc; (void)argv;
	fprintf(stderr, "trilemma runs: not implemented yet\n");
	return TRI_RUNTIME;
}
