/* run_batch.c -- a run through the providers' batch APIs (run.h, batch.h).
 *
 * The store is the only memory between processes: a batch is recorded,
 * with its tasks, in the transaction that follows the provider's reply to
 * its creation, so a process killed at any point later finds it and polls
 * it instead of submitting its tasks again. (A kill in the instant between
 * the provider's reply and that commit leaves a batch the store does not
 * know: its tasks are submitted again on --resume, and the orphan batch is
 * visible in the provider's console.) The results of one batch are stored
 * in one transaction with the batch marked done, so they are stored whole
 * or not at all; a batch whose results were cut off is read again. */
#include <math.h>
#include <stdarg.h>
#include "util.h"
#include "buf.h"
#include "batch.h"
#include "run.h"

/* ---- submitting ----------------------------------------------------------------- */

struct unsent {
	int64_t task;
	char *hash, *body;
	size_t len;
};

struct unsent_list {
	struct unsent *v;
	size_t n, alloc;
	int retries;         /* -1: every task; else only failed ones worth another
	                        attempt, with at most this many attempts after the first */
	int64_t last_ord;    /* the plan order of the last row read, kept or not */
	size_t rows;         /* rows read */
};

/* Is a failed request worth another batch within this invocation? Refused
 * and failed requests are, as an interactive run retries them; the
 * requests a batch did not run (expired, cancelled) wait for --resume. */
static int retry_now(const struct store_task *t, int retries)
{
	int cls = attempt_class_parse(t->last_class);
	return cls >= 0 && attempt_retryable(cls) && cls != ATT_BATCH_EXPIRED &&
	       cls != ATT_BATCH_CANCELLED && cls != ATT_BATCH_MISSING && t->attempts <= retries;
}

static int unsent_row(void *ctx, const struct store_task *t, struct tri_err *err)
{
	struct unsent_list *l = ctx;
	l->last_ord = t->ord;
	l->rows++;
	if (l->retries >= 0 && !retry_now(t, l->retries))
		return 0;
	XGROW(l->v, l->alloc, l->n + 1);
	l->v[l->n++] = (struct unsent){
		.task = t->id, .hash = xstrdup(t->request_hash),
		.body = xstrndup(t->request, t->request_len), .len = t->request_len,
	};
	return 0;
}

static void unsent_release(struct unsent_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].hash);
		free(l->v[i].body);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static void note(const struct run_opts *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void note(const struct run_opts *o, const char *fmt, ...)
{
	if (!o->note)
		return;
	char line[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	o->note(o->ctx, line);
}

/* The custom id of a task: "t" and its id. */
static void custom_id(char out[32], int64_t task)
{
	snprintf(out, 32, "t%lld", (long long)task);
}

static int parse_custom_id(const char *s, int64_t *task)
{
	if (!s || s[0] != 't' || !s[1] || strspn(s + 1, "0123456789") != strlen(s + 1) ||
	    strlen(s) > 20)
		return -1;
	*task = strtoll(s + 1, NULL, 10);
	return *task > 0 ? 0 : -1;
}

/* Submit tasks v[0..n) of m as one batch and record it. */
static int submit_one(struct store *st, const char *run, const struct model *m,
		      const struct unsent *v, size_t n, const struct run_opts *opts,
		      struct tri_err *err)
{
	struct batch_req *reqs = xcalloc(n, sizeof(*reqs));
	char (*ids)[32] = xcalloc(n, sizeof(*ids));
	char *id = NULL, *file = NULL;
	int ret = -1;
	for (size_t i = 0; i < n; i++) {
		custom_id(ids[i], v[i].task);
		reqs[i] = (struct batch_req){ ids[i], v[i].body, v[i].len };
	}
	if (batch_submit(m, reqs, n, &id, &file, err) < 0)
		goto out;
	struct store_batch b = {
		.id = id, .model = m->id, .api = batch_api_name(batch_api_of(m)), .input_file = file,
		.state = "submitted", .submitted = now_wall(), .n_tasks = (int64_t)n,
		.checked = NAN, .ended = NAN,
	};
	if (store_begin(st, err) < 0 || store_put_batch(st, run, &b, err) < 0)
		goto unrecorded;
	for (size_t i = 0; i < n; i++)
		if (store_batch_task(st, v[i].task, id, err) < 0)
			goto unrecorded;
	if (store_commit(st, err) < 0)
		goto unrecorded;
	note(opts, "model %s: batch %s submitted (%zu request%s)", m->id, id, n, n == 1 ? "" : "s");
	ret = 0;
	goto out;
unrecorded:   /* the provider has it, the store does not: say which, to cancel it */
	err_prefix(err, "model %s: batch %s was submitted but could not be recorded (cancel it at "
		   "the provider: --resume would submit its requests again)", m->id, id);
out:
	if (ret < 0)
		store_rollback(st);
	free(id);
	free(file);
	free(reqs);
	free(ids);
	return ret;
}

/* One window of submit_model(): up to max_n tasks after plan order after,
 * the cache first (in one transaction), the rest in batches. 1 when a
 * stop was asked for (what is submitted is recorded; the rest waits for
 * --resume). */
static int submit_window(struct store *st, const char *run, const struct model *m,
			 struct unsent_list *l, int64_t after, size_t max_n, size_t max_b,
			 const struct run_opts *opts, size_t *n_cached, struct tri_err *err)
{
	if (store_each_batchable(st, run, m->id, after, (int64_t)max_n, unsent_row, l, err) < 0)
		return -1;
	size_t keep = 0;
	if (store_begin(st, err) < 0)
		return -1;
	for (size_t i = 0; i < l->n; i++) {
		int64_t hit = 0;
		if (!opts->no_cache && store_cached_response(st, l->v[i].hash, &hit, err) < 0)
			goto fail;
		if (hit) {
			if (store_link_cached(st, l->v[i].task, hit, err) < 0)
				goto fail;
			(*n_cached)++;
			free(l->v[i].hash);
			free(l->v[i].body);
			l->v[i].hash = l->v[i].body = NULL;
			continue;
		}
		if (keep != i) {   /* moved down: one owner, even if a later step fails */
			l->v[keep] = l->v[i];
			l->v[i].hash = l->v[i].body = NULL;
		}
		keep++;
	}
	l->n = keep;
	if (store_commit(st, err) < 0)
		goto fail;
	for (size_t a = 0; a < l->n;) {
		size_t b = a, bytes = 0;
		while (b < l->n && b - a < max_n && (b == a || bytes + l->v[b].len + 128 <= max_b))
			bytes += l->v[b++].len + 128;   /* the body and its envelope */
		if (submit_one(st, run, m, l->v + a, b - a, opts, err) < 0)
			return -1;
		if (opts->stop && *opts->stop)
			return 1;
		a = b;
	}
	return 0;
fail:
	store_rollback(st);
	return -1;
}

/* Submit the tasks of m that need an answer and are in no running batch
 * (all of them at first; later only the failed ones to retry), in batches
 * within the provider's limits; the cache answers first. The tasks are
 * read in windows of one batch's most requests, so memory holds at most
 * one batch's bodies however large the run. */
static int submit_model(struct store *st, const char *run, const struct model *m, int first,
			const struct run_opts *opts, size_t *n_cached, struct tri_err *err)
{
	int anth = batch_api_of(m) == BATCH_ANTHROPIC;
	size_t max_n = anth ? BATCH_ANTHROPIC_MAX_REQUESTS : BATCH_OPENAI_MAX_REQUESTS;
	size_t max_b = anth ? BATCH_ANTHROPIC_MAX_BYTES : BATCH_OPENAI_MAX_BYTES;
	int64_t after = -1;
	for (;;) {
		struct unsent_list l = { .retries = first ? -1 : m->retries };
		int r = submit_window(st, run, m, &l, after, max_n, max_b, opts, n_cached, err);
		size_t rows = l.rows;
		after = l.last_ord;
		unsent_release(&l);
		if (r < 0)
			return -1;
		if (r > 0 || rows < max_n)
			return 0;
	}
}

/* ---- collecting ------------------------------------------------------------------ */

/* A batch still to collect, copied out of the store's row. */
struct open_batch {
	char *id, *model, *state;
	int64_t n_tasks;
	double submitted;
};

struct open_list {
	struct open_batch *v;
	size_t n, alloc;
};

static int open_row(void *ctx, const struct store_batch *b, struct tri_err *err)
{
	struct open_list *l = ctx;
	XGROW(l->v, l->alloc, l->n + 1);
	l->v[l->n++] = (struct open_batch){
		.id = xstrdup(b->id), .model = xstrdup(b->model), .state = xstrdup(b->state),
		.n_tasks = b->n_tasks, .submitted = b->submitted,
	};
	return 0;
}

static int count_open(void *ctx, const struct store_batch *b, struct tri_err *err)
{
	(*(size_t *)ctx)++;
	return 0;
}

static void open_release(struct open_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].id);
		free(l->v[i].model);
		free(l->v[i].state);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* The tasks of a batch still without an answer. */
struct waiting {
	int64_t task, attempts;
	char *hash;
	int answered;
};

struct collect {
	struct store *st;
	const struct model *m;
	const char *batch;
	double started, duration;
	struct waiting *v;
	size_t n, alloc;
	size_t ok, failed;
	size_t ignored;          /* results for none of the waiting requests */
	double spend;
};

static int waiting_row(void *ctx, int64_t task, const char *hash, int64_t attempts,
		       struct tri_err *err)
{
	struct collect *C = ctx;
	XGROW(C->v, C->alloc, C->n + 1);
	C->v[C->n++] = (struct waiting){ .task = task, .attempts = attempts, .hash = xstrdup(hash) };
	return 0;
}

static struct waiting *find_waiting(struct collect *C, int64_t task)
{
	size_t lo = 0, hi = C->n;   /* C->v is ordered by task */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (C->v[mid].task == task)
			return &C->v[mid];
		if (C->v[mid].task < task)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* One result, or a task the batch did not answer (r NULL). */
static int put_result(struct collect *C, struct waiting *w, int cls, const struct response *r,
		      long http_status, const char *error, struct tri_err *err)
{
	struct store_attempt sa = {
		.n = (int)w->attempts + 1, .started = C->started, .duration = C->duration,
		.http_status = (int)http_status,
		.error_class = cls == ATT_OK ? NULL : attempt_class_name(cls),
		.error = error, .retry_after = NAN,
	};
	double cost = r ? run_cost(C->m, r, 1) : NAN;
	struct run_answer ra = {
		.task = w->task, .hash = w->hash, .r = r, .cls = cls, .error = error,
		.http_status = http_status, .latency = NAN, .cost = cost,
	};
	if (store_put_attempt(C->st, w->task, &sa, err) < 0 || run_store_answer(C->st, &ra, err) < 0)
		return -1;
	w->answered = 1;
	if (cls == ATT_OK)
		C->ok++;
	else
		C->failed++;
	if (!isnan(cost))
		C->spend += cost;
	return 0;
}

static int on_result(void *ctx, const struct batch_result *br, struct tri_err *err)
{
	struct collect *C = ctx;
	int64_t task;
	struct waiting *w;
	/* a result for none of its waiting requests, or a second one: not
	 * stored (its task, if it has one, is answered or sent again) */
	if (parse_custom_id(br->custom_id, &task) < 0 || !(w = find_waiting(C, task)) ||
	    w->answered) {
		C->ignored++;
		return 0;
	}
	if (br->r)   /* the batch is named with the answer, for the report and show */
		json_object_set_new(br->r->meta, "batch", json_string(C->batch));
	return put_result(C, w, br->cls, br->r, br->http_status, br->error, err);
}

/* What collect() stored. */
struct collected {
	size_t ok, failed;
	size_t ignored;        /* results for none of the batch's waiting requests */
	double spend;          /* USD, of the answers whose cost is known */
};

/* Store the results of an ended batch, and mark it done, in one
 * transaction: downloaded first (no transaction held open meanwhile),
 * then read from the temporary file. 1 when the download failed in a way
 * that may pass (the batch stays open, asked again next round), 0, -1. */
static int collect(struct store *st, const struct model *m, const struct open_batch *ob,
		   const struct batch_status *s, struct collected *got, struct tri_err *err)
{
	struct collect C = {
		.st = st, .m = m, .batch = ob->id, .started = ob->submitted,
		.duration = fmax(0, now_wall() - ob->submitted),
	};
	FILE *f = NULL;
	char server[200] = "";
	int ret = -1, transient = 0;
	if ((s->output || s->errors) &&
	    !(f = batch_download(m, s, server, sizeof(server), &transient, err)))
		return transient ? 1 : -1;
	if (store_begin(st, err) < 0 || store_each_batch_task(st, ob->id, waiting_row, &C, err) < 0)
		goto out;
	if (f && batch_parse_file(batch_api_of(m), server, f, on_result, &C, err) < 0) {
		err_prefix(err, "model %s: batch %s", m->id, ob->id);
		goto out;
	}
	/* what the batch did not answer */
	char why[400];
	snprintf(why, sizeof(why), "batch %s ended (%s) without a result for this request%s%.300s",
		 ob->id, s->state, s->failure ? ": " : "", s->failure ? s->failure : "");
	int cls = !strcmp(s->state, "expired") ? ATT_BATCH_EXPIRED
		: !strcmp(s->state, "cancelled") ? ATT_BATCH_CANCELLED : ATT_BATCH_MISSING;
	for (size_t i = 0; i < C.n; i++)
		if (!C.v[i].answered && put_result(&C, &C.v[i], cls, NULL, 0, why, err) < 0)
			goto out;
	struct store_batch b = {
		.id = ob->id, .state = s->state, .checked = now_wall(), .ended = now_wall(),
		.output_file = s->output, .error_file = s->errors, .counts = s->counts, .done = 1,
	};
	if (store_update_batch(st, &b, err) < 0 || store_commit(st, err) < 0)
		goto out;
	*got = (struct collected){ C.ok, C.failed, C.ignored, C.spend };
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	if (f)
		fclose(f);
	for (size_t i = 0; i < C.n; i++)
		free(C.v[i].hash);
	free(C.v);
	return ret;
}

static const struct model *find_model(const struct config *c, const char *id)
{
	for (size_t i = 0; i < c->n_models; i++)
		if (!strcmp(c->models[i].id, id))
			return &c->models[i];
	return NULL;
}

#define POLL_TRIES 5   /* rounds in a row with a transient failure before giving up */

/* Poll every open batch once; collect those that ended. *open is how many
 * are still running. */
static int poll_round(struct store *st, const char *run, const struct config *c,
		      const struct run_opts *opts, int *fails, size_t *open, size_t *collected,
		      struct tri_err *err)
{
	struct open_list l = { 0 };
	int ret = -1, round_failed = 0;
	*open = 0;
	if (store_each_batch(st, run, 1, open_row, &l, err) < 0)
		goto out;
	for (size_t i = 0; i < l.n; i++) {
		const struct open_batch *ob = &l.v[i];
		const struct model *m = find_model(c, ob->model);
		if (!m) {
			err_set(err, TRI_RUNTIME, "run %s: batch %s of unknown model '%s'", run, ob->id,
				ob->model);
			goto out;
		}
		struct batch_status s;
		int transient = 0, gone = 0;
		if (batch_poll(m, ob->id, &s, &transient, &gone, err) < 0) {
			if (gone) {   /* deleted at the provider: its results are lost */
				note(opts, "%s: the provider no longer knows it; its requests are "
				     "failed as batch_missing and sent again by --resume", err->msg);
				memset(&s, 0, sizeof(s));
				s.state = xstrdup("missing");
				s.ended = 1;
				s.failure = xstrdup("the provider no longer knows the batch (HTTP 404)");
			} else if (!transient) {
				goto out;
			} else {
				note(opts, "%s (will ask again)", err->msg);
				round_failed = 1;
				(*open)++;
				continue;
			}
		}
		int changed = strcmp(s.state, ob->state) != 0;
		int r = 0;
		struct collected got = { 0 };
		if (s.ended) {
			r = collect(st, m, ob, &s, &got, err);
			if (r == 1) {   /* the download failed for now: next round */
				note(opts, "%s (will try again)", err->msg);
				round_failed = 1;
				(*open)++;
				r = 0;
			} else if (r == 0) {
				if (collected)
					(*collected)++;
				note(opts, "model %s: batch %s %s: %zu answer%s, %zu failed, $%.6f at the "
				     "batch price", m->id, ob->id, s.state, got.ok, got.ok == 1 ? "" : "s",
				     got.failed, got.spend);
				if (got.ignored)
					note(opts, "model %s: batch %s: %zu result%s for none of its waiting "
					     "requests, not stored", m->id, ob->id, got.ignored,
					     got.ignored == 1 ? "" : "s");
			}
		} else {
			(*open)++;
			struct store_batch b = {
				.id = ob->id, .state = s.state, .checked = now_wall(), .ended = NAN,
				.output_file = s.output, .error_file = s.errors, .counts = s.counts,
			};
			r = store_begin(st, err) < 0 || store_update_batch(st, &b, err) < 0 ||
			    store_commit(st, err) < 0 ? -1 : 0;
			if (r == 0 && changed)
				note(opts, "model %s: batch %s %s", m->id, ob->id, s.state);
		}
		batch_status_release(&s);
		if (r < 0)
			goto out;
	}
	/* rounds in a row in which the provider could not be asked or read */
	*fails = round_failed ? *fails + 1 : 0;
	if (*fails >= POLL_TRIES) {
		err_set(err, TRI_RUNTIME, "run %s: the batch API failed %d rounds in a row (above): "
			"the batches go on at the provider; --resume collects them", run, POLL_TRIES);
		goto out;
	}
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	open_release(&l);
	return ret;
}

int run_batch(struct store *st, const char *run, const struct config *c,
	      const struct run_opts *opts, int *stopped, struct tri_err *err)
{
	size_t open = 0, cached = 0;
	int fails = 0;
	*stopped = 0;
	/* what was submitted before is collected before anything is submitted */
	if (poll_round(st, run, c, opts, &fails, &open, NULL, err) < 0)
		return -1;
	for (size_t i = 0; i < c->n_models && !(opts->stop && *opts->stop); i++)
		if (submit_model(st, run, &c->models[i], 1, opts, &cached, err) < 0)
			return -1;
	if (cached)
		note(opts, "%zu request%s answered from the store (identical requests)", cached,
		     cached == 1 ? "" : "s");
	for (;;) {
		size_t collected = 0;
		if (poll_round(st, run, c, opts, &fails, &open, &collected, err) < 0)
			return -1;
		/* the failed requests of the batches just ended, in a new batch */
		for (size_t i = 0; collected && i < c->n_models && !(opts->stop && *opts->stop); i++)
			if (submit_model(st, run, &c->models[i], 0, opts, &cached, err) < 0)
				return -1;
		if (collected && (open = 0, store_each_batch(st, run, 1, count_open, &open, err) < 0))
			return -1;
		if (opts->stop && *opts->stop) {
			*stopped = 1;   /* what is left (retries, batches) waits for --resume */
			return 0;
		}
		if (!open)
			return 0;
		if (opts->hold_s > 0 && run_hold(st, run, opts->hold_s, err) < 0)
			return -1;
		if (run_wait(opts, opts->poll_s > 0 ? opts->poll_s : 30)) {
			*stopped = 1;
			note(opts, "%zu batch%s still running at the provider: --resume collects "
			     "%s", open, open == 1 ? " is" : "es are", open == 1 ? "it" : "them");
			return 0;
		}
	}
}
