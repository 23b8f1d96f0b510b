/* cmd.h -- the commands; one file each (cmd_run.c holds cmd_run ...).
 * Each takes the arguments after the command name (argv[0] is the command)
 * and returns an enum tri_exit value. main.c only dispatches. */
#ifndef TRI_CMD_H
#define TRI_CMD_H

int cmd_run(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_select(int argc, char **argv);
int cmd_scan(int argc, char **argv);
int cmd_suites(int argc, char **argv);
int cmd_runs(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_models(int argc, char **argv);
int cmd_init(int argc, char **argv);

#endif
