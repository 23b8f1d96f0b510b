/* cmd_runs.c -- trilemma runs: the runs in the store. */
#include <getopt.h>
#include <math.h>
#include <time.h>
#include "util.h"
#include "buf.h"
#include "report.h"
#include "cmd.h"
#include "store.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: trilemma runs [--db FILE]\n\n"
		"List the runs in the store, newest first: status, models, suites, tasks\n"
		"answered, failed and pending; under a batch run, each of its batches\n"
		"with the provider's last word on it. An unfinished run continues with\n"
		"trilemma run --resume RUN. The store is only read.\n");
}

struct runs_out {
	struct store *st;
	struct buf *out;
};

static void put_line(struct buf *out, const struct buf *line)
{
	struct buf e = BUF_INIT;
	buf_add_escaped(&e, line->s, line->len, 0);
	buf_fit(&e, (size_t)report_columns(1));
	buf_add(out, e.s, e.len);
	buf_addc(out, '\n');
	buf_release(&e);
}

/* t as "YYYY-MM-DD HH:MM" UTC, or its "HH:MM" with clock_only; "-" when unknown. */
static void utc(char *out, size_t n, double t, int clock_only)
{
	struct tm tm;
	time_t s = (time_t)t;
	if (isnan(t) || !gmtime_r(&s, &tm) ||
	    !strftime(out, n, clock_only ? "%H:%M" : "%Y-%m-%d %H:%M", &tm))
		snprintf(out, n, "-");
}

/* The provider's request counts ({"succeeded": 3, "expired": 37, ...}) as
 * "succeeded 3, expired 37", the zeros left out. */
static void add_counts(struct buf *b, const char *json)
{
	json_t *o = json ? json_loads(json, 0, NULL) : NULL;
	const char *k;
	json_t *v;
	int first = 1;
	json_object_foreach(o, k, v) {
		if (!json_is_integer(v) || !json_integer_value(v) || !strcmp(k, "total"))
			continue;
		buf_addf(b, "%s%s %lld", first ? " (" : ", ", k, (long long)json_integer_value(v));
		first = 0;
	}
	if (!first)
		buf_addc(b, ')');
	json_decref(o);
}

static int print_batch(void *ctx, const struct store_batch *b, struct tri_err *err)
{
	struct buf *out = ctx, line = BUF_INIT;
	char sub[32], chk[32];
	utc(sub, sizeof(sub), b->submitted, 0);
	utc(chk, sizeof(chk), b->checked, 1);
	buf_addf(&line, "  batch %s: %s", b->id ? b->id : "-", b->state ? b->state : "-");
	add_counts(&line, b->counts);
	buf_addf(&line, "%s; %lld request%s of %s (%s), submitted %s, checked %s",
		 b->done ? ", results stored" : "", (long long)b->n_tasks, b->n_tasks == 1 ? "" : "s",
		 b->model ? b->model : "-", b->api ? b->api : "-", sub, chk);
	put_line(out, &line);
	buf_release(&line);
	return 0;
}

static int print_run(void *ctx, const struct store_run_summary *r, struct tri_err *err)
{
	const struct runs_out *o = ctx;
	char when[32];
	utc(when, sizeof(when), r->started, 0);
	struct buf line = BUF_INIT;
	buf_addf(&line, "%-16s %-9s %-17s %7lld %8lld %6lld %7lld  %s / %s",
		 r->id ? r->id : "-", r->status ? r->status : "-", when, (long long)r->tasks,
		 (long long)r->answered, (long long)r->failed, (long long)r->pending,
		 r->models ? r->models : "-", r->suites ? r->suites : "-");
	put_line(o->out, &line);
	buf_release(&line);
	return r->id ? store_each_batch(o->st, r->id, 0, print_batch, o->out, err) : 0;
}

static const struct option runs_longopts[] = {
	{ "db", required_argument, NULL, 'd' }, { "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};
static const struct cmd_optdoc runs_docs[] = {
	{ "db", CMD_ARG_FILE, NULL, "the store (default ./trilemma.db)" },
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_runs_options = { "h", runs_longopts, runs_docs, NULL };

int cmd_runs(int argc, char **argv)
{
	const char *db = NULL;
	int opt, rc;
	struct store st = { 0 };
	struct tri_err err = { 0 };
	struct buf out = BUF_INIT;
	optind = 1;
	while ((opt = getopt_long(argc, argv, cmd_runs_options.shortopts, runs_longopts, NULL)) != -1) {
		switch (opt) {
		case 'd': db = optarg; break;
		case 'h': usage(stdout); return TRI_OK;
		default: usage(stderr); return TRI_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "trilemma runs: unexpected argument '%s' (see trilemma runs --help)\n",
			argv[optind]);
		return TRI_USAGE;
	}
	buf_addf(&out, "%-16s %-9s %-17s %7s %8s %6s %7s  %s", "run", "status", "started (UTC)",
		 "tasks", "answered", "failed", "pending", "models / suites");
	buf_fit(&out, (size_t)report_columns(1));
	buf_addc(&out, '\n');
	if (store_open(&st, db ? db : store_default_path(), STORE_READ, &err) < 0 ||
	    store_each_run(&st, print_run, &(struct runs_out){ &st, &out }, &err) < 0) {
		rc = err.code ? err.code : TRI_RUNTIME;
		err_print("trilemma runs", &err);
		goto out;
	}
	fwrite(out.s, 1, out.len, stdout);
	rc = TRI_OK;
out:
	buf_release(&out);
	store_close(&st);
	return rc;
}
