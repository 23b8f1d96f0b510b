/* cmd_push.c -- trilemma push: copy a run into another store (a team's
 * PostgreSQL store); trilemma pull (cmd_pull.c) is the same copy the other
 * way, and both are copy_command() here. */
#include <getopt.h>
#include "util.h"
#include "cmd.h"
#include "store.h"

static void usage(FILE *f, const char *name)
{
	if (!strcmp(name, "push"))
		fprintf(f, "usage: trilemma push [RUN] --to URL [--db FILE]\n\n"
			"Copy a run (default: the latest) from the store --db (default\n"
			"$TRILEMMA_DB, else ./trilemma.db) into the store --to, a team's\n"
			"PostgreSQL store (postgresql://...) or another file: its models, suites,\n"
			"items, requests, responses, attempts and grades, in one transaction.\n"
			"A run the target holds already is not copied again. See\n"
			"docs/team-store.md.\n");
	else
		fprintf(f, "usage: trilemma pull [RUN] --db URL [--to FILE]\n\n"
			"Copy a run (default: the latest) from the store --db (default\n"
			"$TRILEMMA_DB), a team's PostgreSQL store, into the store --to (default\n"
			"./trilemma.db), to report on it offline: its models, suites, items,\n"
			"requests, responses, attempts and grades, in one transaction. A run\n"
			"the target holds already is not copied again. See docs/team-store.md.\n");
}

static const struct option copy_longopts[] = {
	{ "db", required_argument, NULL, 'd' }, { "to", required_argument, NULL, 't' },
	{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
};
static const struct cmd_optdoc push_docs[] = {
	{ "db", CMD_ARG_FILE, NULL, "the store the run is in (default ./trilemma.db)" },
	{ "to", CMD_ARG_TEXT, NULL, "the store to copy it into (postgresql://...)" },
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
static const struct cmd_optdoc pull_docs[] = {
	{ "db", CMD_ARG_TEXT, NULL, "the store the run is in (postgresql://...)" },
	{ "to", CMD_ARG_FILE, NULL, "the store to copy it into (default ./trilemma.db)" },
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
static const struct cmd_optdoc copy_operands[] = {
	{ "run", CMD_ARG_TEXT, NULL, "a run id, or latest" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_push_options = { "h", copy_longopts, push_docs, copy_operands };
const struct cmd_options cmd_pull_options = { "h", copy_longopts, pull_docs, copy_operands };

int copy_command(const char *name, int argc, char **argv)
{
	const char *db = NULL, *to = NULL, *run = NULL;
	char prog[32], *id = NULL, *as = NULL, *from_shown = NULL, *to_shown = NULL;
	int opt, rc = TRI_USAGE, copied = 0;
	struct store src = { 0 }, dst = { 0 };
	struct tri_err err = { 0 };
	snprintf(prog, sizeof(prog), "trilemma %s", name);
	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", copy_longopts, NULL)) != -1) {
		switch (opt) {
		case 'd': db = optarg; break;
		case 't': to = optarg; break;
		case 'h': usage(stdout, name); return TRI_OK;
		default: usage(stderr, name); return TRI_USAGE;
		}
	}
	if (optind < argc)
		run = argv[optind++];
	if (optind < argc) {
		/* a URL given without --to may hold a password */
		char *arg = store_redacted(argv[optind]);
		fprintf(stderr, "%s: unexpected argument '%s' (see %s --help)\n", prog, arg, prog);
		free(arg);
		return TRI_USAGE;
	}
	if (!db)
		db = store_default_path();
	if (!to && !strcmp(name, "pull"))
		to = "trilemma.db";
	if (!to) {
		fprintf(stderr, "%s: --to URL is missing: the store to copy the run into "
			"(postgresql://...; see %s --help)\n", prog, prog);
		return TRI_USAGE;
	}
	if (!strcmp(db, to)) {
		fprintf(stderr, "%s: --db and --to name the same store\n", prog);
		return TRI_USAGE;
	}
	if (store_open(&src, db, STORE_READ, &err) < 0 ||
	    store_run_resolve(&src, run, 0, &id, &err) < 0 ||
	    store_open(&dst, to, STORE_WRITE, &err) < 0 ||
	    store_copy_run(&src, &dst, id, &as, &copied, &err) < 0) {
		rc = err.code ? err.code : TRI_RUNTIME;
		err_print(prog, &err);
		goto out;
	}
	from_shown = store_redacted(db);
	to_shown = store_redacted(to);
	if (!copied)
		printf("%s: %s is in %s already, as %s: nothing copied\n", name, id, to_shown, as);
	else if (strcmp(id, as))
		printf("%s: copied %s from %s into %s as %s (its id was taken there)\n", name, id,
		       from_shown, to_shown, as);
	else
		printf("%s: copied %s from %s into %s\n", name, id, from_shown, to_shown);
	rc = TRI_OK;
out:
	free(id);
	free(as);
	free(from_shown);
	free(to_shown);
	store_close(&dst);
	store_close(&src);
	return rc;
}

int cmd_push(int argc, char **argv)
{
	return copy_command("push", argc, argv);
}
