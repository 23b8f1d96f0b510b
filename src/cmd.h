/* cmd.h -- the commands; one file each (cmd_run.c holds cmd_run ...).
 * Each takes the arguments after the command name (argv[0] is the command)
 * and returns an enum tri_exit value. main.c only dispatches.
 *
 * Each command's options are written down once, in its own file, next to
 * the code that parses them: the getopt_long table and the short-option
 * string it parses with, and beside them one cmd_optdoc per option (what
 * its value is and a phrase of help). main.c's command table points to
 * them, and `trilemma completion bash|zsh|fish` builds the shells'
 * completion scripts from them at run time: a flag added to a getopt table
 * is completed with no other edit, and `trilemma completion --list` (which
 * the tests read) fails while the flag has no cmd_optdoc. */
#ifndef TRI_CMD_H
#define TRI_CMD_H

#include <getopt.h>
#include <stddef.h>

/* What an option's value (or an operand) is, so that a shell can offer it. */
enum cmd_arg {
	CMD_ARG_NONE,    /* a flag: no value */
	CMD_ARG_FILE,    /* a file name */
	CMD_ARG_DIR,     /* a directory */
	CMD_ARG_WORD,    /* one of the fixed words in .words */
	CMD_ARG_SUITE,   /* a built-in suite's name, a suite directory or a .jsonl file */
	CMD_ARG_MODEL,   /* a model spec PROVIDER:MODEL...; .words: the providers */
	CMD_ARG_NUMBER,  /* a number */
	CMD_ARG_TEXT,    /* anything else: an expression, a run id, a pattern */
};

/* One option of a command (or one of its operands), described. */
struct cmd_optdoc {
	const char *name;   /* the long option (no dashes), or an operand's name */
	enum cmd_arg arg;   /* CMD_ARG_NONE exactly when getopt takes no argument */
	const char *words;  /* CMD_ARG_WORD, CMD_ARG_MODEL: words separated by spaces */
	const char *help;   /* a short phrase for completion menus (no newline) */
};

/* A command's options. Every entry of longopts has one docs entry of the
 * same name; a character of shortopts is the val of a longopts entry. */
struct cmd_options {
	const char *shortopts;             /* getopt_long's optstring */
	const struct option *longopts;     /* ends with a NULL name */
	const struct cmd_optdoc *docs;     /* ends with a NULL name */
	const struct cmd_optdoc *operands; /* in order, the last one repeats; NULL name
	                                      ends; NULL: no operands */
};

/* The providers, for a model spec's completion and models --provider. */
#define CMD_PROVIDERS "openai openrouter anthropic ollama llamacpp vllm compat"

/* Every command: its name and one line of help. Adding a command is one row
 * here and the file src/cmd_NAME.c defining cmd_NAME and cmd_NAME_options. */
#define TRI_COMMANDS(X) \
	X(run, "evaluate models on suites and store every response") \
	X(report, "render a stored run (term, json, md, csv, html, junit)") \
	X(select, "pick the smallest model that meets requirements") \
	X(scan, "find insecure code (CI gate; text, json, sarif)") \
	X(suites, "list, show or export suites") \
	X(runs, "list the runs in the store") \
	X(push, "copy a run into another store (a team's PostgreSQL store)") \
	X(pull, "copy a run out of a team's store, to report offline") \
	X(show, "one item of a run: every model's answer, verdict and evidence") \
	X(models, "the model catalogue: sizes, context and list prices") \
	X(init, "start a project: trilemma.yaml, an example suite, .gitignore") \
	X(completion, "print the shell completion script (bash, zsh, fish)")

#define CMD_DECLARE(name, help) \
	int cmd_##name(int argc, char **argv); \
	extern const struct cmd_options cmd_##name##_options;
TRI_COMMANDS(CMD_DECLARE)
#undef CMD_DECLARE

struct cmd {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *help;
	const struct cmd_options *opts;
};

/* trilemma push and pull: copy a run from --db into --to (cmd_push.c). */
int copy_command(const char *name, int argc, char **argv);

/* The table of commands (main.c), in TRI_COMMANDS order. */
extern const struct cmd cmd_table[];
extern const size_t cmd_count;

#endif
