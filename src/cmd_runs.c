/* cmd_runs.c -- trilemma runs: the runs in the store. */
#include <getopt.h>
#include <time.h>
#include <unistd.h>
#include "util.h"
#include "buf.h"
#include "cmd.h"
#include "store.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: trilemma runs [--db FILE]\n\n"
		"List the runs in the store, newest first: status, models, suites, tasks\n"
		"answered, failed and pending. An unfinished run continues with\n"
		"trilemma run --resume RUN.\n");
}

int cmd_runs(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' }, { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db = NULL;
	int opt, rc = TRI_USAGE;
	struct store st = { 0 };
	struct tri_err err = { 0 };
	sqlite3_stmt *q = NULL;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (opt) {
		case 'd': db = optarg; break;
		case 'h': usage(stdout); return TRI_OK;
		default: usage(stderr); return TRI_USAGE;
		}
	}
	const char *path = db ? db : store_default_path();
	if (access(path, R_OK) != 0) {
		fprintf(stderr, "trilemma runs: %s: no store here (pass --db FILE)\n", path);
		return TRI_USAGE;
	}
	if (store_open(&st, path, &err) < 0 ||
	    store_prepare(&st,
		"SELECT r.id, r.status, r.started, "
		"(SELECT group_concat(id, ',') FROM models WHERE run = r.id), "
		"(SELECT group_concat(name, ',') FROM suites WHERE run = r.id), "
		"(SELECT count(*) FROM tasks WHERE run = r.id), "
		"(SELECT count(*) FROM tasks WHERE run = r.id AND state IN ('done','cached')), "
		"(SELECT count(*) FROM tasks WHERE run = r.id AND state = 'failed'), "
		"(SELECT count(*) FROM tasks WHERE run = r.id AND state = 'planned') "
		"FROM runs r ORDER BY r.started DESC, r.rowid DESC", &q, &err) < 0) {
		rc = err.code ? err.code : TRI_RUNTIME;
		fprintf(stderr, "trilemma runs: %s\n", err.msg);
		goto out;
	}
	printf("%-16s %-9s %-17s %7s %7s %6s %7s  %s\n", "run", "status", "started (UTC)",
	       "tasks", "answered", "failed", "pending", "models / suites");
	while (sqlite3_step(q) == SQLITE_ROW) {
		char when[32];
		time_t t = (time_t)sqlite3_column_double(q, 2);
		struct tm tm;
		gmtime_r(&t, &tm);
		strftime(when, sizeof(when), "%Y-%m-%d %H:%M", &tm);
		struct buf line = BUF_INIT;
		const char *models = (const char *)sqlite3_column_text(q, 3);
		const char *suites = (const char *)sqlite3_column_text(q, 4);
		buf_addf(&line, "%s / %s", models ? models : "-", suites ? suites : "-");
		struct buf esc = BUF_INIT;
		buf_add_escaped(&esc, line.s, line.len, 0);
		printf("%-16s %-9s %-17s %7lld %7lld %6lld %7lld  %s\n",
		       (const char *)sqlite3_column_text(q, 0), (const char *)sqlite3_column_text(q, 1),
		       when, (long long)sqlite3_column_int64(q, 5), (long long)sqlite3_column_int64(q, 6),
		       (long long)sqlite3_column_int64(q, 7), (long long)sqlite3_column_int64(q, 8), esc.s);
		buf_release(&line);
		buf_release(&esc);
	}
	rc = TRI_OK;
out:
	sqlite3_finalize(q);
	store_close(&st);
	return rc;
}
