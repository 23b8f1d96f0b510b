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
#include <math.h>
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

int run_each_request(const struct config *c, const struct suite *suites, size_t n_suites,
		     int (*fn)(void *ctx, const struct run_request *rq, struct tri_err *err),
		     void *ctx, struct tri_err *err)
{
	for (size_t si = 0; si < n_suites; si++)
		for (size_t ii = 0; ii < suites[si].n_items; ii++)
			if (item_requests(c, &suites[si], &suites[si].items[ii], fn, ctx, err) < 0)
				return -1;
	return 0;
}

struct plan_ctx {
	struct store *st;
	const char *run;
	long ord;
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
	return store_put_task(P->st, P->run, &t, err);
}

int run_plan(struct store *st, const struct config *c, const struct suite *suites,
	     size_t n_suites, const char *argv, char **run_id, struct tri_err *err)
{
	char *run = NULL;
	json_t *snap = config_snapshot(c);
	int ret = -1;

	if (store_begin(st, err) < 0)
		goto out;
	if (store_run_create(st, snap, argv, &run, err) < 0 || put_models(st, run, c, err) < 0 ||
	    put_suites(st, run, suites, n_suites, err) < 0)
		goto out;
	struct plan_ctx P = { .st = st, .run = run };
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

/* ---- sending --------------------------------------------------------- */

struct pending {
	int64_t task;
	size_t model;
	char *body;
	size_t body_len;
	char *hash;
	long out_typical;        /* a typical answer's tokens (its suite's) */
	double reserve;          /* what the budget holds back while it is in flight */
	int ok;                  /* it got an ok answer */
};

struct pending_list {
	const struct config *c;
	const char *run;
	const struct run_opts *opts;
	struct pending *v;
	size_t n, alloc;
};

struct send_ctx {
	struct store *st;
	const struct config *c;
	struct pending *p;       /* p[i] is job i of the loop */
	struct run_progress prog;
	size_t batch;            /* responses in the open transaction */
	double batch_spend;
	size_t batch_failed;
	const struct run_opts *opts;
	struct run_budget *budget;   /* NULL: none */
	double spent, reserved;      /* the run's spend; held back by the requests in flight */
};

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
	int ret = store_put_response(st, a->task, a->hash, &sr, err);
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
	if (run_store_answer(S->st, &ra, err) < 0)
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
static int admit(void *ctx, size_t job)
{
	struct send_ctx *S = ctx;
	double r = S->p[job].reserve;
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
	p->ok = a->cls == ATT_OK;
}

static int on_attempt(void *ctx, const struct loop_attempt *a, struct tri_err *err)
{
	struct send_ctx *S = ctx;
	struct pending *p = &S->p[a->job];
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
	return a->final ? put_response(S, p, a, err) : 0;
}

/* End of a loop turn: commit the batch, and only then count it. */
static int on_turn(void *ctx, struct tri_err *err)
{
	struct send_ctx *S = ctx;
	if (store_commit(S->st, err) < 0)
		return -1;
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

static int pending_row(void *ctx, const struct store_task *t, struct tri_err *err)
{
	struct pending_list *pl = ctx;
	size_t mi;
	if (model_index(pl->c, t->model, &mi) < 0)
		return err_set(err, TRI_RUNTIME, "run %s: task for unknown model '%s'", pl->run, t->model);
	XGROW(pl->v, pl->alloc, pl->n + 1);
	struct pending *p = &pl->v[pl->n++];
	p->task = t->id;
	p->model = mi;
	p->body = xstrndup(t->request, t->request_len);
	p->body_len = t->request_len;
	p->hash = xstrdup(t->request_hash);
	p->out_typical = mi < pl->c->n_models ? SUITE_OUTPUT_TOKENS_DEFAULT
					       : ESTIMATE_JUDGE_OUTPUT_TOKENS;
	for (size_t i = 0; mi < pl->c->n_models && i < pl->opts->n_suites; i++)
		if (!strcmp(pl->opts->suites[i].name, t->suite))
			p->out_typical = suite_output_tokens(&pl->opts->suites[i]);
	p->reserve = 0;
	p->ok = 0;
	if (pl->opts->budget) {
		struct estimate e;
		if (estimate_request(model_at(pl->c, mi), p->body, p->body_len, p->out_typical,
				     &e) < 0)
			return err_set(err, TRI_RUNTIME, "run %s: task %lld: the stored request is "
				       "not JSON", pl->run, (long long)t->id);
		p->reserve = estimate_reserve(&e);
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
	struct pending_list pl = { .c = c, .run = run, .opts = opts };
	struct loop_job *jobs = NULL;
	size_t nl = n_lanes(c);
	struct loop_lane *lanes = xcalloc(nl ? nl : 1, sizeof(*lanes));
	struct buf *headers = xcalloc(nl ? nl : 1, sizeof(*headers));
	char **urls = xcalloc(nl ? nl : 1, sizeof(*urls));
	size_t n_jobs = 0;
	int ret = -1;
	struct send_ctx S = { .st = st, .c = c, .opts = opts, .budget = opts->budget };

	*stopped = 0;
	S.prog.started = now_mono();
	if (S.budget) {
		S.budget->reached = 0;
		S.budget->n_left = 0;
		S.budget->left_usd = 0;
		if (run_check_prices(c, "--max-cost", err) < 0 ||
		    store_run_spend(st, run, &S.spent, err) < 0)
			goto out;
		S.budget->spent_usd = S.spent;
	}
	if (store_each_pending(st, run, opts->judge_only, pending_row, &pl, err) < 0)
		goto out;
	S.prog.total = pl.n;
	for (size_t i = 0; i < nl; i++)
		urls[i] = provider_url(model_at(c, i));
	jobs = xcalloc(pl.n ? pl.n : 1, sizeof(*jobs));
	S.p = xcalloc(pl.n ? pl.n : 1, sizeof(*S.p));
	/* the cache first: linking is one transaction for all hits */
	if (store_begin(st, err) < 0)
		goto out;
	for (size_t i = 0; i < pl.n; i++) {
		int64_t hit = 0;
		if (!opts->no_cache && store_cached_response(st, pl.v[i].hash, &hit, err) < 0)
			goto out;
		if (hit) {
			if (store_link_cached(st, pl.v[i].task, hit, err) < 0)
				goto out;
			S.prog.cached++;
			S.prog.done++;
			continue;
		}
		S.p[n_jobs] = pl.v[i];
		jobs[n_jobs] = (struct loop_job){
			.lane = pl.v[i].model, .url = urls[pl.v[i].model],
			.body = pl.v[i].body, .body_len = pl.v[i].body_len,
		};
		n_jobs++;
	}
	if (store_commit(st, err) < 0)
		goto out;
	if (opts->progress)
		opts->progress(opts->ctx, &S.prog);
	make_lanes(c, lanes, headers);
	struct loop_hooks h = {
		.ctx = &S, .attempt = on_attempt, .turn = on_turn, .stopping = on_stopping,
		.admit = S.budget ? admit : NULL,
		.stop = opts->stop, .wake_fd = opts->wake_fd, .grace_s = opts->grace_s,
	};
	int lr = loop_run(lanes, nl, c->concurrency, jobs, n_jobs, &h, stopped, err);
	for (size_t i = 0; i < nl; i++)
		provider_headers_wipe(&headers[i]);
	if (lr < 0 || store_commit(st, err) < 0)
		goto out;
	if (S.budget) {
		S.budget->reached = *stopped == LOOP_HELD;
		S.budget->spent_usd = S.spent;
		for (size_t i = 0; i < n_jobs; i++)
			if (!S.p[i].ok) {
				S.budget->left_usd += S.p[i].reserve;
				S.budget->n_left++;
			}
	}
	*stopped = *stopped != 0;
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	for (size_t i = 0; i < pl.n; i++) {
		free(pl.v[i].body);
		free(pl.v[i].hash);
	}
	for (size_t i = 0; i < nl; i++) {
		provider_headers_wipe(&headers[i]);
		free(urls[i]);
	}
	free(pl.v);
	free(S.p);
	free(jobs);
	free(lanes);
	free(headers);
	free(urls);
	return ret;
}

/* ---- grading --------------------------------------------------------- */

struct run_suites {
	struct suite *v;
	size_t n, alloc_v;
	struct item **by_id;  /* per suite: items sorted by id (into v[i].items) */
	size_t *offset;       /* where suite i's run starts in by_id */
};

static void run_suites_release(struct run_suites *rs)
{
	for (size_t i = 0; i < rs->n; i++)
		suite_release(&rs->v[i]);
	free(rs->v);
	free(rs->by_id);
	free(rs->offset);
	memset(rs, 0, sizeof(*rs));
}

static int cmp_item_id(const void *a, const void *b)
{
	return strcmp((*(struct item *const *)a)->id, (*(struct item *const *)b)->id);
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

static int suite_item_row(void *ctx, const char *suite, const char *item_json, struct tri_err *err)
{
	struct run_suites *rs = ctx;
	for (size_t i = 0; i < rs->n; i++) {
		if (strcmp(rs->v[i].name, suite))
			continue;
		json_t *o = item_json ? json_loads(item_json, 0, NULL) : NULL;
		int r = o ? suite_add_item(&rs->v[i], o, err)
			  : err_set(err, TRI_RUNTIME, "the store holds a damaged item of suite %s", suite);
		json_decref(o);
		return r;
	}
	return err_set(err, TRI_RUNTIME, "the store holds an item of an unknown suite %s", suite);
}

/* Rebuild the run's suites (headers and items) from the store. */
static int load_run_suites(struct store *st, const char *run, struct run_suites *rs,
			   struct tri_err *err)
{
	memset(rs, 0, sizeof(*rs));
	if (store_each_suite(st, run, suite_header_row, rs, err) < 0)
		return -1;
	if (store_each_run_item(st, run, suite_item_row, rs, err) < 0)
		return -1;
	/* an index by id per suite, for grading in O(log n) per task */
	size_t total = 0;
	rs->offset = xcalloc(rs->n + 1, sizeof(*rs->offset));
	for (size_t i = 0; i < rs->n; i++) {
		rs->offset[i] = total;
		total += rs->v[i].n_items;
	}
	rs->offset[rs->n] = total;
	rs->by_id = xcalloc(total ? total : 1, sizeof(*rs->by_id));
	for (size_t i = 0; i < rs->n; i++) {
		struct item **b = rs->by_id + rs->offset[i];
		for (size_t k = 0; k < rs->v[i].n_items; k++)
			b[k] = &rs->v[i].items[k];
		qsort(b, rs->v[i].n_items, sizeof(*b), cmp_item_id);
	}
	return 0;
}

static const struct item *find_item(const struct run_suites *rs, const char *suite,
				    const char *id, const struct suite **s_out)
{
	for (size_t i = 0; i < rs->n; i++) {
		if (strcmp(rs->v[i].name, suite))
			continue;
		struct item key = { .id = (char *)id }, *kp = &key;
		struct item **hit = bsearch(&kp, rs->by_id + rs->offset[i], rs->v[i].n_items,
					    sizeof(*rs->by_id), cmp_item_id);
		if (hit)
			*s_out = &rs->v[i];
		return hit ? *hit : NULL;
	}
	return NULL;
}

int run_load_suites(struct store *st, const char *run, struct suite **v, size_t *n,
		    struct tri_err *err)
{
	struct run_suites rs;
	*v = NULL;
	*n = 0;
	if (load_run_suites(st, run, &rs, err) < 0) {
		run_suites_release(&rs);
		return -1;
	}
	*v = rs.v;
	*n = rs.n;
	rs.v = NULL;
	rs.n = 0;
	run_suites_release(&rs);
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

static int grade_row(void *ctx, const struct store_answer *a, struct tri_err *err)
{
	struct grade_run *G = ctx;
	const struct suite *s = NULL;
	const struct item *it = find_item(&G->rs, a->suite, a->item, &s);
	if (!it)
		return err_set(err, TRI_RUNTIME, "run %s: task %lld has no item in the store",
			       G->run, (long long)a->task);
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
		json_t *calls = a->tool_calls ? json_loads(a->tool_calls, 0, NULL) : NULL;
		if (grade_response(G->gc, s, it, a->text ? a->text : "", a->reasoning, calls, &g,
				   err) < 0) {
			/* a grader that cannot run (e.g. judge without a judge
			 * model) makes this item an error, stored with the
			 * reason; the rest of the run is still graded */
			grade_release(&g);
			g = (struct grade){ .verdict = V_ERROR, .confidence = NAN,
					    .evidence = xstrdup(err->msg) };
		}
		json_decref(calls);
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
	if (r == 0)
		G->n++;
	return r;
fail_grade:
	json_decref(gj);
	grade_release(&g);
	free(det);
	return -1;
}

int run_grade(struct store *st, const char *run, int regrade, size_t *n_graded,
	      struct tri_err *err)
{
	struct grade_run G = { .st = st, .run = run };
	int ret = -1;
	*n_graded = 0;
	if (load_run_suites(st, run, &G.rs, err) < 0 || grade_ctx_open(&G.gc, tri_home(), err) < 0 ||
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

static int judge_queue_row(void *ctx, const struct store_judge_queue *t, struct tri_err *err)
{
	struct judge_run *J = ctx;
	const struct suite *s = NULL;
	const struct item *it = find_item(&J->rs, t->suite, t->item, &s);
	const char *tmpl;
	struct tri_err why = { 0 };
	if (!it)
		return err_set(err, TRI_RUNTIME, "run %s: task %lld has no item in the store",
			       J->run, (long long)t->task);
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
	if (load_run_suites(st, run, &J.rs, err) < 0 || judge_open(&J.js, tri_home(), err) < 0 ||
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

static int judge_reply_row(void *ctx, const struct store_judge_reply *r, struct tri_err *err)
{
	struct judge_run *J = ctx;
	const struct suite *s = NULL;
	const struct item *it = find_item(&J->rs, r->suite, r->item, &s);
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

int run_judge_apply(struct store *st, const char *run, int all, size_t *n_applied,
		    struct tri_err *err)
{
	struct judge_run J = { .st = st, .run = run };
	int ret = -1;
	*n_applied = 0;
	if (load_run_suites(st, run, &J.rs, err) < 0 || store_begin(st, err) < 0 ||
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
