/* cmd_report.c -- placeholder until the command lands. */
#include <stdio.h>
#include "cmd.h"
#include "util.h"

int cmd_report(int argc, char **argv)
{
	(void)argc; (void)argv;
	fprintf(stderr, "trilemma report: not implemented yet\n");
	return TRI_RUNTIME;
}
