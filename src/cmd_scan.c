/* cmd_scan.c -- placeholder until the command lands. */
#include <stdio.h>
#include "cmd.h"
#include "util.h"

int cmd_scan(int argc, char **argv)
{
	(void)argc; (void)argv;
	fprintf(stderr, "trilemma scan: not implemented yet\n");
	return TRI_RUNTIME;
}
