/* cmd_run.c -- trilemma run: evaluate models on suites (SPEC §2).
 *
 * Everything that can be wrong with the input -- flags, config, suites,
 * keys, requirements and their metric names -- is checked before the
 * store is opened, so bad input exits 2 and writes nothing. Then: plan (one
 * transaction), send (durable before counted), grade, finish, report,
 * select. The outcome is told as it is: a run in which no request got an
 * answer measured nothing, says why, and exits 3. Ctrl-C stops starting
 * new requests, gives those in flight a short grace, stores what completes,
 * and says how to --resume. */
#include <fcntl.h>
#include <limits.h>
#include <getopt.h>
#include <math.h>
#include <signal.h>
#include <unistd.h>
#include "util.h"
#include "buf.h"
#include "cmd.h"
#include "config.h"
#include "estimate.h"
#include "report.h"
#include "report_html.h"
#include "judge.h"
#include "run.h"
#include "run_adaptive.h"
#include "select.h"
#include "store.h"
#include "suite.h"

#define STOP_GRACE_S 2.0
#define BATCH_POLL_S 30.0
#define BATCH_POLL_MIN_S 0.05

/* Ctrl-C: the first sets the flag and wakes the event loop through a pipe
 * (write() is safe in a signal handler); the handler then steps aside, so
 * that a second Ctrl-C ends the process at once. */
static volatile sig_atomic_t stop_flag;
static int wake_pipe[2] = { -1, -1 };

static void on_sigint(int sig)
{
	int saved = errno;
	stop_flag = 1;
	if (wake_pipe[1] >= 0 && write(wake_pipe[1], "x", 1) < 0) {
		/* the pipe is full: the loop is awake already */
	}
	signal(sig, SIG_DFL);
	errno = saved;
}

static void catch_signals(void)
{
	if (pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) < 0)
		wake_pipe[0] = wake_pipe[1] = -1;   /* the loop then notices within its poll timeout */
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

static void release_signals(void)
{
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	for (int i = 0; i < 2; i++)
		if (wake_pipe[i] >= 0)
			close(wake_pipe[i]);
	wake_pipe[0] = wake_pipe[1] = -1;
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: trilemma run [-c trilemma.yaml] [--model SPEC]... [--suite NAME|DIR|FILE]...\n"
		"                    [--samples N] [--concurrency N] [--limit N] [--db FILE]\n"
		"                    [--no-cache] [--resume [RUN]] [--json F] [--md F] [--csv F]\n"
		"                    [--html F]\n"
		"                    [--require EXPR]... [--prefer smallest|cheapest|fastest|best]\n"
		"                    [--strict] [--max-errors SHARE] [--judge SPEC]\n"
		"                    [--judge-fallback] [--axis AXIS] [--batch] [--batch-poll S]\n"
		"                    [--dry-run] [--max-cost USD] [--adaptive] [--confidence C]\n"
		"                    [--round N] [--width N] [--seed N] [--full] [-q]\n\n"
		"Send every item of every suite to every model, store each request and\n"
		"response, grade them, print the scoreboard and the recommendation.\n\n"
		"  -c, --config F     YAML config (models, suites, settings; see README)\n"
		"  -m, --model SPEC   PROVIDER:MODEL[@BASE_URL][,OPT=V]... (repeatable), e.g.\n"
		"                     ollama:qwen3:0.6b; OPT: size=TOTAL[/ACTIVE], active=N,\n"
		"                     price=IN/OUT, batch_price=IN/OUT, context=N, id=NAME; size\n"
		"                     and price not given: from the catalogue (trilemma models)\n"
		"  -s, --suite S      built-in name, suite directory or .jsonl file (repeatable;\n"
		"                     replaces the config's suites)\n"
		"      --samples N    answers per item (default 1)\n"
		"      --concurrency N  requests in flight overall (default 32)\n"
		"      --limit N      at most N items per suite, spread evenly over the suite\n"
		"      --db FILE      the store (default $TRILEMMA_DB or ./trilemma.db)\n"
		"      --no-cache     send even when an identical request has a stored answer\n"
		"      --resume [RUN] continue the latest unfinished run (or RUN), as it was planned\n"
		"      --axis AXIS    the axis (capability, calibration, efficiency, security) of\n"
		"                     the .jsonl suites that do not say theirs in a header line\n"
		"      --judge SPEC   the judge model, for items graded by the judge (replaces the\n"
		"                     config's judge:)\n"
		"      --judge-fallback  send the uncertain verdicts of the other graders to the judge\n"
		"      --batch        send through the providers' batch APIs (openai, compat,\n"
		"                     anthropic): answered within 24 h at the batch price; Ctrl-C\n"
		"                     or a kill leaves the batches running, --resume collects them\n"
		"      --batch-poll S seconds between asking about the batches (default %.0f)\n"
		"      --json F, --md F, --csv F, --html F   also write the report there (--html:\n"
		"                     one self-contained page with charts and every item)\n"
		"      --require EXPR, --prefer P, --strict, --max-errors S   selection (flags\n"
		"                     replace the config's select: settings; see trilemma select)\n"
		"      --dry-run      check everything, render every request, print per model the\n"
		"                     requests, estimated tokens and cost (list and batch price);\n"
		"                     sends nothing, opens no store (--json F: as JSON, - stdout)\n"
		"      --max-cost USD a budget for the whole run (with --resume: what was spent\n"
		"                     counts): no request starts that could pass it; requests in\n"
		"                     flight finish, then the run stops and can be resumed\n"
		"                     (--resume RUN --max-cost MORE). Every model needs a price\n"
		"      --adaptive     send the items in rounds of a stratified random order and\n"
		"                     stop once the choice is decided at --confidence (the run\n"
		"                     is planned whole; not with --strict, --batch, --max-cost)\n"
		"      --confidence C of an adaptive decision, above 0.5 and below 1 (default\n"
		"                     0.95; select.confidence in the config)\n"
		"      --round N      adaptive: units (item x sample) per round (default 100)\n"
		"      --width N      adaptive, prefer smallest: ask only the N smallest models\n"
		"                     not yet decided (0, the default: every one); fewer calls,\n"
		"                     more rounds\n"
		"      --seed N       adaptive: the order's seed (default: drawn, and stored)\n"
		"      --full         with --resume: send every task an adaptive run left, to\n"
		"                     the full grid (stored answers are reused)\n"
		"      --lease S      several workers on one run (--resume RUN on each): the\n"
		"                     seconds a worker's claimed tasks stay its own unless it\n"
		"                     renews them; a worker that dies loses them after that\n"
		"                     (default %.0f)\n"
		"  -q, --quiet        no progress or scoreboard on stderr/stdout\n\n"
		"API keys come from the environment only (OPENAI_API_KEY, OPENROUTER_API_KEY, ...).\n"
		"Ctrl-C stops: requests in flight get %.0f s to finish, then the run can be resumed;\n"
		"a second Ctrl-C quits at once.\n"
		"Exit: 0 ok, 1 no model meets the requirements, 2 bad input, 3 run-time failure\n"
		"(nothing was measured: every request failed; the store; an interrupted run,\n"
		"or one stopped by --max-cost).\n",
		BATCH_POLL_S, RUN_LEASE_S, STOP_GRACE_S);
}

struct progress_ui {
	int tty;        /* a live bar on a terminal */
	int lines;      /* else a line every PROGRESS_EVERY_S (not with -q) */
	double last;
};

#define PROGRESS_EVERY_S 5.0

/* Seconds as h:mm:ss (or --:--:-- when unknown). */
static void hms(char *out, size_t n, double s)
{
	if (!(s >= 0) || s > 99 * 3600.0) {
		snprintf(out, n, "--:--:--");
		return;
	}
	long t = (long)(s + 0.5);
	snprintf(out, n, "%d:%02d:%02d", (int)(t / 3600), (int)(t / 60 % 60), (int)(t % 60));
}

static void show_progress(void *ctx, const struct run_progress *p)
{
	struct progress_ui *ui = ctx;
	double now = now_mono();
	int end = p->done >= p->total;
	if (ui->tty ? (now - ui->last < 0.1 && !end) : !ui->lines || (now - ui->last < PROGRESS_EVERY_S && !end))
		return;
	if (!ui->tty && !ui->last && !end) {
		ui->last = now;   /* the first line after PROGRESS_EVERY_S, not at once */
		return;
	}
	ui->last = now;
	double el = now - p->started;
	double rate = el > 0 ? (double)(p->done - p->cached) / el : 0;
	/* no estimate before anything was sent for real */
	double eta = rate > 0 && p->done > p->cached ? (double)(p->total - p->done) / rate : NAN;
	char e[48], t[48];
	hms(e, sizeof(e), eta);
	hms(t, sizeof(t), el);
	if (!ui->tty) {
		fprintf(stderr, "progress: %zu/%zu sent, %.1f/s, elapsed %s, ETA %s, $%.4f, %zu failed, "
			"%zu retried\n", p->done, p->total, rate, t, end ? "0:00:00" : e, p->spend_usd,
			p->failed, p->retries);
		return;
	}
	int width = 30, fill = p->total ? (int)((double)width * (double)p->done / (double)p->total) : width;
	char bar[64];
	for (int i = 0; i < width; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[width] = '\0';
	fprintf(stderr, "\r[%s] %zu/%zu  %.1f/s  ETA %s  $%.4f  %zu failed  ", bar, p->done, p->total,
		rate, end ? "0:00:00" : e, p->spend_usd, p->failed);
	if (end)
		fputc('\n', stderr);
}

static void show_stopping(void *ctx, size_t in_flight, double grace_s)
{
	fprintf(stderr, "\nstopping: %zu request%s in flight, given up to %.0f s to finish; "
		"Ctrl-C again to quit at once\n", in_flight, in_flight == 1 ? "" : "s", grace_s);
}

static void show_note(void *ctx, const char *line)
{
	struct buf b = BUF_INIT;   /* a provider's words: escaped */
	buf_add_escaped(&b, line, strlen(line), 0);
	fprintf(stderr, "batch: %s\n", b.s);
	buf_release(&b);
}

static void show_adaptive(void *ctx, const char *line)
{
	fprintf(stderr, "adaptive: %s\n", line);
}

static char *join_argv(int argc, char **argv)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, "trilemma");
	for (int i = 0; i < argc; i++) {   /* a password in a URL is kept nowhere */
		char *shown = store_redacted(argv[i]);
		buf_addf(&b, " %s", shown);
		free(shown);
	}
	return buf_detach(&b);
}

/* The command that continues run. */
static void resume_hint(struct buf *b, const char *run, const char *db)
{
	buf_addf(b, "trilemma run --resume %s", run);
	if (db) {
		char *shown = store_redacted(db);
		buf_addf(b, " --db %s", shown);
		free(shown);
	}
}

/* Load, limit and check the suites of a new run. */
static int load_suites(const struct config *c, struct suite **out, size_t *n, struct tri_err *err)
{
	struct suite *sv = xcalloc(c->n_suites ? c->n_suites : 1, sizeof(*sv));
	*out = sv;
	for (*n = 0; *n < c->n_suites; (*n)++) {
		if (suite_open(&sv[*n], c->suites[*n], err) < 0)
			return -1;
		for (size_t k = 0; k < *n; k++)
			if (!strcmp(sv[k].name, sv[*n].name)) {
				err_set(err, TRI_USAGE, "two suites are named '%s' (%s and %s)",
					sv[k].name, sv[k].path, sv[*n].path);
				(*n)++;
				return -1;
			}
		suite_limit(&sv[*n], c->limit);
	}
	return 0;
}

static void release_suites(struct suite *sv, size_t n)
{
	for (size_t i = 0; i < n; i++)
		suite_release(&sv[i]);
	free(sv);
}

/* Once the run is in the store, sending and grading read the items from
 * there: keep only the suites' headers, so that the items parsed for
 * planning are not held through the rest of the run. */
static int keep_headers(struct store *st, const char *run, struct suite **sv, size_t *n,
			struct tri_err *err)
{
	release_suites(*sv, *n);
	*sv = NULL;
	*n = 0;
	return run_load_suite_headers(st, run, sv, n, err);
}

/* --axis: the axis of the .jsonl suites that do not say theirs. */
static int set_axis(struct suite *sv, size_t n, const char *axis, struct tri_err *err)
{
	for (size_t i = 0; axis && i < n; i++) {
		size_t l = sv[i].path ? strlen(sv[i].path) : 0;
		if (l > 6 && !strcmp(sv[i].path + l - 6, ".jsonl") && suite_set_axis(&sv[i], axis, err) < 0)
			return -1;
	}
	return 0;
}

/* The selection's expressions, preference and metric names, checked
 * against what the run will report. */
/* Items graded by the judge need a judge model, and something to judge
 * by: said before anything is sent. */
struct judging {
	const struct config *c;
	const struct suite *s;
};

static int check_judged_item(void *ctx, const struct item *it, struct tri_err *err)
{
	struct judging *J = ctx;
	json_t *g = suite_item_grader(J->s, it);
	const char *type = json_string_value(json_object_get(g, "type"));
	int judged = type && !strcmp(type, "judge");
	json_decref(g);
	if (!judged)
		return 0;
	if (!J->c->judge)
		return err_set(err, TRI_USAGE, "suite %s: item %s is graded by the judge: add "
			       "--judge PROVIDER:MODEL or judge: in the config", J->s->name, it->id);
	if (!judge_template_for(J->s, it, "judge", err))
		return err_prefix(err, "suite %s", J->s->name);
	return 0;
}

static int check_judging(const struct config *c, const struct suite *sv, size_t n,
			 struct tri_err *err)
{
	for (size_t i = 0; i < n; i++) {
		struct judging J = { c, &sv[i] };
		if (sv[i].any_judged && suite_each_item(&sv[i], check_judged_item, &J, err) < 0)
			return -1;
	}
	return 0;
}

static int check_against(const struct config *c, const json_t *proto, struct tri_err *err)
{
	struct select_spec spec;
	if (select_spec_parse(&spec, c->require, c->n_require, c->prefer, c->strict,
			      c->max_errors, err) < 0)
		return -1;
	int r = select_spec_check(&spec, proto, err);
	select_spec_release(&spec);
	return r;
}

static int check_selection(const struct config *c, const struct suite *sv, size_t n,
			   struct tri_err *err)
{
	/* only requirements name metrics: without one the items need no reading */
	json_t *proto = c->n_require ? report_prototype(sv, n, err) : json_array();
	if (!proto)
		return -1;
	int r = check_against(c, proto, err);
	json_decref(proto);
	return r;
}

/* The same for a stored run (resume), its items read as they stream. */
static int check_stored_selection(const struct config *c, struct store *st, const char *run,
				  struct tri_err *err)
{
	json_t *proto = report_prototype_stored(st, run, err);
	if (!proto)
		return -1;
	int r = check_against(c, proto, err);
	json_decref(proto);
	return r;
}

/* Report, files, scoreboard, selection. Returns the exit code. */
static int finish_output(json_t *rep, const struct config *c, const char *const files[4],
			 struct store *st, const char *run, int quiet, struct tri_err *err)
{
	static const char *const fmts[] = { "json", "md", "csv", "html" };
	struct buf out = BUF_INIT;
	int rc = -1;
	if (report_select(rep, c, err) < 0)
		goto out;
	struct report_style plain = { 0, 0 };
	for (size_t i = 0; i < 4; i++) {
		if (!files[i])
			continue;
		buf_reset(&out);
		if (i == 3 ? report_html(rep, st, run, &out, err) < 0
			   : report_render(rep, fmts[i], &plain, &out, err) < 0)
			goto out;
		if (buf_write_file(&out, files[i]) < 0) {
			err_set(err, TRI_RUNTIME, "cannot write %s: %s", files[i], strerror(errno));
			goto out;
		}
	}
	const json_t *sel = json_object_get(rep, "selection");
	if (!quiet) {
		struct report_style style = report_style_for(1);
		buf_reset(&out);
		if (report_render(rep, "term", &style, &out, err) < 0)
			goto out;
		report_render_selection(sel, &style, &out);
		fwrite(out.s, 1, out.len, stdout);
	}
	rc = (c->n_require && json_is_null(json_object_get(sel, "chosen"))) ? TRI_GATE : TRI_OK;
out:
	buf_release(&out);
	return rc;
}

/* Nothing was measured: say what happened to the requests, and why. */
static void report_nothing(const json_t *rep, const char *run, const char *db)
{
	struct buf out = BUF_INIT;
	struct report_style style = report_style_for(2);
	report_render_requests(rep, "term", &style, &out);
	buf_addf(&out, "\ntrilemma run: nothing was measured: no request of run %s got a usable "
		 "answer\n(above, why). Fix the cause, then continue the same run with:\n  ", run);
	resume_hint(&out, run, db);
	buf_addc(&out, '\n');
	fwrite(out.s, 1, out.len, stderr);
	buf_release(&out);
}

/* USD as the budget messages say it: cents, or more digits below $1. */
static void usd(char *out, size_t n, double v)
{
	snprintf(out, n, v < 1 ? "$%.4f" : "$%.2f", v);
}

/* --max-cost needs a price for every model, and requests sent one by one. */
static int check_budget(const struct config *c, double max_cost, struct tri_err *err)
{
	if (isnan(max_cost))
		return 0;
	if (c->batch)
		return err_set(err, TRI_USAGE, "--max-cost cannot hold a batch run: its requests are "
			       "submitted at once (see the estimate with --dry-run --batch)");
	return run_check_prices(c, "--max-cost", err);
}

/* What an adaptive run cannot honour: strict selection judges the full
 * grid's Wilson bounds, which the rounds do not bound; a batch answers
 * within a day, so rounds would take days; a budget needs to know what is
 * left to send, which an adaptive run learns only as it goes. --full sends
 * the full grid as a plain run does: any of them then applies. */
static int check_adaptive(const struct config *c, const struct config_flags *fl, int full,
			  double max_cost, struct tri_err *err)
{
	const char *opt = fl->round >= 0 ? "--round" : fl->width >= 0 ? "--width"
			: fl->seed >= 0 ? "--seed" : !isnan(fl->confidence) ? "--confidence" : NULL;
	if (!c->adaptive && opt)
		return err_set(err, TRI_USAGE, "%s is for adaptive runs: add --adaptive (or "
			       "adaptive: true in the config)", opt);
	if (!c->adaptive || full)
		return 0;
	if (c->strict)
		return err_set(err, TRI_USAGE, "--adaptive cannot honour --strict: strict selection "
			       "judges the full grid's Wilson bounds, which the rounds do not bound; "
			       "drop one of the two (or resume with --full)");
	if (c->batch)
		return err_set(err, TRI_USAGE, "--adaptive cannot use --batch: each round waits for "
			       "its answers, up to 24 hours a round through the batch APIs");
	if (c->width && c->prefer && strcmp(c->prefer, "smallest"))
		return err_set(err, TRI_USAGE, "--width asks the smallest models first, for prefer "
			       "smallest; with prefer %s every undecided model is asked (drop --width)",
			       c->prefer);
	if (!isnan(max_cost))
		return err_set(err, TRI_USAGE, "--adaptive cannot hold --max-cost: how many requests "
			       "an adaptive run sends is known only as it goes; run it without, then "
			       "continue with --resume RUN --full --max-cost USD");
	return 0;
}

/* --dry-run: every request rendered and estimated, nothing sent or stored. */
static int dry_run(const struct config *c, const struct suite *sv, size_t n, const char *json_file,
		   double max_cost, struct tri_err *err)
{
	json_t *est = estimate_run(c, sv, n, err);
	struct buf out = BUF_INIT;
	int rc = -1;
	if (!est)
		return -1;
	json_t *total = json_object_get(est, "total");
	json_t *cost = json_object_get(total, "cost_usd");
	json_object_set_new(est, "dry_run", json_true());
	json_object_set_new(est, "max_cost_usd", isnan(max_cost) ? json_null() : json_real(max_cost));
	json_object_set_new(est, "judge", c->judge ? json_string(c->judge->spec) : json_null());
	if (json_file) {
		buf_add_json(&out, est, JSON_INDENT(2) | JSON_SORT_KEYS);
		buf_addc(&out, '\n');
		if (buf_write_file(&out, json_file) < 0) {
			err_set(err, TRI_RUNTIME, "cannot write %s: %s", json_file, strerror(errno));
			goto out;
		}
		rc = TRI_OK;
		goto out;
	}
	json_int_t reqs = json_integer_value(json_object_get(total, "requests"));
	buf_addf(&out, "dry run: %lld request%s to %zu model%s, estimated; nothing was sent or "
		 "stored\n\n", (long long)reqs, reqs == 1 ? "" : "s", c->n_models,
		 c->n_models == 1 ? "" : "s");
	estimate_render(est, &out);
	buf_adds(&out,
		 "\ninput: ceil(bytes / 4) of the text each request gives the model (README,\n"
		 "\"Cost\"); output: each suite's typical answer (output_tokens); out max and\n"
		 "cost max: at the requests' max_tokens (\"-\": not set); batch: at the batch\n"
		 "price (batch_price, else half the list price). Answers in the store's cache\n"
		 "would not be sent, and are counted here.\n");
	if (c->judge)
		buf_addf(&out, "The judge's requests (%s) are not counted: they are made from the "
			 "answers.\n", c->judge->id);
	if (!isnan(max_cost)) {
		char b[32], e[32];
		usd(b, sizeof(b), max_cost);
		usd(e, sizeof(e), json_number_value(cost));
		if (json_number_value(cost) <= max_cost)
			buf_addf(&out, "--max-cost %s: the estimate, %s, is within it.\n", b, e);
		else
			buf_addf(&out, "--max-cost %s: the estimate, %s, is above it; the run would\n"
				 "stop before its end (and could be resumed).\n", b, e);
	}
	fwrite(out.s, 1, out.len, stdout);
	rc = TRI_OK;
out:
	json_decref(est);
	buf_release(&out);
	return rc;
}

/* The budget ended the sending: what was spent, what is left, how to go on. */
static void report_budget(const struct run_budget *b, const char *run, const char *db,
			  int judge)
{
	char spent[32], max[32], left[32];
	struct buf hint = BUF_INIT;
	usd(spent, sizeof(spent), b->spent_usd);
	usd(max, sizeof(max), b->max_usd);
	usd(left, sizeof(left), b->left_usd);
	resume_hint(&hint, run, db);
	/* a budget that would hold every request left, in whole cents */
	buf_addf(&hint, " --max-cost %.2f", ceil((b->spent_usd + b->left_usd) * 100) / 100);
	fprintf(stderr, "\nbudget reached: %s spent of --max-cost %s, and none of the %zu\n"
		"requests left fits in what remains. Every response received is stored;\n"
		"the requests left are estimated at %s%s. Continue with\n  %s\n", spent, max,
		b->n_left, left, judge ? " (the judge's not counted)" : "", hint.s);
	buf_release(&hint);
}

static void add_arg(char ***v, size_t *n, size_t *alloc, char *s)
{
	XGROW(*v, *alloc, *n + 1);
	(*v)[(*n)++] = s;
}

enum { O_SAMPLES = 256, O_CONC, O_LIMIT, O_DB, O_NOCACHE, O_RESUME, O_JSON, O_MD, O_CSV, O_HTML,
       O_JUDGE, O_JUDGE_FALLBACK, O_AXIS, O_BATCH, O_BATCH_POLL, O_DRY_RUN, O_MAX_COST,
       O_ADAPTIVE, O_CONFIDENCE, O_ROUND, O_WIDTH, O_SEED, O_FULL, O_LEASE };
static const struct option run_longopts[] = {
	{ "config", required_argument, NULL, 'c' }, { "model", required_argument, NULL, 'm' },
	{ "suite", required_argument, NULL, 's' }, { "samples", required_argument, NULL, O_SAMPLES },
	{ "concurrency", required_argument, NULL, O_CONC }, { "limit", required_argument, NULL, O_LIMIT },
	{ "db", required_argument, NULL, O_DB }, { "no-cache", no_argument, NULL, O_NOCACHE },
	{ "resume", optional_argument, NULL, O_RESUME }, { "json", required_argument, NULL, O_JSON },
	{ "md", required_argument, NULL, O_MD }, { "csv", required_argument, NULL, O_CSV },
	{ "html", required_argument, NULL, O_HTML },
	{ "judge", required_argument, NULL, O_JUDGE },
	{ "axis", required_argument, NULL, O_AXIS },
	{ "judge-fallback", no_argument, NULL, O_JUDGE_FALLBACK },
	{ "batch", no_argument, NULL, O_BATCH },
	{ "batch-poll", required_argument, NULL, O_BATCH_POLL },
	{ "dry-run", no_argument, NULL, O_DRY_RUN },
	{ "max-cost", required_argument, NULL, O_MAX_COST },
	{ "adaptive", no_argument, NULL, O_ADAPTIVE },
	{ "confidence", required_argument, NULL, O_CONFIDENCE },
	{ "round", required_argument, NULL, O_ROUND },
	{ "width", required_argument, NULL, O_WIDTH },
	{ "seed", required_argument, NULL, O_SEED },
	{ "full", no_argument, NULL, O_FULL },
	{ "lease", required_argument, NULL, O_LEASE },
	CONFIG_SELECT_OPTIONS, { "quiet", no_argument, NULL, 'q' }, { "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};
static const struct cmd_optdoc run_docs[] = {
	{ "config", CMD_ARG_FILE, NULL, "the YAML config (default ./trilemma.yaml)" },
	{ "model", CMD_ARG_MODEL, CMD_PROVIDERS, "a model spec PROVIDER:MODEL (repeatable)" },
	{ "suite", CMD_ARG_SUITE, NULL, "a built-in suite, suite directory or .jsonl file" },
	{ "samples", CMD_ARG_NUMBER, NULL, "answers per item (default 1)" },
	{ "concurrency", CMD_ARG_NUMBER, NULL, "requests in flight overall (default 32)" },
	{ "limit", CMD_ARG_NUMBER, NULL, "at most N items per suite" },
	{ "db", CMD_ARG_FILE, NULL, "the store (default ./trilemma.db)" },
	{ "no-cache", CMD_ARG_NONE, NULL, "send even when a stored answer matches" },
	{ "resume", CMD_ARG_TEXT, NULL, "continue the latest unfinished run, or RUN" },
	{ "json", CMD_ARG_FILE, NULL, "also write the JSON report there" },
	{ "md", CMD_ARG_FILE, NULL, "also write the Markdown report there" },
	{ "csv", CMD_ARG_FILE, NULL, "also write the CSV report there" },
	{ "html", CMD_ARG_FILE, NULL, "also write the HTML report there" },
	{ "judge", CMD_ARG_MODEL, CMD_PROVIDERS, "the judge model's spec" },
	{ "axis", CMD_ARG_WORD, "capability calibration efficiency security",
	  "the axis of .jsonl suites that do not say theirs" },
	{ "judge-fallback", CMD_ARG_NONE, NULL, "send uncertain verdicts to the judge" },
	{ "batch", CMD_ARG_NONE, NULL, "send through the providers' batch APIs" },
	{ "batch-poll", CMD_ARG_NUMBER, NULL, "seconds between asking about the batches" },
	{ "dry-run", CMD_ARG_NONE, NULL, "estimate requests, tokens and cost; send nothing" },
	{ "max-cost", CMD_ARG_NUMBER, NULL, "a budget in USD for the whole run" },
	{ "adaptive", CMD_ARG_NONE, NULL, "send in rounds until the choice is decided" },
	{ "confidence", CMD_ARG_NUMBER, NULL, "of an adaptive decision (default 0.95)" },
	{ "round", CMD_ARG_NUMBER, NULL, "adaptive: units per round (default 100)" },
	{ "width", CMD_ARG_NUMBER, NULL, "adaptive: ask the N smallest undecided models" },
	{ "seed", CMD_ARG_NUMBER, NULL, "adaptive: the order's seed" },
	{ "full", CMD_ARG_NONE, NULL, "with --resume: continue an adaptive run to the full grid" },
	{ "lease", CMD_ARG_NUMBER, NULL, "seconds a dead worker's tasks wait for another (default 60)" },
	CONFIG_SELECT_OPTDOCS,
	{ "quiet", CMD_ARG_NONE, NULL, "no progress or scoreboard" },
	{ "help", CMD_ARG_NONE, NULL, "show the help" },
	{ NULL, 0, NULL, NULL },
};
const struct cmd_options cmd_run_options = { "c:m:s:qh", run_longopts, run_docs, NULL };

int cmd_run(int argc, char **argv)
{
	struct config c;
	struct config_flags fl = CONFIG_FLAGS_INIT;
	size_t a_models = 0, a_suites = 0;
	struct tri_err err = { 0 };
	const char *cfg_path = NULL, *files[4] = { NULL, NULL, NULL, NULL }, *resume = NULL;
	const char *axis = NULL;
	int no_cache = 0, do_resume = 0, quiet = 0, dry = 0, full = 0, held = 0, rc = TRI_USAGE, opt;
	uint32_t *rank = NULL;
	size_t n_units = 0;
	double poll_s = BATCH_POLL_S, max_cost = NAN, lease_s = RUN_LEASE_S;
	struct run_budget budget = { .max_usd = NAN };
	char *run = NULL, *argline = join_argv(argc - 1, argv + 1);
	struct suite *sv = NULL;
	size_t n_sv = 0;
	struct store st = { 0 };
	json_t *rep = NULL;

	config_init(&c);
	optind = 1;
	while ((opt = getopt_long(argc, argv, cmd_run_options.shortopts, run_longopts, NULL)) != -1) {
		int sf = config_select_flag(&fl, opt, optarg, &err);
		if (sf < 0)
			goto fail;
		if (sf)
			continue;
		switch (opt) {
		case 'c': cfg_path = optarg; break;
		case 'm': add_arg(&fl.models, &fl.n_models, &a_models, optarg); break;
		case 's': add_arg(&fl.suites, &fl.n_suites, &a_suites, optarg); break;
		case O_SAMPLES:
			if (config_flag_long("samples", optarg, 1, CONFIG_MAX_SAMPLES, &fl.samples, &err) < 0)
				goto fail;
			break;
		case O_CONC:
			if (config_flag_long("concurrency", optarg, 1, CONFIG_MAX_CONCURRENCY,
					     &fl.concurrency, &err) < 0)
				goto fail;
			break;
		case O_LIMIT:
			if (config_flag_long("limit", optarg, 0, CONFIG_MAX_LIMIT, &fl.limit, &err) < 0)
				goto fail;
			break;
		case O_DB: fl.db = optarg; break;
		case O_NOCACHE: no_cache = 1; break;
		case O_RESUME:
			do_resume = 1;
			if (!optarg && optind < argc && argv[optind][0] != '-')
				optarg = argv[optind++];
			resume = optarg;
			break;
		case O_JSON: files[0] = optarg; break;
		case O_MD: files[1] = optarg; break;
		case O_CSV: files[2] = optarg; break;
		case O_HTML: files[3] = optarg; break;
		case O_JUDGE: fl.judge = optarg; break;
		case O_AXIS: axis = optarg; break;
		case O_JUDGE_FALLBACK: fl.judge_fallback = 1; break;
		case O_BATCH: fl.batch = 1; break;
		case O_BATCH_POLL:
			if (config_flag_double("batch-poll", optarg, BATCH_POLL_MIN_S, 86400, &poll_s,
					       &err) < 0)
				goto fail;
			break;
		case O_DRY_RUN: dry = 1; break;
		case O_MAX_COST:
			if (config_flag_double("max-cost", optarg, 0, 1e9, &max_cost, &err) < 0)
				goto fail;
			break;
		case O_ADAPTIVE: fl.adaptive = 1; break;
		case O_CONFIDENCE:
			if (parse_double(optarg, &fl.confidence) < 0 ||
			    !(fl.confidence > 0.5 && fl.confidence < 1)) {
				err_set(&err, TRI_USAGE, "--confidence takes a number above 0.5 and "
					"below 1 (e.g. 0.95), not '%s'", optarg);
				goto fail;
			}
			break;
		case O_ROUND:
			if (config_flag_long("round", optarg, 1, CONFIG_MAX_ROUND, &fl.round, &err) < 0)
				goto fail;
			break;
		case O_WIDTH:
			if (config_flag_long("width", optarg, 0, CONFIG_MAX_WIDTH, &fl.width, &err) < 0)
				goto fail;
			break;
		case O_SEED: {
			long v;
			if (config_flag_long("seed", optarg, 0, LONG_MAX, &v, &err) < 0)
				goto fail;
			fl.seed = v;
			break;
		}
		case O_FULL: full = 1; break;
		case O_LEASE:
			if (config_flag_double("lease", optarg, RUN_LEASE_MIN_S, 86400, &lease_s,
					       &err) < 0)
				goto fail;
			break;
		case 'q': quiet = 1; break;
		case 'h': usage(stdout); rc = TRI_OK; goto out;
		default: usage(stderr); goto out;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "trilemma run: unexpected argument '%s' (see trilemma run --help)\n", argv[optind]);
		goto out;
	}
	if (do_resume && cfg_path) {
		err_set(&err, TRI_USAGE, "-c cannot change a run that is already planned: --resume "
			"continues it with the config it was planned with");
		goto fail;
	}
	if (do_resume && config_flags_check(&fl, CONFIG_RESUME, &err) < 0)
		goto fail;
	if (do_resume && axis) {
		err_set(&err, TRI_USAGE, "--axis cannot change a run that is already planned");
		goto fail;
	}
	if (dry && do_resume) {
		err_set(&err, TRI_USAGE, "--dry-run estimates a new run without a store; a stored "
			"run's requests left are estimated when --max-cost stops it");
		goto fail;
	}
	if (full && !do_resume) {
		err_set(&err, TRI_USAGE, "--full continues a stored adaptive run to the full grid: "
			"use it with --resume RUN (a new run without --adaptive is the full grid)");
		goto fail;
	}
	if (dry && (files[1] || files[2] || files[3])) {
		err_set(&err, TRI_USAGE, "--dry-run writes no report: only --json F (the estimate)");
		goto fail;
	}
	if (!do_resume) {
		if (!cfg_path && !fl.n_models && access("trilemma.yaml", R_OK) == 0)
			cfg_path = "trilemma.yaml";
		if ((cfg_path && config_load(&c, cfg_path, &err) < 0) ||
		    config_apply_flags(&c, &fl, CONFIG_PLAN, &err) < 0 || config_check(&c, &err) < 0 ||
		    load_suites(&c, &sv, &n_sv, &err) < 0 || set_axis(sv, n_sv, axis, &err) < 0 ||
		    check_selection(&c, sv, n_sv, &err) < 0 ||
		    check_judging(&c, sv, n_sv, &err) < 0 ||
		    check_adaptive(&c, &fl, 0, max_cost, &err) < 0 || check_budget(&c, max_cost, &err) < 0)
			goto fail;
		if (dry) {
			rc = dry_run(&c, sv, n_sv, files[0], max_cost, &err);
			if (rc < 0)
				goto fail;
			goto out;
		}
	}

	rc = TRI_RUNTIME;
	const char *db = fl.db ? fl.db : c.db;
	if (store_open(&st, db ? db : store_default_path(), STORE_WRITE, &err) < 0)
		goto fail;
	if (do_resume) {
		if (store_run_resolve(&st, resume, resume == NULL, &run, &err) < 0 ||
		    run_load_config(&st, run, &c, &err) < 0 ||
		    config_apply_flags(&c, &fl, CONFIG_RESUME, &err) < 0 || config_check(&c, &err) < 0 ||
		    check_stored_selection(&c, &st, run, &err) < 0 ||
		    check_adaptive(&c, &fl, full, max_cost, &err) < 0 || check_budget(&c, max_cost, &err) < 0)
			goto fail;
		if (!quiet)
			fprintf(stderr, "resuming %s%s\n", run, !c.adaptive ? ""
				: full ? " to the full grid" : " adaptively");
	} else {
		if (c.adaptive) {
			if (c.seed < 0)
				c.seed = run_adaptive_seed();
			if (run_adaptive_ranks(&c, sv, n_sv, &rank, &n_units, &err) < 0)
				goto fail;
		}
		if (run_plan(&st, &c, sv, n_sv, rank, argline, &run, &err) < 0)
			goto fail;
		free(rank);
		rank = NULL;
	}
	if (keep_headers(&st, run, &sv, &n_sv, &err) < 0)
		goto fail;
	/* a run that one worker sends at a time: this one, until it is done
	 * (the batch's lease outlasts the polls between its renewals) */
	double hold_s = c.batch ? fmax(lease_s, 4 * poll_s) : c.adaptive && !full ? lease_s : 0;
	if (hold_s > 0 && run_hold(&st, run, hold_s, &err) < 0)
		goto fail;
	held = hold_s > 0;

	struct progress_ui ui = { .tty = !quiet && isatty(2), .lines = !quiet && !isatty(2) };
	catch_signals();
	size_t graded = 0, judging = 0, judged = 0, more = 0;
	/* a run planned here, sent by the engine, has its answers graded as
	 * they are stored, unless the cache answered some */
	int all_graded = !do_resume && !c.batch;
	struct run_opts ro = { .no_cache = no_cache, .stop = &stop_flag, .wake_fd = wake_pipe[0],
			       .grace_s = STOP_GRACE_S, .progress = show_progress,
			       .stopping = quiet ? NULL : show_stopping, .ctx = &ui,
			       .poll_s = poll_s, .note = quiet ? NULL : show_note, .lease_s = lease_s,
			       .hold_s = hold_s,
			       .suites = sv, .n_suites = n_sv, .graded = &graded,
			       .all_graded = &all_graded };
	budget.max_usd = max_cost;
	if (!isnan(max_cost))
		ro.budget = &budget;
	int stopped = 0;
	int sr = c.batch ? run_batch(&st, run, &c, &ro, &stopped, &err)
		 : c.adaptive && !full ? run_adaptive(&st, run, &c, &ro, quiet ? NULL : show_adaptive,
						      NULL, &graded, &stopped, &err)
		 : run_send(&st, run, &c, &ro, &stopped, &err);
	/* then the judge: its tasks are planned from the grades and sent by
	 * the same engine */
	int64_t ungraded = 0, judge_left = 0;
	if (sr == 0 && !stopped) {
		/* other workers' answers (several workers on one run) are graded
		 * where they were stored, but the cache's are graded here */
		if (all_graded && store_count_ungraded(&st, run, &ungraded, &err) < 0)
			sr = -1;
		else if ((all_graded && !ungraded) || run_grade(&st, run, 0, &more, &err) == 0)
			sr = run_judge_plan(&st, run, &c, &judging, &err);
		else
			sr = -1;
		if (sr == 0 && judging && !quiet)
			fprintf(stderr, "\njudging %zu responses with %s\n", judging, c.judge->spec);
		graded += more;
		/* the judge's tasks another worker planned are this one's to send too */
		if (sr == 0 && !judging && c.judge && store_count_pending(&st, run, 1, &judge_left,
									  &err) < 0)
			sr = -1;
		if (sr == 0 && (judging || judge_left)) {
			ro.judge_only = 1;
			sr = run_send(&st, run, &c, &ro, &stopped, &err);
		}
	}
	release_signals();
	if (sr < 0)
		goto fail;
	if (stopped && budget.reached) {
		report_budget(&budget, run, db, c.judge != NULL);
		rc = TRI_RUNTIME;
		goto out;
	}
	if (stopped) {
		struct buf b = BUF_INIT;
		resume_hint(&b, run, db);
		if (!isnan(max_cost))
			buf_addf(&b, " --max-cost %g", max_cost);
		fprintf(stderr, "\ninterrupted: every response received is stored; continue with\n  %s\n", b.s);
		buf_release(&b);
		rc = TRI_RUNTIME;
		goto out;
	}
	/* every model answer is graded by now (the judge's sending stores
	 * none): what the judge decided is applied */
	struct store_task_counts tc;
	if (run_judge_apply(&st, run, 0, &judged, &err) < 0 ||
	    store_model_counts(&st, run, NULL, &tc, &err) < 0)
		goto fail;
	int measured = tc.done + tc.cached > 0;
	if (store_run_finish(&st, run, measured ? "finished" : "failed", &err) < 0 ||
	    !(rep = report_build(&st, run, &err)))
		goto fail;
	if (!measured) {
		report_nothing(rep, run, db);
		rc = TRI_RUNTIME;
		goto out;
	}
	if (!quiet)
		fprintf(stderr, "run %s: %zu responses graded%s (store: %s)\n", run, graded,
			judged ? ", the judge's verdicts applied" : "", st.path);
	rc = finish_output(rep, &c, files, &st, run, quiet, &err);
	if (rc >= 0)
		goto out;
fail:
	rc = err.code ? err.code : TRI_RUNTIME;
	err_print("trilemma run", &err);
out:
	if (held)
		store_run_unhold(&st, run, NULL, &(struct tri_err){ 0 });
	json_decref(rep);
	release_suites(sv, n_sv);
	store_close(&st);
	config_release(&c);
	free(fl.models);
	free(fl.suites);
	config_flags_release(&fl);
	free(run);
	free(rank);
	free(argline);
	return rc;
}
