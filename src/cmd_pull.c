/* cmd_pull.c -- trilemma pull: copy a run out of a team's store (cmd_push.c). */
#include "cmd.h"

int cmd_pull(int argc, char **argv)
{
	return copy_command("pull", argc, argv);
}
