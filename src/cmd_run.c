/* cmd_run.c -- trilemma run: evaluate models on suites (SPEC §2).
 *
 * Everything that can be wrong with the input -- flags, config, suites,
 * keys -- is checked before the store is opened, so bad input exits 2 and
 * writes nothing. Then: plan (one transaction), send (durable before
 * counted), grade, finish, report, select. Ctrl-C stops starting new
 * requests, stores what completes, and says how to --resume. */
#include <fcntl.h>
#include <getopt.h>
#include <math.h>
#include <signal.h>
#include <unistd.h>
#include "util.h"
#include "buf.h"
#include "cmd.h"
#include "config.h"
#include "report.h"
#include "run.h"
#include "select.h"
#include "store.h"
#include "suite.h"

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

static void show_stopping(void *ctx, size_t in_flight, double grace_s)
{
	fprintf(stderr, "\nstopping: %zu request%s in flight, given up to %.0f s to finish; "
		"Ctrl-C again to quit at once\n", in_flight, in_flight == 1 ? "" : "s", grace_s);
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: trilemma run [-c trilemma.yaml] [--model SPEC]... [--suite NAME|DIR|FILE]...\n"
		"                    [--samples N] [--concurrency N] [--limit N] [--db FILE]\n"
		"                    [--no-cache] [--resume [RUN]] [--json F] [--md F] [--csv F]\n"
		"                    [--require EXPR]... [--prefer smallest|cheapest|fastest|best]\n\n"
		"Send every item of every suite to every model, store each request and\n"
		"response, grade them, print the scoreboard and the recommendation.\n\n"
		"  -c, --config F     YAML config (models, suites, settings; see README)\n"
		"  -m, --model SPEC   PROVIDER:MODEL[@BASE_URL], e.g. ollama:qwen3:0.6b (repeatable)\n"
		"  -s, --suite S      built-in name, suite directory or .jsonl file (repeatable)\n"
		"      --samples N    answers per item (default 1)\n"
		"      --concurrency N  requests in flight overall (default 32)\n"
		"      --limit N      at most N items per suite, spread evenly over the suite\n"
		"      --db FILE      the store (default $TRILEMMA_DB or ./trilemma.db)\n"
		"      --no-cache     send even when an identical request has a stored answer\n"
		"      --resume [RUN] continue the latest unfinished run (or RUN)\n"
		"      --json F, --md F, --csv F   also write the report there\n"
		"      --require EXPR, --prefer P, --strict   selection (see trilemma select)\n"
		"  -q, --quiet        no progress or scoreboard on stderr/stdout\n\n"
		"API keys come from the environment only (OPENAI_API_KEY, OPENROUTER_API_KEY, ...).\n"
		"Exit: 0 ok, 1 no model meets the requirements, 2 bad input, 3 run-time failure.\n");
}

struct progress_ui {
	int tty;
	double last;
};

static void show_progress(void *ctx, const struct run_progress *p)
{
	struct progress_ui *ui = ctx;
	double now = now_mono();
	if (!ui->tty || (now - ui->last < 0.1 && p->done < p->total))
		return;
	ui->last = now;
	double el = now - p->started;
	double rate = el > 0 ? (double)(p->done - p->cached) / el : 0;
	double eta = rate > 0 ? (double)(p->total - p->done) / rate : NAN;
	int width = 30, fill = p->total ? (int)((double)width * (double)p->done / (double)p->total) : width;
	char bar[64];
	for (int i = 0; i < width; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[width] = '\0';
	fprintf(stderr, "\r[%s] %zu/%zu  %.1f/s  ETA %s%.0fs  $%.4f  %zu failed  ",
		bar, p->done, p->total, rate, isnan(eta) ? "?" : "", isnan(eta) ? 0.0 : eta,
		p->spend_usd, p->failed);
	if (p->done >= p->total)
		fputc('\n', stderr);
}

/* Keep at most limit items, spread evenly over the suite (deterministic). */
static void apply_limit(struct suite *s, long limit)
{
	if (limit <= 0 || (size_t)limit >= s->n_items)
		return;
	size_t n = s->n_items, keep = (size_t)limit;
	struct item *v = xcalloc(keep, sizeof(*v));
	char *taken = xcalloc(n, 1);
	for (size_t k = 0; k < keep; k++) {
		size_t i = k * n / keep;
		v[k] = s->items[i];
		taken[i] = 1;
	}
	for (size_t i = 0; i < n; i++)
		if (!taken[i]) {
			free(s->items[i].id);
			free(s->items[i].category);
			json_decref(s->items[i].json);
		}
	free(taken);
	free(s->items);
	s->items = v;
	s->n_items = keep;
}

static int add_str(char ***v, size_t *n, size_t *alloc, const char *s)
{
	XGROW(*v, *alloc, *n + 1);
	(*v)[(*n)++] = xstrdup(s);
	return 0;
}

static char *join_argv(int argc, char **argv)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, "trilemma");
	for (int i = 0; i < argc; i++)
		buf_addf(&b, " %s", argv[i]);
	return buf_detach(&b);
}

/* Report, files, scoreboard, selection. Returns the exit code. */
static int finish_output(struct store *st, const char *run, const struct config *c,
			 const char *json_f, const char *md_f, const char *csv_f, int quiet)
{
	struct tri_err err = { 0 };
	struct buf out = BUF_INIT;
	int rc = TRI_RUNTIME;
	json_t *rep = report_build(st, run, &err);
	if (!rep || report_select(rep, c->require, c->n_require, c->prefer, c->strict, &err) < 0)
		goto fail;
	const char *fmts[] = { "json", "md", "csv" };
	const char *files[] = { json_f, md_f, csv_f };
	struct report_style plain = { 0, 0 };
	for (size_t i = 0; i < 3; i++) {
		if (!files[i])
			continue;
		buf_reset(&out);
		if (report_render(rep, fmts[i], &plain, &out, &err) < 0)
			goto fail;
		if (buf_write_file(&out, files[i]) < 0) {
			err_set(&err, TRI_RUNTIME, "cannot write %s: %s", files[i], strerror(errno));
			goto fail;
		}
	}
	const json_t *sel = json_object_get(rep, "selection");
	if (!quiet) {
		struct report_style style = report_style_for(1);
		buf_reset(&out);
		if (report_render(rep, "term", &style, &out, &err) < 0)
			goto fail;
		report_render_selection(sel, &style, &out);
		fwrite(out.s, 1, out.len, stdout);
	}
	rc = (c->n_require && json_is_null(json_object_get(sel, "chosen"))) ? TRI_GATE : TRI_OK;
	goto out;
fail:
	if (err.code)
		rc = err.code;
	fprintf(stderr, "trilemma run: %s\n", err.msg);
out:
	json_decref(rep);
	buf_release(&out);
	return rc;
}

int cmd_run(int argc, char **argv)
{
	enum { O_SAMPLES = 256, O_CONC, O_LIMIT, O_DB, O_NOCACHE, O_RESUME, O_JSON, O_MD, O_CSV,
	       O_REQUIRE, O_PREFER, O_STRICT };
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' }, { "model", required_argument, NULL, 'm' },
		{ "suite", required_argument, NULL, 's' }, { "samples", required_argument, NULL, O_SAMPLES },
		{ "concurrency", required_argument, NULL, O_CONC }, { "limit", required_argument, NULL, O_LIMIT },
		{ "db", required_argument, NULL, O_DB }, { "no-cache", no_argument, NULL, O_NOCACHE },
		{ "resume", optional_argument, NULL, O_RESUME }, { "json", required_argument, NULL, O_JSON },
		{ "md", required_argument, NULL, O_MD }, { "csv", required_argument, NULL, O_CSV },
		{ "require", required_argument, NULL, O_REQUIRE }, { "prefer", required_argument, NULL, O_PREFER },
		{ "strict", no_argument, NULL, O_STRICT }, { "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
	};
	struct config c;
	struct tri_err err = { 0 };
	const char *cfg_path = NULL, *db = NULL, *json_f = NULL, *md_f = NULL, *csv_f = NULL;
	const char *resume = NULL;
	char **models = NULL, **suites = NULL, **reqs = NULL;
	size_t n_models = 0, a_models = 0, n_suites = 0, a_suites = 0, n_reqs = 0, a_reqs = 0;
	long samples = 0, conc = 0, limit = -1;
	int no_cache = 0, do_resume = 0, quiet = 0, strict = 0, rc = TRI_USAGE, opt;
	char *prefer = NULL, *run = NULL, *argline = join_argv(argc - 1, argv + 1);
	struct suite *sv = NULL;
	size_t n_sv = 0;
	struct store st = { 0 };

	config_init(&c);
	optind = 1;
	while ((opt = getopt_long(argc, argv, "c:m:s:qh", opts, NULL)) != -1) {
		switch (opt) {
		case 'c': cfg_path = optarg; break;
		case 'm': add_str(&models, &n_models, &a_models, optarg); break;
		case 's': add_str(&suites, &n_suites, &a_suites, optarg); break;
		case O_SAMPLES:
		case O_CONC:
		case O_LIMIT: {
			long v;
			if (parse_long(optarg, &v) < 0 || v < (opt == O_LIMIT ? 0 : 1)) {
				fprintf(stderr, "trilemma run: --%s takes a whole number%s, not '%s'\n",
					opt == O_SAMPLES ? "samples" : opt == O_CONC ? "concurrency" : "limit",
					opt == O_LIMIT ? "" : " >= 1", optarg);
				goto out;
			}
			*(opt == O_SAMPLES ? &samples : opt == O_CONC ? &conc : &limit) = v;
			break;
		}
		case O_DB: db = optarg; break;
		case O_NOCACHE: no_cache = 1; break;
		case O_RESUME:
			do_resume = 1;
			if (!optarg && optind < argc && argv[optind][0] != '-')
				optarg = argv[optind++];
			resume = optarg;
			break;
		case O_JSON: json_f = optarg; break;
		case O_MD: md_f = optarg; break;
		case O_CSV: csv_f = optarg; break;
		case O_REQUIRE: add_str(&reqs, &n_reqs, &a_reqs, optarg); break;
		case O_PREFER: free(prefer); prefer = xstrdup(optarg); break;
		case O_STRICT: strict = 1; break;
		case 'q': quiet = 1; break;
		case 'h': usage(stdout); rc = TRI_OK; goto out;
		default: usage(stderr); goto out;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "trilemma run: unexpected argument '%s' (see trilemma run --help)\n", argv[optind]);
		goto out;
	}
	if (!cfg_path && !n_models && !do_resume && access("trilemma.yaml", R_OK) == 0)
		cfg_path = "trilemma.yaml";

	if (!do_resume) {
		if (cfg_path && config_load(&c, cfg_path, &err) < 0)
			goto fail;
		for (size_t i = 0; i < n_models; i++)
			if (config_add_model_spec(&c, models[i], &err) < 0)
				goto fail;
		if (n_suites) {   /* --suite replaces the config's list */
			for (size_t i = 0; i < c.n_suites; i++)
				free(c.suites[i]);
			c.n_suites = 0;
			for (size_t i = 0; i < n_suites; i++)
				add_str(&c.suites, &c.n_suites, &c.alloc_suites, suites[i]);
		}
		if (samples)
			c.samples = samples;
		if (limit >= 0)
			c.limit = limit;
		if (config_check(&c, &err) < 0)
			goto fail;
		sv = xcalloc(c.n_suites, sizeof(*sv));
		for (; n_sv < c.n_suites; n_sv++) {
			if (suite_load(&sv[n_sv], c.suites[n_sv], &err) < 0)
				goto fail;
			for (size_t k = 0; k < n_sv; k++)
				if (!strcmp(sv[k].name, sv[n_sv].name)) {
					err_set(&err, TRI_USAGE, "two suites are named '%s' (%s and %s)",
						sv[k].name, sv[k].path, sv[n_sv].path);
					n_sv++;
					goto fail;
				}
			apply_limit(&sv[n_sv], c.limit);
		}
	}
	if (conc)
		c.concurrency = conc;
	for (size_t i = 0; i < n_reqs; i++)
		add_str(&c.require, &c.n_require, &c.alloc_require, reqs[i]);
	if (prefer) {
		free(c.prefer);
		c.prefer = xstrdup(prefer);
	}
	if (strict)
		c.strict = 1;
	/* requirements are checked before anything is sent */
	for (size_t i = 0; i < c.n_require; i++) {
		struct requirement r;
		if (select_parse(c.require[i], &r, &err) < 0)
			goto fail;
		select_requirement_release(&r);
	}

	rc = TRI_RUNTIME;
	if (store_open(&st, db ? db : c.db ? c.db : store_default_path(), STORE_WRITE, &err) < 0)
		goto fail;
	if (do_resume) {
		if (store_run_resolve(&st, resume, resume == NULL, &run, &err) < 0 ||
		    run_load_config(&st, run, &c, &err) < 0)
			goto fail;
		if (conc)
			c.concurrency = conc;
		if (!quiet)
			fprintf(stderr, "resuming %s\n", run);
	} else if (run_plan(&st, &c, sv, n_sv, argline, &run, &err) < 0) {
		goto fail;
	}
	struct progress_ui ui = { .tty = !quiet && isatty(2) };
	catch_signals();
	struct run_opts ro = { .no_cache = no_cache, .stop = &stop_flag, .wake_fd = wake_pipe[0],
			       .grace_s = 2.0, .progress = show_progress, .stopping = show_stopping,
			       .ctx = &ui };
	int stopped = 0;
	int sr = run_send(&st, run, &c, &ro, &stopped, &err);
	release_signals();
	if (sr < 0)
		goto fail;
	if (stopped) {
		fprintf(stderr, "\ninterrupted: the responses received are stored; continue with\n"
			"  trilemma run --resume %s%s%s\n", run, db ? " --db " : "", db ? db : "");
		rc = TRI_RUNTIME;
		goto out;
	}
	size_t graded;
	if (run_grade(&st, run, 0, &graded, &err) < 0 ||
	    store_run_finish(&st, run, "finished", &err) < 0)
		goto fail;
	if (!quiet)
		fprintf(stderr, "run %s: %zu responses graded (store: %s)\n", run, graded, st.path);
	rc = finish_output(&st, run, &c, json_f, md_f, csv_f, quiet);
	goto out;
fail:
	if (err.code)
		rc = err.code;
	fprintf(stderr, "trilemma run: %s\n", err.msg);
out:
	for (size_t i = 0; i < n_sv; i++)
		suite_release(&sv[i]);
	free(sv);
	store_close(&st);
	config_release(&c);
	for (size_t i = 0; i < n_models; i++)
		free(models[i]);
	for (size_t i = 0; i < n_suites; i++)
		free(suites[i]);
	for (size_t i = 0; i < n_reqs; i++)
		free(reqs[i]);
	free(models);
	free(suites);
	free(reqs);
	free(prefer);
	free(run);
	free(argline);
	return rc;
}
