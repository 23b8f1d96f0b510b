/* run.c -- plan, send and grade a run (see run.h).
 *
 * Planning renders every request body once and stores it with its hash,
 * so that sending (now or after --resume) needs only the store: the body
 * of task T is exactly what was planned. The cache key is the hash of the
 * base URL and the body; with temperature > 0 and several samples the
 * sample index joins the key, so samples are independent draws.
 *
 * Sending records every attempt the loop reports (attempts table) and,
 * for a job's final attempt, the response: ok, or failed with the error
 * and the raw bytes received. A cancelled attempt leaves its task planned. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <poll.h>
#include <stdio.h>
#include "util.h"
#include "buf.h"
#include "estimate.h"
#include "grade.h"
#include "loop.h"
#include "judge.h"
#include "provider.h"
#include "run.h"

/* Model i of the run: the models, then the judge (when there is one). */
static const struct model *model_at(const struct config *c, size_t i)
{
	return i < c->n_models ? &c->models[i] : c->judge;
}

static size_t n_lanes(const struct config *c)
{
	return c->n_models + (c->judge != NULL);
}

static int put_models(struct store *st, const char *run, const struct config *c,
		      struct tri_err *err)
{
	for (size_t i = 0; i < n_lanes(c); i++) {
		const struct model *m = model_at(c, i);
		char *settings = json_dumps(m->params, JSON_COMPACT | JSON_SORT_KEYS);
		struct store_model sm = {
			.id = m->id, .spec = m->spec, .provider = m->provider, .name = m->name,
			.base_url = m->base_url, .settings = settings,
			.size_total = m->size_total, .size_active = m->size_active,
			.price_in = m->price_in, .price_out = m->price_out,
			.role = i < c->n_models ? "model" : "judge",
		};
		int r = store_put_model(st, run, &sm, err);
		free(settings);
		if (r < 0)
			return -1;
	}
	return 0;
}

static int put_suites(struct store *st, const char *run, const struct suite *suites,
		      size_t n, struct tri_err *err)
{
	for (size_t i = 0; i < n; i++) {
		json_t *h = suite_header(&suites[i]);
		char *hs = json_dumps(h, JSON_COMPACT | JSON_SORT_KEYS);
		json_decref(h);
		struct store_suite ss = {
			.name = suites[i].name, .version = suites[i].version, .axis = suites[i].axis,
			.path = suites[i].path, .header = hs, .n_items = (int64_t)suites[i].n_items,
		};
		int r = store_put_suite(st, run, &ss, err);
		free(hs);
		if (r < 0)
			return -1;
	}
	return 0;
}

static int sampled(const struct model *m, long samples)
{
	json_t *t = json_object_get(m->params, "temperature");
	/* provider default temperatures are > 0, so unset counts as > 0 */
	return samples > 1 && (!t || json_number_value(t) > 0);
}

/* The requests of one item: every sample of every model. */
static int item_requests(const struct config *c, const struct suite *s, const struct item *it,
			 int (*fn)(void *ctx, const struct run_request *rq, struct tri_err *err),
			 void *ctx, struct tri_err *err)
{
	struct buf body = BUF_INIT, key = BUF_INIT;
	json_t *msgs = suite_item_messages(s, it);
	int ret = -1;
	for (long sample = 0; sample < c->samples; sample++)
		for (size_t mi = 0; mi < c->n_models; mi++) {
			const struct model *m = &c->models[mi];
			char hash[65];
			buf_reset(&body);
			buf_reset(&key);
			if (provider_body(m, msgs, json_object_get(it->json, "tools"),
					  json_object_get(it->json, "tool_choice"), m->stream, &body, err) < 0)
				goto out;
			buf_addf(&key, "%s\n%s", m->base_url, body.s);
			if (sampled(m, c->samples))
				buf_addf(&key, "\n#sample=%ld", sample);
			sha256_hex(key.s, key.len, hash);
			struct run_request rq = {
				.suite = s, .item = it, .model = m, .model_index = mi, .sample = sample,
				.first_of_item = sample == 0 && mi == 0,
				.body = body.s, .body_len = body.len, .hash = hash,
			};
			if (fn(ctx, &rq, err) < 0)
				goto out;
		}
	ret = 0;
out:
	json_decref(msgs);
	buf_release(&body);
	buf_release(&key);
	return ret;
}

struct each_request {
	const struct config *c;
	const struct suite *s;
	int (*fn)(void *ctx, const struct run_request *rq, struct tri_err *err);
	void *ctx;
};

static int each_item_requests(void *ctx, const struct item *it, struct tri_err *err)
{
	struct each_request *E = ctx;
	return item_requests(E->c, E->s, it, E->fn, E->ctx, err);
}

int run_each_request(const struct config *c, const struct suite *suites, size_t n_suites,
		     int (*fn)(void *ctx, const struct run_request *rq, struct tri_err *err),
		     void *ctx, struct tri_err *err)
{
	for (size_t si = 0; si < n_suites; si++) {
		struct each_request E = { c, &suites[si], fn, ctx };
		if (suite_each_item(&suites[si], each_item_requests, &E, err) < 0)
			return -1;
	}
	return 0;
}

struct plan_ctx {
	struct store *st;
	const char *run;
	long ord;
	const uint32_t *rank;    /* adaptive runs: per unit, its place in the order; else NULL */
	size_t n_models;
};

/* A planned request: its item (once), then its task. */
static int plan_request(void *ctx, const struct run_request *rq, struct tri_err *err)
{
	struct plan_ctx *P = ctx;
	const struct item *it = rq->item;
	if (rq->first_of_item) {
		char *ij = json_dumps(it->json, JSON_COMPACT | JSON_SORT_KEYS);
		int r = store_put_item(P->st, it->hash, it->id, ij ? ij : "{}", err);
		free(ij);
		if (r < 0)
			return -1;
	}
	struct store_task t = {
		.model = rq->model->id, .suite = rq->suite->name, .item = it->id,
		.item_hash = it->hash, .sample = rq->sample, .ord = P->ord++,
		.request_hash = rq->hash, .request = rq->body, .request_len = rq->body_len,
	};
	/* plan order is unit (suite, item, sample), then model: one task of
	 * each model per unit */
	if (P->rank)
		t.rank = (int64_t)P->rank[(size_t)t.ord / P->n_models] + 1;
	return store_put_task(P->st, P->run, &t, err);
}

int run_plan(struct store *st, const struct config *c, const struct suite *suites,
	     size_t n_suites, const uint32_t *rank, const char *argv, char **run_id,
	     struct tri_err *err)
{
	char *run = NULL;
	json_t *snap = config_snapshot(c);
	int ret = -1;

	if (store_begin(st, err) < 0)
		goto out;
	if (store_run_create(st, snap, argv, &run, err) < 0 || put_models(st, run, c, err) < 0 ||
	    put_suites(st, run, suites, n_suites, err) < 0)
		goto out;
	struct plan_ctx P = { .st = st, .run = run, .rank = rank, .n_models = c->n_models };
	if (run_each_request(c, suites, n_suites, plan_request, &P, err) < 0)
		goto out;
	if (store_commit(st, err) < 0)
		goto out;
	*run_id = run;
	run = NULL;
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	json_decref(snap);
	free(run);
	return ret;
}

static int load_config_row(void *ctx, const struct store_run_info *ri, struct tri_err *err)
{
	json_t *snap = ri->config ? json_loads(ri->config, 0, NULL) : NULL;
	int r = snap ? config_from_snapshot(ctx, snap, err)
		     : err_set(err, TRI_RUNTIME, "run '%s': damaged config record", ri->id);
	json_decref(snap);
	return r;
}

int run_load_config(struct store *st, const char *run, struct config *c, struct tri_err *err)
{
	return store_run_info(st, run, load_config_row, c, err);
}

/* ---- sending ---------------------------------------------------------
 *
 * Sending streams: the tasks left to send are claimed from the store in
 * windows of at most SEND_WINDOW per model (store_claim, in plan order:
 * each claimed task is leased to this worker, so several workers can
 * send one run), what the cache answers is linked (one transaction per
 * window), and the rest is given to the loop one task at a time, when
 * the model's lane can start one (loop_source). A task read is a struct
 * pending, in the list send_ctx.live, until its final attempt is stored
 * or sending ends; so sending holds the windows and the requests in
 * flight, never the run. The leases are renewed every quarter of their
 * length while the loop turns, and what was claimed and not sent is
 * given back when sending ends. An adaptive round reads its windows in
 * rank order instead (one worker). */

#define SEND_WINDOW 256

struct pending {
	struct pending *prev, *next;   /* in send_ctx.live */
	int64_t task;
	size_t model;
	char *body;
	size_t body_len;
	char *hash;
	char *suite, *item_hash;       /* to grade its answer as it comes */
	double reserve;          /* what the budget holds back while it is in flight */
	int64_t ord;             /* its place in the plan */
};

/* A lane's window: tasks read from the store, not yet given to the loop. */
struct window {
	struct pending **v;      /* v[head..n), room for SEND_WINDOW */
	size_t n, head;
	size_t rows;             /* rows the last read returned */
	int64_t after;           /* the ord of the last task read */
	int dry;                 /* the store has no more for this lane */
};

struct send_ctx {
	struct store *st;
	const char *run;
	const struct config *c;
	struct pending *live;    /* every task read and not done */
	struct window *win;      /* per lane */
	char **urls;             /* per lane */
	struct run_progress prog;
	size_t batch;            /* responses in the open transaction */
	double batch_spend;
	size_t batch_failed;
	const struct run_opts *opts;
	struct run_budget *budget;   /* NULL: none */
	double spent, reserved;      /* the run's spend; held back by the requests in flight */
	struct grade_run *G;         /* grading as the answers come; opened at the first */
	/* several workers (store.h): the tasks are claimed with leases */
	double lease_s;
	double renewed;              /* when the leases were last renewed (monotonic) */
	int64_t mark;                /* the newest response when sending began */
	size_t claimed;              /* tasks claimed in this pass of the loop */
	char **pace_keys;            /* per lane: its shared pacing row, or NULL */
	double *pace_owed;           /* per lane: token seconds used beyond the reservations */
};

struct grade_run;
static int grade_sent(struct send_ctx *S, const struct pending *p, const struct loop_attempt *at,
		      struct tri_err *err);
static void grade_run_free(struct grade_run *G);

double run_cost(const struct model *m, const struct response *r, int batch)
{
	if (!isnan(r->cost))
		return r->cost;
	double pin = batch ? model_batch_price(m, 0) : m->price_in;
	double pout = batch ? model_batch_price(m, 1) : m->price_out;
	if (isnan(pin) || isnan(pout) || r->tok_in < 0 || r->tok_out < 0)
		return NAN;
	/* the prompt cache's reads and writes at their own rates */
	double in = (double)(r->tok_in - r->tok_cache_read - r->tok_cache_write) +
		    ANTHROPIC_CACHE_READ_RATE * (double)r->tok_cache_read +
		    ANTHROPIC_CACHE_WRITE_RATE * (double)r->tok_cache_write;
	return (in * pin + (double)r->tok_out * pout) / 1e6;
}

/* The cost to store with a response: what the provider charged when it
 * said (usage.cost); what the cache's rates make of the tokens when the
 * prompt cache was used (tokens at the list price would be wrong); else
 * NAN, and the reports price the tokens. */
static double stored_cost(const struct model *m, const struct response *r)
{
	return isnan(r->cost) && (r->tok_cache_read > 0 || r->tok_cache_write > 0)
		? run_cost(m, r, 0) : r->cost;
}

int run_store_answer(struct store *st, const struct run_answer *a, struct tri_err *err)
{
	const struct response *r = a->r;
	int ok = a->cls == ATT_OK && r;
	char *meta = r && json_object_size(r->meta) ? json_dumps(r->meta, JSON_COMPACT | JSON_SORT_KEYS)
						     : NULL;
	struct buf raw = BUF_INIT;
	if (!ok && r)
		provider_raw(r, &raw);
	/* reasoning time: from the request until the first answer token, when
	 * the model reasoned before answering */
	double reasoning_s = ok && r->reasoning.len && !isnan(r->t_answer) ? r->t_answer : NAN;
	json_t *cj = ok ? provider_calls(r) : NULL;
	char *calls = cj ? json_dumps(cj, JSON_COMPACT) : NULL;
	json_decref(cj);
	struct store_response sr = {
		.ok = ok, .text = ok ? r->text.s : NULL,
		.reasoning = ok && r->reasoning.len ? r->reasoning.s : NULL,
		.finish_reason = r ? r->finish_reason : NULL, .error = a->error,
		.raw = raw.s, .raw_len = raw.len,
		.tok_in = r ? r->tok_in : -1, .tok_out = r ? r->tok_out : -1,
		.tok_reason = r ? r->tok_reason : -1,
		.cost = a->cost, .latency = ok ? a->latency : NAN, .ttft = ok ? r->t_first : NAN,
		.reasoning_s = reasoning_s, .meta_json = meta, .http_status = (int)a->http_status,
		.tool_calls = calls,
	};
	int ret = store_put_response(st, a->task, a->hash, &sr, err);   /* 1: not ours */
	free(calls);
	free(meta);
	buf_release(&raw);
	return ret;
}

/* The final attempt of a job: its response, ok or failed. */
static int put_response(struct send_ctx *S, const struct pending *p, const struct loop_attempt *a,
			struct tri_err *err)
{
	struct run_answer ra = {
		.task = p->task, .hash = p->hash, .r = a->r, .cls = a->cls, .error = a->error,
		.http_status = a->http_status, .latency = a->duration,
		.cost = stored_cost(model_at(S->c, p->model), a->r),
	};
	int r = run_store_answer(S->st, &ra, err);
	if (r < 0)
		return -1;
	if (r == 1)
		return 0;   /* another worker took the task meanwhile: its answer counts */
	/* a model's answer, or its failure, is graded in the same transaction
	 * as it is stored */
	if (p->model < S->c->n_models && grade_sent(S, p, a, err) < 0)
		return -1;
	double cost = run_cost(model_at(S->c, p->model), a->r, 0);
	if (!isnan(cost))
		S->batch_spend += cost;
	if (a->cls != ATT_OK)
		S->batch_failed++;
	S->batch++;
	return 0;
}

/* The budget: may job start now? */
static int admit(void *ctx, void *job)
{
	struct send_ctx *S = ctx;
	double r = ((struct pending *)job)->reserve;
	if (!(S->spent + S->reserved + r <= S->budget->max_usd))
		return 0;
	S->reserved += r;
	return 1;
}

/* An attempt ended: what it held back is given back, and a response
 * counts what it cost (usage.cost, else tokens at the prices; an ok
 * answer without either counts its estimate, a failure without it 0). */
static void budget_attempt(struct send_ctx *S, struct pending *p, const struct loop_attempt *a)
{
	S->reserved -= p->reserve;
	if (S->reserved < 1e-12)
		S->reserved = 0;   /* no drift below zero from the sums */
	if (!a->final)
		return;
	double cost = run_cost(model_at(S->c, p->model), a->r, 0);
	if (isnan(cost))
		cost = a->cls == ATT_OK ? p->reserve : 0;
	S->spent += cost;
}

static void pending_free(struct pending *p)
{
	if (!p)
		return;
	free(p->body);
	free(p->hash);
	free(p->suite);
	free(p->item_hash);
	free(p);
}

/* Take p out of the live list and free it. */
static void pending_drop(struct send_ctx *S, struct pending *p)
{
	if (p->prev)
		p->prev->next = p->next;
	else
		S->live = p->next;
	if (p->next)
		p->next->prev = p->prev;
	pending_free(p);
}

static int on_attempt(void *ctx, const struct loop_attempt *a, struct tri_err *err)
{
	struct send_ctx *S = ctx;
	struct pending *p = a->job;
	if (S->budget)
		budget_attempt(S, p, a);
	struct store_attempt sa = {
		.n = a->n, .started = a->started_wall, .duration = a->duration,
		.http_status = (int)a->http_status,
		.error_class = a->cls == ATT_OK ? NULL : attempt_class_name(a->cls),
		.error = a->error, .retry_after = a->retry_after,
	};
	if (a->cls != ATT_OK && !a->final && a->cls != ATT_CANCELLED)
		S->prog.retries++;
	if (store_begin(S->st, err) < 0 || store_put_attempt(S->st, p->task, &sa, err) < 0)
		return -1;
	/* the shared token budget is corrected by the model's next reservation
	 * (one row per transaction: workers never wait on each other's rows) */
	const struct model *m = model_at(S->c, p->model);
	if (a->reserved_tokens > 0 && m->tpm > 0)
		S->pace_owed[p->model] += (a->used_tokens - a->reserved_tokens) * 60.0 / m->tpm;
	if (!a->final)
		return 0;
	if (put_response(S, p, a, err) < 0)
		return -1;
	pending_drop(S, p);   /* the loop is done with its body */
	return 0;
}

/* End of a loop turn: commit the batch, and only then count it. */
static int on_turn(void *ctx, struct tri_err *err)
{
	struct send_ctx *S = ctx;
	/* the leases outlive a worker that works: renewed every quarter of one
	 * (the loop turns at least once a second) */
	double now = now_mono();
	int renew = now - S->renewed >= S->lease_s / 4;
	if (renew && (store_begin(S->st, err) < 0 || store_renew(S->st, S->run, S->lease_s, err) < 0))
		return -1;
	if (store_commit(S->st, err) < 0)
		return -1;
	if (renew) {
		S->renewed = now;
		if (S->opts->hold_s > 0 && run_hold(S->st, S->run, S->opts->hold_s, err) < 0)
			return -1;
		/* what other workers spent counts against the budget too */
		double run_spent;
		if (S->budget && store_run_spend(S->st, S->run, &run_spent, err) < 0)
			return -1;
		if (S->budget)
			S->spent = fmax(S->spent, run_spent);   /* both hold this worker's */
	}
	if (!S->batch)
		return 0;
	S->prog.done += S->batch;
	S->prog.failed += S->batch_failed;
	S->prog.spend_usd += S->batch_spend;
	S->batch = S->batch_failed = 0;
	S->batch_spend = 0;
	if (S->opts->progress)
		S->opts->progress(S->opts->ctx, &S->prog);
	return 0;
}

static void on_stopping(void *ctx, size_t in_flight, double grace_s)
{
	struct send_ctx *S = ctx;
	if (S->opts->stopping)
		S->opts->stopping(S->opts->ctx, in_flight, grace_s);
}

static int model_index(const struct config *c, const char *id, size_t *out)
{
	for (size_t i = 0; i < n_lanes(c); i++)
		if (!strcmp(model_at(c, i)->id, id)) {
			*out = i;
			return 0;
		}
	return -1;
}

/* A typical answer's length for a task of model mi in suite. */
static long out_typical(const struct send_ctx *S, size_t mi, const char *suite)
{
	if (mi >= S->c->n_models)
		return ESTIMATE_JUDGE_OUTPUT_TOKENS;
	for (size_t i = 0; i < S->opts->n_suites; i++)
		if (!strcmp(S->opts->suites[i].name, suite))
			return suite_output_tokens(&S->opts->suites[i]);
	return SUITE_OUTPUT_TOKENS_DEFAULT;
}

struct read_ctx {
	struct send_ctx *S;
	size_t lane;
};

/* A task of the window being read: into the window and the live list. */
static int pending_row(void *ctx, const struct store_task *t, struct tri_err *err)
{
	struct read_ctx *R = ctx;
	struct send_ctx *S = R->S;
	struct window *w = &S->win[R->lane];
	size_t mi;
	w->rows++;
	w->after = S->opts->rank_max ? t->rank : t->ord;
	if (model_index(S->c, t->model, &mi) < 0 || mi != R->lane)
		return err_set(err, TRI_RUNTIME, "run %s: task for unknown model '%s'", S->run, t->model);
	if (w->n >= SEND_WINDOW)
		return err_set(err, TRI_RUNTIME, "run %s: the store returned more tasks than asked",
			       S->run);
	double reserve = 0;
	if (S->budget) {
		struct estimate e;
		if (estimate_request(model_at(S->c, mi), t->request, t->request_len,
				     out_typical(S, mi, t->suite), &e) < 0)
			return err_set(err, TRI_RUNTIME, "run %s: task %lld: the stored request is "
				       "not JSON", S->run, (long long)t->id);
		reserve = estimate_reserve(&e);
	}
	struct pending *p = xcalloc(1, sizeof(*p));
	p->task = t->id;
	p->model = mi;
	p->body = xstrndup(t->request, t->request_len);
	p->body_len = t->request_len;
	p->hash = xstrdup(t->request_hash);
	p->suite = xstrdup(t->suite);
	p->item_hash = xstrdup(t->item_hash);
	p->reserve = reserve;
	p->ord = t->ord;
	p->next = S->live;
	if (S->live)
		S->live->prev = p;
	S->live = p;
	w->v[w->n++] = p;
	return 0;
}

static int by_ord(const void *a, const void *b)
{
	int64_t x = (*(struct pending *const *)a)->ord, y = (*(struct pending *const *)b)->ord;
	return (x > y) - (x < y);
}

/* How many tasks of lane to claim at once: enough to keep it busy (twice
 * what it has in flight; a paced lane, what it starts in CLAIM_PACED_S),
 * few enough that other workers find tasks left to claim, and that a
 * worker that dies holds back few. */
#define CLAIM_PACED_S 2.0
static size_t claim_size(const struct send_ctx *S, size_t lane)
{
	const struct model *m = model_at(S->c, lane);
	long conc = m->concurrency;
	if (conc <= 0 || conc > S->c->concurrency)
		conc = S->c->concurrency;
	double n = conc > 0 ? 2.0 * (double)conc : SEND_WINDOW;
	if (m->rpm > 0)
		n = fmin(n, ceil(m->rpm / 60.0 * CLAIM_PACED_S));
	return n < 4 ? 4 : n > SEND_WINDOW ? SEND_WINDOW : (size_t)n;
}

/* Read lane's next window, and answer from the cache what it can: the
 * links are one transaction, begun at the first hit. A plain run's tasks
 * are claimed (store_claim), so that several workers can send the run;
 * an adaptive round's are read in rank order. */
static int read_window(struct send_ctx *S, size_t lane, struct tri_err *err)
{
	struct window *w = &S->win[lane];
	struct read_ctx R = { S, lane };
	size_t limit = S->opts->rank_max ? SEND_WINDOW : claim_size(S, lane);
	w->n = w->head = w->rows = 0;
	if (S->opts->rank_max
	    ? store_each_pending_ranked(S->st, S->run, model_at(S->c, lane)->id, S->opts->rank_failed,
					w->after, S->opts->rank_max, SEND_WINDOW, pending_row, &R, err) < 0
	    : store_claim(S->st, S->run, model_at(S->c, lane)->id, S->opts->judge_only, S->mark,
			  S->lease_s, limit, pending_row, &R, err) < 0)
		return -1;
	S->claimed += S->opts->rank_max ? 0 : w->rows;
	qsort(w->v, w->n, sizeof(*w->v), by_ord);
	if (w->rows < limit)
		w->dry = 1;
	if (S->opts->no_cache)
		return 0;
	size_t k = 0, hits = 0, tried = 0;
	for (size_t i = 0; i < w->n; i++) {
		struct pending *p = w->v[i];
		int64_t hit = 0;
		if (store_cached_response(S->st, p->hash, &hit, err) < 0)
			return -1;
		if (!hit) {
			w->v[k++] = p;
			continue;
		}
		int r;
		if (store_begin(S->st, err) < 0 || (r = store_link_cached(S->st, p->task, hit, err)) < 0)
			return -1;
		if (S->opts->all_graded)
			*S->opts->all_graded = 0;
		pending_drop(S, p);
		hits += r == 0;
		tried++;
	}
	w->n = k;
	if (!tried)
		return 0;
	if (store_commit(S->st, err) < 0)
		return -1;
	S->prog.cached += hits;
	S->prog.done += hits;
	if (S->opts->progress)
		S->opts->progress(S->opts->ctx, &S->prog);
	return 0;
}

/* The loop's source: the next task of lane not answered by the cache. */
static int next_job(void *ctx, size_t lane, struct loop_job *job, struct tri_err *err)
{
	struct send_ctx *S = ctx;
	struct window *w = &S->win[lane];
	while (w->head == w->n) {
		if (w->dry)
			return 0;
		if (read_window(S, lane, err) < 0)
			return -1;
	}
	struct pending *p = w->v[w->head++];
	*job = (struct loop_job){
		.lane = lane, .url = S->urls[lane], .body = p->body, .body_len = p->body_len, .ud = p,
	};
	return 1;
}

/* Does lane i send nothing in this invocation? The models' with judge_only;
 * in an adaptive round, the judge's and those of the models not asked. */
static int lane_off(const struct run_opts *o, const struct config *c, size_t i)
{
	if (i >= c->n_models)
		return o->rank_max != 0;
	return o->judge_only || (o->lanes_on && !o->lanes_on[i]);
}

/* Tasks to send in this invocation. */
static int count_pending(struct store *st, const char *run, const struct config *c,
			 const struct run_opts *o, int64_t *total, struct tri_err *err)
{
	if (!o->rank_max)
		return store_count_pending(st, run, o->judge_only, total, err);
	*total = 0;
	for (size_t i = 0; i < c->n_models; i++) {
		int64_t n;
		if (lane_off(o, c, i))
			continue;
		if (store_count_pending_ranked(st, run, c->models[i].id, o->rank_failed, o->rank_max,
					       &n, err) < 0)
			return -1;
		*total += n;
	}
	return 0;
}

/* Free every task read, and start every window again from the first task. */
static void reset_windows(struct send_ctx *S, size_t nl)
{
	while (S->live)
		pending_drop(S, S->live);
	for (size_t i = 0; i < nl; i++) {
		S->win[i].n = S->win[i].head = 0;
		S->win[i].after = INT64_MIN;
		S->win[i].dry = lane_off(S->opts, S->c, i);
	}
}

/* The budget ended the sending: what is left to send (every task without
 * an ok answer, the cache's hits linked as sending would have) and what it
 * would hold back, read window by window. */
static int budget_left(struct send_ctx *S, size_t nl, struct tri_err *err)
{
	/* the tasks claimed and not sent are left too: claimed again below */
	if (store_release(S->st, S->run, NULL, err) < 0)
		return -1;
	reset_windows(S, nl);
	for (size_t i = 0; i < nl; i++) {
		struct window *w = &S->win[i];
		while (!w->dry) {
			if (read_window(S, i, err) < 0)
				return -1;
			for (size_t k = 0; k < w->n; k++) {
				S->budget->left_usd += w->v[k]->reserve;
				S->budget->n_left++;
				pending_drop(S, w->v[k]);
			}
			w->n = w->head = 0;
		}
	}
	return 0;
}

int run_check_prices(const struct config *c, const char *why, struct tri_err *err)
{
	for (size_t i = 0; i < n_lanes(c); i++) {
		const struct model *m = model_at(c, i);
		if (isnan(m->price_in) || isnan(m->price_out))
			return err_set(err, TRI_USAGE, "%s: %s %s has no price, so what its requests "
				       "cost cannot be estimated: give it one, in USD per million "
				       "tokens, in the config (price: {input: 0.6, output: 2.2}) or "
				       "as an option of its spec (--model SPEC,price=0.6/2.2)", why,
				       i < c->n_models ? "model" : "the judge", m->id);
	}
	return 0;
}

/* Shared pacing: reserve the next start of lane's model in the store. */
static int reserve(void *ctx, size_t lane, double est, double *wait_s, struct tri_err *err)
{
	struct send_ctx *S = ctx;
	const struct model *m = model_at(S->c, lane);
	double start;
	if (store_pace_reserve(S->st, S->pace_keys[lane], m->rpm > 0 ? 60.0 / m->rpm : 0,
			       m->tpm > 0 ? est * 60.0 / m->tpm : 0, S->pace_owed[lane], &start,
			       err) < 0)
		return -1;
	S->pace_owed[lane] = 0;
	*wait_s = start - store_now(S->st);
	return 0;
}

/* A worker's name, host:pid:random (store.h): the length of its host
 * and its pid; -1 when it is not such a name. */
static int worker_parts(const char *w, size_t *host_len, long *pid)
{
	const char *last = strrchr(w, ':');
	const char *p = last;
	while (p && p > w && p[-1] != ':')
		p--;
	if (!last || !p || p == w || p == last)
		return -1;
	char *end;
	errno = 0;
	*pid = strtol(p, &end, 10);
	*host_len = (size_t)(p - 1 - w);
	return end == last && !errno && *pid > 0 ? 0 : -1;
}

struct reap {
	const struct store *st;
	char **dead;
	size_t n, alloc;
};

/* Is worker w a process of this machine that no longer exists? Another
 * machine's worker is never known dead: its leases run out. */
static int worker_dead(const struct store *st, const char *w)
{
	size_t hl, my_hl;
	long pid, my_pid;
	if (!strcmp(w, st->worker) || worker_parts(w, &hl, &pid) < 0 ||
	    worker_parts(st->worker, &my_hl, &my_pid) < 0 || hl != my_hl ||
	    strncmp(w, st->worker, hl) != 0)
		return 0;
	return kill((pid_t)pid, 0) < 0 && errno == ESRCH;   /* not alive, not another user's */
}

static int reap_row(void *ctx, const char *w, struct tri_err *err)
{
	struct reap *R = ctx;
	if (!worker_dead(R->st, w))
		return 0;
	XGROW(R->dead, R->alloc, R->n + 1);
	R->dead[R->n++] = xstrdup(w);
	return 0;
}

/* A worker of this machine whose process is gone holds leases that nobody
 * renews: they are given back at once, so that a run resumed after a kill
 * -9 or a crash does not wait for them to run out. */
static int reap_dead(struct send_ctx *S, struct tri_err *err)
{
	struct reap R = { .st = S->st };
	int ret = store_each_lease_owner(S->st, S->run, reap_row, &R, err);
	for (size_t i = 0; ret == 0 && i < R.n; i++)
		ret = store_release(S->st, S->run, R.dead[i], err);
	for (size_t i = 0; i < R.n; i++)
		free(R.dead[i]);
	free(R.dead);
	return ret;
}

int run_wait(const struct run_opts *o, double s)
{
	double until = now_mono() + s;
	for (;;) {
		if (o->stop && *o->stop)
			return 1;
		double left = until - now_mono();
		if (left <= 0)
			return 0;
		struct pollfd p = { .fd = o->wake_fd, .events = POLLIN };
		int ms = left > 1 ? 1000 : (int)(left * 1000) + 1;
		if (poll(&p, o->wake_fd >= 0 ? 1 : 0, ms) < 0 && errno != EINTR)
			return 0;
	}
}

int run_hold(struct store *st, const char *run, double lease_s, struct tri_err *err)
{
	char *holder = NULL;
	int r = store_run_hold(st, run, lease_s, &holder, err);
	if (r == 1 && worker_dead(st, holder)) {   /* killed here: its lease is void */
		r = store_run_unhold(st, run, holder, err);
		free(holder);
		holder = NULL;
		if (r == 0)
			r = store_run_hold(st, run, lease_s, &holder, err);
	}
	if (r == 1)
		err_set(err, TRI_RUNTIME, "run %s is being sent by the worker %s: an adaptive run's "
			"rounds, and a run sent through the batch APIs, have one worker at a time "
			"(try again when it is done, or once its lease has run out, in at most %.0f s)",
			run, holder, lease_s);
	free(holder);
	return r == 0 ? 0 : -1;
}

/* The loop's lanes: one per model, with its headers (the key among them). */
static void make_lanes(const struct config *c, struct loop_lane *lanes, struct buf *headers)
{
	for (size_t i = 0; i < n_lanes(c); i++) {
		const struct model *m = model_at(c, i);
		provider_headers(m, &headers[i]);
		json_t *mt = json_object_get(m->params, "max_tokens");
		lanes[i] = (struct loop_lane){
			.headers = headers[i].s, .concurrency = m->concurrency, .rpm = m->rpm,
			.tpm = m->tpm, .max_tokens = json_is_integer(mt) ? (long)json_integer_value(mt) : 0,
			.retries = m->retries, .timeout_s = m->timeout_s, .stream = m->stream,
			.anthropic = m->provider && !strcmp(m->provider, "anthropic"),
		};
	}
}

int run_send(struct store *st, const char *run, const struct config *c,
	     const struct run_opts *opts, int *stopped, struct tri_err *err)
{
	size_t nl = n_lanes(c);
	struct loop_lane *lanes = xcalloc(nl ? nl : 1, sizeof(*lanes));
	struct buf *headers = xcalloc(nl ? nl : 1, sizeof(*headers));
	int ret = -1;
	struct send_ctx S = { .st = st, .run = run, .c = c, .opts = opts, .budget = opts->budget,
			      .lease_s = opts->lease_s > 0 ? opts->lease_s : RUN_LEASE_S };

	*stopped = 0;
	S.prog.started = S.renewed = now_mono();
	S.urls = xcalloc(nl ? nl : 1, sizeof(*S.urls));
	S.win = xcalloc(nl ? nl : 1, sizeof(*S.win));
	S.pace_keys = xcalloc(nl ? nl : 1, sizeof(*S.pace_keys));
	S.pace_owed = xcalloc(nl ? nl : 1, sizeof(*S.pace_owed));
	for (size_t i = 0; i < nl; i++) {
		const struct model *m = model_at(c, i);
		S.urls[i] = provider_url(m);
		S.win[i].v = xcalloc(SEND_WINDOW, sizeof(*S.win[i].v));
		/* limits shared with every worker of the store: the model at its endpoint */
		if (store_shared(st) && (m->rpm > 0 || m->tpm > 0)) {
			struct buf key = BUF_INIT;
			buf_addf(&key, "%s %s", m->base_url, m->name);
			S.pace_keys[i] = buf_detach(&key);
		}
	}
	reset_windows(&S, nl);
	if (store_response_mark(st, &S.mark, err) < 0)
		goto out;
	if (S.budget) {
		S.budget->reached = 0;
		S.budget->n_left = 0;
		S.budget->left_usd = 0;
		if (run_check_prices(c, "--max-cost", err) < 0 ||
		    store_run_spend(st, run, &S.spent, err) < 0)
			goto out;
		S.budget->spent_usd = S.spent;
	}
	int64_t total;
	if (count_pending(st, run, c, opts, &total, err) < 0)
		goto out;
	S.prog.total = (size_t)total;
	if (opts->progress)
		opts->progress(opts->ctx, &S.prog);
	make_lanes(c, lanes, headers);
	for (size_t i = 0; i < nl; i++)
		lanes[i].shared_pace = S.pace_keys[i] != NULL;
	struct loop_hooks h = {
		.ctx = &S, .attempt = on_attempt, .turn = on_turn, .stopping = on_stopping,
		.admit = S.budget ? admit : NULL, .reserve = reserve,
		.stop = opts->stop, .wake_fd = opts->wake_fd, .grace_s = opts->grace_s,
	};
	struct loop_source src = { .ctx = &S, .next = next_job };
	/* Pass after pass: a pass ends when nothing is left to claim; tasks
	 * other workers hold may yet come back (their worker stops or dies),
	 * so the run is left to them only once they hold none. */
	int noted = 0;
	for (;;) {
		S.claimed = 0;
		if (!opts->rank_max && reap_dead(&S, err) < 0)
			goto out;
		if (loop_run(lanes, nl, c->concurrency, &src, &h, stopped, err) < 0 ||
		    store_commit(st, err) < 0)
			goto out;
		int64_t held = 0;
		if (*stopped || opts->rank_max)
			break;
		if (store_held_elsewhere(st, run, opts->judge_only, &held, err) < 0)
			goto out;
		if (!held && !S.claimed)
			break;
		if (held && !S.claimed) {
			if (!noted && opts->note) {
				char line[160];
				snprintf(line, sizeof(line), "waiting for %lld tasks that other workers "
					 "are sending", (long long)held);
				opts->note(opts->ctx, line);
				noted = 1;
			}
			if (run_wait(opts, 1.0)) {
				*stopped = LOOP_STOPPED;
				break;
			}
		}
		reset_windows(&S, nl);
	}
	for (size_t i = 0; i < nl; i++)
		provider_headers_wipe(&headers[i]);
	if (S.budget) {
		S.budget->reached = *stopped == LOOP_HELD;
		S.budget->spent_usd = S.spent;
		if (S.budget->reached && (budget_left(&S, nl, err) < 0 || store_commit(st, err) < 0))
			goto out;
	}
	*stopped = *stopped != 0;
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	/* what this worker claimed and did not send goes back at once (after
	 * a failure too, when the store still answers: else the leases run out) */
	struct tri_err rerr = { 0 };
	struct tri_err *e = ret < 0 ? &rerr : err;
	if (store_release(st, run, NULL, e) < 0)
		ret = -1;
	while (S.live)
		pending_drop(&S, S.live);
	for (size_t i = 0; i < nl; i++) {
		provider_headers_wipe(&headers[i]);
		free(S.urls[i]);
		free(S.win[i].v);
		free(S.pace_keys[i]);
	}
	free(S.pace_keys);
	free(S.pace_owed);
	free(S.urls);
	free(S.win);
	free(lanes);
	free(headers);
	grade_run_free(S.G);
	return ret;
}

/* ---- grading --------------------------------------------------------- */

/* Grading streams: each answer comes from the store with its item's JSON,
 * which is parsed and checked (suite_add_item), graded and freed, so the
 * memory of grading does not grow with the run. Only the suites' headers
 * (templates, default graders) are kept. */
struct run_suites {
	struct suite *v;
	size_t n, alloc_v;
};

static void run_suites_release(struct run_suites *rs)
{
	for (size_t i = 0; i < rs->n; i++)
		suite_release(&rs->v[i]);
	free(rs->v);
	memset(rs, 0, sizeof(*rs));
}

static int suite_header_row(void *ctx, const struct store_suite *ss, struct tri_err *err)
{
	struct run_suites *rs = ctx;
	json_t *h = ss->header ? json_loads(ss->header, 0, NULL) : NULL;
	XGROW(rs->v, rs->alloc_v, rs->n + 1);
	int r = suite_from_header(&rs->v[rs->n], h, err);
	json_decref(h);
	if (r < 0)
		return -1;
	rs->n++;
	return 0;
}

/* The run's suites, headers only (no items). */
static int load_run_headers(struct store *st, const char *run, struct run_suites *rs,
			    struct tri_err *err)
{
	memset(rs, 0, sizeof(*rs));
	return store_each_suite(st, run, suite_header_row, rs, err);
}

static struct suite *find_suite(struct run_suites *rs, const char *name)
{
	for (size_t i = 0; i < rs->n; i++)
		if (!strcmp(rs->v[i].name, name))
			return &rs->v[i];
	return NULL;
}

static void item_release(struct item *it)
{
	free(it->id);
	free(it->category);
	json_decref(it->json);
	memset(it, 0, sizeof(*it));
}

/* The item of a stored task, parsed and checked as when the suite was
 * loaded; the caller releases *it with item_release(). The suite keeps no
 * item: the one suite_add_item() appended is taken back out. */
static int row_item(struct run_suites *rs, const char *run, const char *suite,
		    const char *item_json, const struct suite **s_out, struct item *it,
		    struct tri_err *err)
{
	struct suite *s = suite ? find_suite(rs, suite) : NULL;
	memset(it, 0, sizeof(*it));
	if (!s)
		return err_set(err, TRI_RUNTIME, "run %s: the store holds an item of an unknown "
			       "suite %s", run, suite ? suite : "(none)");
	json_t *o = item_json ? json_loads(item_json, 0, NULL) : NULL;
	int r = o ? suite_add_item(s, o, err)
		  : err_set(err, TRI_RUNTIME, "run %s: the store holds a damaged item of suite %s",
			    run, suite);
	json_decref(o);
	if (r < 0)
		return -1;
	*it = s->items[--s->n_items];
	*s_out = s;
	return 0;
}

int run_load_suite_headers(struct store *st, const char *run, struct suite **v, size_t *n,
			   struct tri_err *err)
{
	struct run_suites rs;
	*v = NULL;
	*n = 0;
	if (load_run_headers(st, run, &rs, err) < 0) {
		run_suites_release(&rs);
		return -1;
	}
	*v = rs.v;
	*n = rs.n;
	return 0;
}

struct grade_run {
	struct store *st;
	const char *run;
	struct run_suites rs;
	struct grade_ctx *gc;
	size_t n;
};

/* The deterministic verdict of a judge-graded item that has an answer: the
 * numeric grader for a number, else exact. *det stays NULL without one. */
static int shadow_grade(struct grade_run *G, const struct suite *s, const struct item *it,
			const char *text, char **det, int *hedged)
{
	const json_t *ans = json_object_get(it->json, "answer");
	int keyed = ans && (json_is_string(ans) || json_is_number(ans));
	*det = NULL;
	/* without an answer the reading still tells whether the answer hedged */
	json_t *gr = keyed ? json_pack("{s:s}", "type", json_is_number(ans) ? "numeric" : "exact")
			   : json_pack("{s:s,s:s}", "type", "regex", "pattern", "$^");
	struct grade g = { .confidence = NAN };
	struct tri_err e = { 0 };
	if (grade_response_with(G->gc, s, it, gr, text, NULL, NULL, &g, &e) == 0) {
		if (keyed)
			*det = xstrdup(verdict_name(g.verdict));
		*hedged = g.hedged;
	}
	grade_release(&g);
	json_decref(gr);
	return 0;
}

/* Grade answer a and store the grade; calls: its tool calls (a's
 * tool_calls parsed, or what the provider returned), NULL when none. */
static int grade_answer(struct grade_run *G, const struct store_answer *a, json_t *calls,
			struct tri_err *err)
{
	const struct suite *s = NULL;
	struct item item;
	if (row_item(&G->rs, G->run, a->suite, a->item_json, &s, &item, err) < 0)
		return err_prefix(err, "task %lld", (long long)a->task);
	const struct item *it = &item;
	struct grade g = { .verdict = V_ERROR, .score = 0, .confidence = NAN };
	json_t *gj = suite_item_grader(s, it);
	const char *gtype = json_string_value(json_object_get(gj, "type"));
	char *det = NULL;
	if (!a->ok) {
		/* a transport or provider failure is an error, never a wrong answer */
		g.evidence = xstrdup(a->error ? a->error : "no usable answer");
	} else if (gtype && !strcmp(gtype, "judge")) {
		/* the judge decides later (run_judge); beside it, when the item has
		 * an answer, the deterministic verdict, for the agreement */
		g.evidence = xstrdup("waiting for the judge");
		if (shadow_grade(G, s, it, a->text ? a->text : "", &det, &g.hedged) < 0)
			goto fail_grade;
	} else {
		if (grade_response(G->gc, s, it, a->text ? a->text : "", a->reasoning, calls, &g,
				   err) < 0) {
			/* a grader that cannot run (e.g. judge without a judge
			 * model) makes this item an error, stored with the
			 * reason; the rest of the run is still graded */
			grade_release(&g);
			g = (struct grade){ .verdict = V_ERROR, .confidence = NAN,
					    .evidence = xstrdup(err->msg) };
		}
	}
	struct store_grade sg = {
		.verdict = verdict_name(g.verdict), .score = g.score, .confidence = g.confidence,
		.evidence = g.evidence, .grader = gtype ? gtype : "exact",
		.hedged = g.hedged, .uncertain = g.uncertain, .det_verdict = det, .fault = g.fault,
	};
	int r = store_put_grade(G->st, a->task, &sg, err);
	json_decref(gj);
	grade_release(&g);
	free(det);
	item_release(&item);
	if (r == 0)
		G->n++;
	return r;
fail_grade:
	json_decref(gj);
	grade_release(&g);
	free(det);
	item_release(&item);
	return -1;
}

static int grade_row(void *ctx, const struct store_answer *a, struct tri_err *err)
{
	json_t *calls = a->tool_calls ? json_loads(a->tool_calls, 0, NULL) : NULL;
	int r = grade_answer(ctx, a, calls, err);
	json_decref(calls);
	return r;
}

int run_grade(struct store *st, const char *run, int regrade, size_t *n_graded,
	      struct tri_err *err)
{
	struct grade_run G = { .st = st, .run = run };
	int ret = -1;
	*n_graded = 0;
	if (load_run_headers(st, run, &G.rs, err) < 0 || grade_ctx_open(&G.gc, tri_home(), err) < 0 ||
	    store_begin(st, err) < 0 || store_each_answer(st, run, regrade, grade_row, &G, err) < 0 ||
	    store_commit(st, err) < 0)
		goto out;
	*n_graded = G.n;
	/* grading again rewrote the grades the judge decided: its stored
	 * replies decide them again (no new judge request) */
	size_t applied;
	if (regrade && run_judge_apply(st, run, 1, &applied, err) < 0)
		goto out;
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	grade_ctx_close(G.gc);
	run_suites_release(&G.rs);
	return ret;
}

static void grade_run_free(struct grade_run *G)
{
	if (!G)
		return;
	grade_ctx_close(G->gc);
	run_suites_release(&G->rs);
	free(G);
}

/* A model's answer, or its failure, as it comes (run_send): graded as
 * run_grade() would grade it from the store, with the same grade_answer(),
 * in the transaction that stores it; run_grade() then finds it graded. */
static int grade_sent(struct send_ctx *S, const struct pending *p, const struct loop_attempt *at,
		      struct tri_err *err)
{
	const struct response *r = at->cls == ATT_OK ? at->r : NULL;
	if (!S->G) {
		S->G = xcalloc(1, sizeof(*S->G));
		S->G->st = S->st;
		S->G->run = S->run;
		if (load_run_headers(S->st, S->run, &S->G->rs, err) < 0 ||
		    grade_ctx_open(&S->G->gc, tri_home(), err) < 0)
			return -1;
	}
	if (!S->G->gc)
		return err_set(err, TRI_RUNTIME, "the graders could not be opened");
	char *item_json = NULL;
	if (store_item_json(S->st, p->item_hash, &item_json, err) < 0)
		return -1;
	json_t *calls = r ? provider_calls(r) : NULL;
	struct store_answer a = {
		.task = p->task, .suite = p->suite, .ok = r != NULL, .text = r ? r->text.s : NULL,
		.reasoning = r && r->reasoning.len ? r->reasoning.s : NULL,
		.error = r ? NULL : at->error, .item_json = item_json,
	};
	size_t before = S->G->n;
	int ret = grade_answer(S->G, &a, calls, err);
	if (ret == 0 && S->opts->graded)
		*S->opts->graded += S->G->n - before;
	free(item_json);
	json_decref(calls);
	return ret;
}

/* ---- the judge ---------------------------------------------------------- */

/* Judge tasks come after every model task in plan order. */
#define JUDGE_ORD_BASE ((int64_t)1 << 40)

struct judge_run {
	struct store *st;
	const char *run;
	const struct config *c;
	struct run_suites rs;
	struct judge_set *js;
	struct buf prompt, body, key;
	size_t n;
};

/* The grade of task t (graded by gtype) when the judge cannot be asked or
 * answered: a judge-graded item becomes an error; another grader's
 * verdict stays, with the judge's failure said. */
static int judge_failed(struct store *st, int64_t task, const char *gtype, const char *verdict,
			const char *det, const char *old_evidence, double confidence, int hedged,
			int uncertain, int judged, const char *why, struct tri_err *err)
{
	int own = !strcmp(gtype, "judge");
	char *ev = own ? grade_evidence("%s", why)
		       : grade_evidence("%s; %s", old_evidence ? old_evidence : verdict, why);
	struct store_grade sg = {
		.verdict = own ? "error" : verdict, .score = !own && !strcmp(verdict, "correct"),
		.confidence = confidence, .evidence = ev, .grader = gtype, .hedged = hedged,
		.uncertain = uncertain, .det_verdict = det, .judged = judged,
	};
	int r = store_put_grade(st, task, &sg, err);
	free(ev);
	return r;
}

static int judge_queue_item(struct judge_run *J, const struct store_judge_queue *t,
			    const struct suite *s, const struct item *it, struct tri_err *err)
{
	const char *tmpl;
	struct tri_err why = { 0 };
	if (judge_prompt(J->js, s, it, t->grader, t->text ? t->text : "", &J->prompt, &tmpl,
			 &why) < 0) {
		/* nothing to judge by: said in the grade, the run goes on */
		char *msg = grade_evidence("the judge cannot grade this item: %s", why.msg);
		int r = judge_failed(J->st, t->task, t->grader, "error", NULL, NULL, NAN, 0, 0, 3,
				     msg, err);
		free(msg);
		return r;
	}
	json_t *msgs = json_pack("[{s:s,s:s%}]", "role", "user", "content", J->prompt.s,
				 J->prompt.len);
	char hash[65];
	buf_reset(&J->body);
	buf_reset(&J->key);
	int r = provider_body(J->c->judge, msgs, NULL, NULL, J->c->judge->stream, &J->body, err);
	json_decref(msgs);
	if (r < 0)
		return -1;
	buf_addf(&J->key, "%s\n%s", J->c->judge->base_url, J->body.s);
	sha256_hex(J->key.s, J->key.len, hash);
	struct store_task jt = {
		.model = J->c->judge->id, .suite = t->suite, .item = t->item, .item_hash = t->item_hash,
		.sample = t->sample, .ord = JUDGE_ORD_BASE + t->task, .request_hash = hash,
		.request = J->body.s, .request_len = J->body.len, .judge_of = t->task,
	};
	if (store_put_task(J->st, J->run, &jt, err) < 0)
		return -1;
	J->n++;
	return 0;
}

static int judge_queue_row(void *ctx, const struct store_judge_queue *t, struct tri_err *err)
{
	struct judge_run *J = ctx;
	const struct suite *s = NULL;
	struct item it;
	if (row_item(&J->rs, J->run, t->suite, t->item_json, &s, &it, err) < 0)
		return err_prefix(err, "task %lld", (long long)t->task);
	int r = judge_queue_item(J, t, s, &it, err);
	item_release(&it);
	return r;
}

static void judge_run_release(struct judge_run *J)
{
	run_suites_release(&J->rs);
	judge_close(J->js);
	buf_release(&J->prompt);
	buf_release(&J->body);
	buf_release(&J->key);
}

int run_judge_plan(struct store *st, const char *run, const struct config *c, size_t *n_planned,
		   struct tri_err *err)
{
	struct judge_run J = { .st = st, .run = run, .c = c };
	int ret = -1;
	*n_planned = 0;
	if (!c->judge)
		return 0;
	if (load_run_headers(st, run, &J.rs, err) < 0 || judge_open(&J.js, tri_home(), err) < 0 ||
	    store_begin(st, err) < 0 ||
	    store_each_judge_queue(st, run, c->judge_fallback, judge_queue_row, &J, err) < 0 ||
	    store_commit(st, err) < 0)
		goto out;
	*n_planned = J.n;
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	judge_run_release(&J);
	return ret;
}

/* The first line of s that has a letter, cut for the evidence. */
static void first_line(const char *s, const char **p, int *n)
{
	while (*s && (isspace((unsigned char)*s) || !isalpha((unsigned char)*s)) && *s != '\n')
		s++;
	const char *e = strchr(s, '\n');
	size_t len = e ? (size_t)(e - s) : strlen(s);
	*p = s;
	*n = len > 100 ? 100 : (int)len;
}

static int judge_reply_item(struct judge_run *J, const struct store_judge_reply *r,
			    const struct suite *s, const struct item *it, struct tri_err *err)
{
	const char *gtype = r->grader ? r->grader : "judge";
	int own = !strcmp(gtype, "judge");
	/* the deterministic verdict beside the judge's: the shadow of a judge
	 * item, or the verdict of the grader that was uncertain */
	const char *det = own ? r->det_verdict : r->verdict;
	struct tri_err why = { 0 };
	const char *tmpl = it ? judge_template_for(s, it, gtype, &why) : NULL;
	enum verdict v;
	const char *label;
	if (!tmpl)
		return judge_failed(J->st, r->task, gtype, r->verdict, det, r->evidence, r->confidence,
				    r->hedged, r->uncertain, 3, "the judge cannot grade this item", err);
	if (!r->ok) {
		char *msg = grade_evidence("the judge's request failed: %s", r->error ? r->error : "?");
		int rc = judge_failed(J->st, r->task, gtype, r->verdict, det, r->evidence,
				      r->confidence, r->hedged, r->uncertain, 2, msg, err);
		free(msg);
		J->n++;
		return rc;
	}
	if (judge_read(tmpl, gtype, r->text, &v, &label) < 0) {
		const char *p;
		int n;
		first_line(r->text ? r->text : "", &p, &n);
		char *msg = grade_evidence("the judge's reply could not be read: \"%.*s\"", n, p);
		int rc = judge_failed(J->st, r->task, gtype, r->verdict, det, r->evidence,
				      r->confidence, r->hedged, r->uncertain, 3, msg, err);
		free(msg);
		J->n++;
		return rc;
	}
	const char *p;
	int n;
	first_line(r->text, &p, &n);
	char *ev = !strcmp(tmpl, "rubric") ? grade_evidence("judge (%s): %s: %.*s", tmpl, label, n, p)
					   : grade_evidence("judge (%s): %s", tmpl, label);
	struct store_grade sg = {
		.verdict = verdict_name(v), .score = v == V_CORRECT, .confidence = r->confidence,
		.evidence = ev, .grader = gtype, .hedged = r->hedged, .uncertain = r->uncertain,
		.det_verdict = det, .judged = 1,
	};
	int rc = store_put_grade(J->st, r->task, &sg, err);
	free(ev);
	J->n++;
	return rc;
}

static int judge_reply_row(void *ctx, const struct store_judge_reply *r, struct tri_err *err)
{
	struct judge_run *J = ctx;
	const struct suite *s = NULL;
	struct item it;
	if (row_item(&J->rs, J->run, r->suite, r->item_json, &s, &it, err) < 0)
		return err_prefix(err, "task %lld", (long long)r->task);
	int rc = judge_reply_item(J, r, s, &it, err);
	item_release(&it);
	return rc;
}

int run_judge_apply(struct store *st, const char *run, int all, size_t *n_applied,
		    struct tri_err *err)
{
	struct judge_run J = { .st = st, .run = run };
	int ret = -1;
	*n_applied = 0;
	if (load_run_headers(st, run, &J.rs, err) < 0 || store_begin(st, err) < 0 ||
	    store_each_judge_reply(st, run, all, judge_reply_row, &J, err) < 0 ||
	    store_commit(st, err) < 0)
		goto out;
	*n_applied = J.n;
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	judge_run_release(&J);
	return ret;
}
