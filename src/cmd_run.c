/* cmd_run.c -- placeholder until the command lands. */
#include <stdio.h>
#include "cmd.h"
#include "util.h"

int cmd_run(int argc, char **argv)
{
	(void)argc; (void)argv;
	fprintf(stderr, "trilemma run: not implemented yet\n");
	return TRI_RUNTIME;
}
