/* cmd_suites.c -- placeholder until the command lands. */
#include <stdio.h>
#include "cmd.h"
#include "util.h"

int cmd_suites(int argc, char **argv)
{
	(void)argc; (void)argv;
	fprintf(stderr, "trilemma suites: not implemented yet\n");
	return TRI_RUNTIME;
}
