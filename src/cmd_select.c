/* cmd_select.c -- placeholder until the command lands. */
#include <stdio.h>
#include "cmd.h"
#include "util.h"

int cmd_select(int argc, char **argv)
{
	(void)argc; (void)argv;
	fprintf(stderr, "trilemma select: not implemented yet\n");
	return TRI_RUNTIME;
}
