/* run.c -- plan, send and grade a run (see run.h).
 *
 * Planning renders every request body once and stores it with its hash,
 * so that sending (now or after --resume) needs only the store: the body
 * of task T is exactly what was planned. The cache key is the hash of the
 * base URL and the body; with temperature > 0 and several samples the
 * sample index joins the key, so samples are independent draws. */
#include <math.h>
#include "util.h"
#include "buf.h"
#include "grade.h"
#include "loop.h"
#include "provider.h"
#include "run.h"

static int bind_step(struct store *st, sqlite3_stmt *q, struct tri_err *err)
{
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return err_set(err, TRI_RUNTIME, "%s: %s", st->path, sqlite3_errmsg(st->db));
	return 0;
}

static void bind_real_or_null(sqlite3_stmt *q, int i, double v)
{
	if (isnan(v))
		sqlite3_bind_null(q, i);
	else
		sqlite3_bind_double(q, i, v);
}

static int put_models(struct store *st, const char *run, const struct config *c,
		      struct tri_err *err)
{
	sqlite3_stmt *q;
	if (store_prepare(st, "INSERT INTO models(run, id, spec, provider, name, base_url, settings, "
			  "size_total, size_active, price_in, price_out) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
			  &q, err) < 0)
		return -1;
	int ret = 0;
	for (size_t i = 0; i < c->n_models && ret == 0; i++) {
		const struct model *m = &c->models[i];
		char *settings = json_dumps(m->params, JSON_COMPACT | JSON_SORT_KEYS);
		sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 2, m->id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 3, m->spec, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 4, m->provider, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 5, m->name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 6, m->base_url, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 7, settings ? settings : "{}", -1, SQLITE_TRANSIENT);
		bind_real_or_null(q, 8, m->size_total);
		bind_real_or_null(q, 9, m->size_active);
		bind_real_or_null(q, 10, m->price_in);
		bind_real_or_null(q, 11, m->price_out);
		free(settings);
		ret = bind_step(st, q, err);
	}
	sqlite3_finalize(q);
	return ret;
}

static int put_suites(struct store *st, const char *run, const struct suite *suites,
		      size_t n, struct tri_err *err)
{
	sqlite3_stmt *q;
	if (store_prepare(st, "INSERT INTO suites(run, name, version, axis, path, meta, n_items) "
			  "VALUES (?1,?2,?3,?4,?5,?6,?7)", &q, err) < 0)
		return -1;
	int ret = 0;
	for (size_t i = 0; i < n && ret == 0; i++) {
		json_t *h = suite_header(&suites[i]);
		char *hs = json_dumps(h, JSON_COMPACT | JSON_SORT_KEYS);
		json_decref(h);
		sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 2, suites[i].name, -1, SQLITE_TRANSIENT);
		if (suites[i].version)
			sqlite3_bind_text(q, 3, suites[i].version, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 4, suites[i].axis, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 5, suites[i].path, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 6, hs ? hs : "{}", -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(q, 7, (sqlite3_int64)suites[i].n_items);
		free(hs);
		ret = bind_step(st, q, err);
	}
	sqlite3_finalize(q);
	return ret;
}

static int sampled(const struct model *m, long samples)
{
	json_t *t = json_object_get(m->params, "temperature");
	/* provider default temperatures are > 0, so unset counts as > 0 */
	return samples > 1 && (!t || json_number_value(t) > 0);
}

int run_plan(struct store *st, const struct config *c, const struct suite *suites,
	     size_t n_suites, const char *argv, char **run_id, struct tri_err *err)
{
	sqlite3_stmt *qi = NULL, *qt = NULL;
	struct buf body = BUF_INIT, key = BUF_INIT;
	char *run = NULL;
	json_t *snap = config_snapshot(c);
	int ret = -1;
	long ord = 0;

	if (store_begin(st, err) < 0)
		goto out;
	if (store_run_create(st, snap, argv, &run, err) < 0 || put_models(st, run, c, err) < 0 ||
	    put_suites(st, run, suites, n_suites, err) < 0)
		goto out;
	if (store_prepare(st, "INSERT OR IGNORE INTO items(hash, id, json) VALUES (?1,?2,?3)", &qi, err) < 0 ||
	    store_prepare(st, "INSERT INTO tasks(run, model, suite, item, item_hash, sample, ord, "
			  "request_hash, request) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)", &qt, err) < 0)
		goto out;
	for (size_t si = 0; si < n_suites; si++) {
		const struct suite *s = &suites[si];
		for (size_t ii = 0; ii < s->n_items; ii++) {
			const struct item *it = &s->items[ii];
			char *ij = json_dumps(it->json, JSON_COMPACT | JSON_SORT_KEYS);
			sqlite3_bind_text(qi, 1, it->hash, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(qi, 2, it->id, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(qi, 3, ij ? ij : "{}", -1, SQLITE_TRANSIENT);
			free(ij);
			if (bind_step(st, qi, err) < 0)
				goto out;
			json_t *msgs = suite_item_messages(s, it);
			for (long sample = 0; sample < c->samples; sample++)
				for (size_t mi = 0; mi < c->n_models; mi++) {
					const struct model *m = &c->models[mi];
					char hash[65];
					buf_reset(&body);
					buf_reset(&key);
					if (provider_body(m, msgs, m->stream, &body, err) < 0) {
						json_decref(msgs);
						goto out;
					}
					buf_addf(&key, "%s\n%s", m->base_url, body.s);
					if (sampled(m, c->samples))
						buf_addf(&key, "\n#sample=%ld", sample);
					sha256_hex(key.s, key.len, hash);
					sqlite3_bind_text(qt, 1, run, -1, SQLITE_TRANSIENT);
					sqlite3_bind_text(qt, 2, m->id, -1, SQLITE_TRANSIENT);
					sqlite3_bind_text(qt, 3, s->name, -1, SQLITE_TRANSIENT);
					sqlite3_bind_text(qt, 4, it->id, -1, SQLITE_TRANSIENT);
					sqlite3_bind_text(qt, 5, it->hash, -1, SQLITE_TRANSIENT);
					sqlite3_bind_int64(qt, 6, sample);
					sqlite3_bind_int64(qt, 7, ord++);
					sqlite3_bind_text(qt, 8, hash, -1, SQLITE_TRANSIENT);
					sqlite3_bind_text(qt, 9, body.s, (int)body.len, SQLITE_TRANSIENT);
					if (bind_step(st, qt, err) < 0) {
						json_decref(msgs);
						goto out;
					}
				}
			json_decref(msgs);
		}
	}
	if (store_commit(st, err) < 0)
		goto out;
	*run_id = run;
	run = NULL;
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	sqlite3_finalize(qi);
	sqlite3_finalize(qt);
	json_decref(snap);
	free(run);
	buf_release(&body);
	buf_release(&key);
	return ret;
}

int run_load_config(struct store *st, const char *run, struct config *c, struct tri_err *err)
{
	sqlite3_stmt *q;
	if (store_prepare(st, "SELECT config FROM runs WHERE id = ?1", &q, err) < 0)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(q) != SQLITE_ROW) {
		sqlite3_finalize(q);
		return err_set(err, TRI_USAGE, "no run '%s' in %s", run, st->path);
	}
	json_t *snap = json_loads((const char *)sqlite3_column_text(q, 0), 0, NULL);
	sqlite3_finalize(q);
	int r = snap ? config_from_snapshot(c, snap, err)
		     : err_set(err, TRI_RUNTIME, "run '%s': damaged config record", run);
	json_decref(snap);
	return r;
}

/* ---- sending --------------------------------------------------------- */

struct pending {
	int64_t task;
	size_t model;
	char *body;
	char *hash;
};

struct send_ctx {
	struct store *st;
	const struct loop_job *jobs;
	struct pending *p;
	struct run_progress prog;
	size_t batch;          /* responses in the open transaction */
	double batch_spend;
	const struct run_opts *opts;
};

static double cost_of(const struct model *m, const struct response *r)
{
	if (!isnan(r->cost))
		return r->cost;
	if (isnan(m->price_in) || isnan(m->price_out) || r->tok_in < 0 || r->tok_out < 0)
		return NAN;
	return ((double)r->tok_in * m->price_in + (double)r->tok_out * m->price_out) / 1e6;
}

static int on_attempt(void *ctx, const struct loop_job *j, const struct store_attempt *a,
		      struct tri_err *err)
{
	struct send_ctx *S = ctx;
	if (a->error_class)
		S->prog.retries++;
	if (store_begin(S->st, err) < 0)
		return -1;
	return store_put_attempt(S->st, j->task, a, err);
}

static int on_done(void *ctx, const struct loop_job *j, const struct loop_outcome *o,
		   struct tri_err *err)
{
	struct send_ctx *S = ctx;
	const struct response *r = o->r;
	const struct pending *p = &S->p[j - S->jobs];
	char *meta = json_object_size(r->meta) ? json_dumps(r->meta, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	/* reasoning time: from the request until the first answer token, when
	 * the model reasoned before answering */
	double reasoning_s = r->reasoning.len && !isnan(r->t_answer) ? r->t_answer : NAN;
	struct store_response sr = {
		.ok = o->ok, .text = o->ok ? r->text.s : NULL,
		.reasoning = o->ok && r->reasoning.len ? r->reasoning.s : NULL,
		.finish_reason = r->finish_reason, .error = o->error,
		.raw = o->ok ? NULL : r->raw.s, .raw_len = o->ok ? 0 : r->raw.len,
		.tok_in = r->tok_in, .tok_out = r->tok_out, .tok_reason = r->tok_reason,
		.cost = r->cost, .latency = o->latency, .ttft = r->t_first,
		.reasoning_s = reasoning_s, .meta_json = meta, .http_status = o->http_status,
	};
	int ret = store_begin(S->st, err);
	if (ret == 0)
		ret = store_put_response(S->st, p->task, p->hash, &sr, err);
	free(meta);
	if (ret < 0)
		return -1;
	double cost = cost_of(j->model, r);
	if (!isnan(cost))
		S->batch_spend += cost;
	if (!o->ok)
		S->prog.failed++;
	S->batch++;
	return 0;
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
	S->prog.spend_usd += S->batch_spend;
	S->batch = 0;
	S->batch_spend = 0;
	if (S->opts->progress)
		S->opts->progress(S->opts->progress_ctx, &S->prog);
	return 0;
}

static int model_index(const struct config *c, const char *id, size_t *out)
{
	for (size_t i = 0; i < c->n_models; i++)
		if (!strcmp(c->models[i].id, id)) {
			*out = i;
			return 0;
		}
	return -1;
}

/* The tasks of run without an ok response, in plan order. */
static int load_pending(struct store *st, const char *run, const struct config *c,
			struct pending **out, size_t *n, struct tri_err *err)
{
	sqlite3_stmt *q;
	size_t alloc = 0;
	*out = NULL;
	*n = 0;
	if (store_prepare(st, "SELECT id, model, request, request_hash FROM tasks WHERE run = ?1 "
			  "AND state IN ('planned', 'failed') ORDER BY ord", &q, err) < 0)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(q) == SQLITE_ROW) {
		size_t mi;
		const char *model = (const char *)sqlite3_column_text(q, 1);
		if (model_index(c, model, &mi) < 0) {
			sqlite3_finalize(q);
			return err_set(err, TRI_RUNTIME, "run %s: task for unknown model '%s'", run, model);
		}
		XGROW(*out, alloc, *n + 1);
		struct pending *p = &(*out)[(*n)++];
		p->task = sqlite3_column_int64(q, 0);
		p->model = mi;
		p->body = xstrdup((const char *)sqlite3_column_text(q, 2));
		p->hash = xstrdup((const char *)sqlite3_column_text(q, 3));
	}
	sqlite3_finalize(q);
	return 0;
}

int run_send(struct store *st, const char *run, const struct config *c,
	     const struct run_opts *opts, int *stopped, struct tri_err *err)
{
	struct pending *p = NULL;
	struct loop_job *jobs = NULL;
	char **urls = NULL;
	size_t n = 0, n_jobs = 0;
	int ret = -1;
	struct send_ctx S = { .st = st, .opts = opts };

	*stopped = 0;
	S.prog.started = now_mono();
	if (load_pending(st, run, c, &p, &n, err) < 0)
		goto out;
	S.prog.total = n;
	urls = xcalloc(c->n_models ? c->n_models : 1, sizeof(*urls));
	for (size_t i = 0; i < c->n_models; i++)
		urls[i] = provider_url(&c->models[i]);
	jobs = xcalloc(n ? n : 1, sizeof(*jobs));
	S.p = xcalloc(n ? n : 1, sizeof(*S.p));
	/* the cache first: linking is one transaction for all hits */
	if (store_begin(st, err) < 0)
		goto out;
	for (size_t i = 0; i < n; i++) {
		int64_t hit = opts->no_cache ? 0 : store_cached_response(st, p[i].hash);
		if (hit) {
			if (store_link_cached(st, p[i].task, hit, err) < 0)
				goto out;
			S.prog.cached++;
			S.prog.done++;
			continue;
		}
		S.p[n_jobs] = p[i];
		jobs[n_jobs] = (struct loop_job){
			.task = p[i].task, .model = &c->models[p[i].model],
			.model_index = p[i].model, .url = urls[p[i].model],
			.body = p[i].body, .body_len = strlen(p[i].body),
		};
		n_jobs++;
	}
	if (store_commit(st, err) < 0)
		goto out;
	if (opts->progress)
		opts->progress(opts->progress_ctx, &S.prog);
	S.jobs = jobs;
	struct loop_hooks h = { .ctx = &S, .attempt = on_attempt, .done = on_done,
				.turn = on_turn, .stop = opts->stop };
	if (loop_run(c->models, c->n_models, c->concurrency, jobs, n_jobs, &h, err) < 0)
		goto out;
	if (store_commit(st, err) < 0)
		goto out;
	*stopped = opts->stop && *opts->stop;
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	for (size_t i = 0; i < n; i++) {
		free(p[i].body);
		free(p[i].hash);
	}
	free(p);
	free(S.p);
	free(jobs);
	for (size_t i = 0; urls && i < c->n_models; i++)
		free(urls[i]);
	free(urls);
	return ret;
}

/* ---- grading --------------------------------------------------------- */

struct run_suites {
	struct suite *v;
	size_t n;
	size_t *alloc;   /* items alloc per suite */
	struct item **by_id;  /* per suite: items sorted by id (into v[i].items) */
	size_t *offset;       /* where suite i's run starts in by_id */
};

static void run_suites_release(struct run_suites *rs)
{
	for (size_t i = 0; i < rs->n; i++)
		suite_release(&rs->v[i]);
	free(rs->v);
	free(rs->alloc);
	free(rs->by_id);
	free(rs->offset);
	memset(rs, 0, sizeof(*rs));
}

static int cmp_item_id(const void *a, const void *b)
{
	return strcmp((*(struct item *const *)a)->id, (*(struct item *const *)b)->id);
}

/* Rebuild the run's suites (headers and items) from the store. */
static int load_run_suites(struct store *st, const char *run, struct run_suites *rs,
			   struct tri_err *err)
{
	sqlite3_stmt *q;
	memset(rs, 0, sizeof(*rs));
	if (store_prepare(st, "SELECT meta FROM suites WHERE run = ?1 ORDER BY rowid", &q, err) < 0)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	size_t alloc = 0;
	while (sqlite3_step(q) == SQLITE_ROW) {
		json_t *h = json_loads((const char *)sqlite3_column_text(q, 0), 0, NULL);
		XGROW(rs->v, alloc, rs->n + 1);
		int r = suite_from_header(&rs->v[rs->n], h, err);
		json_decref(h);
		if (r < 0) {
			sqlite3_finalize(q);
			return -1;
		}
		rs->n++;
	}
	sqlite3_finalize(q);
	rs->alloc = xcalloc(rs->n ? rs->n : 1, sizeof(*rs->alloc));
	if (store_prepare(st, "SELECT DISTINCT t.suite, i.json FROM tasks t JOIN items i ON "
			  "i.hash = t.item_hash WHERE t.run = ?1 ORDER BY t.ord", &q, err) < 0)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	int ret = 0;
	while (ret == 0 && sqlite3_step(q) == SQLITE_ROW) {
		const char *sname = (const char *)sqlite3_column_text(q, 0);
		json_t *o = json_loads((const char *)sqlite3_column_text(q, 1), 0, NULL);
		for (size_t i = 0; i < rs->n; i++)
			if (!strcmp(rs->v[i].name, sname)) {
				ret = suite_add_item(&rs->v[i], &rs->alloc[i], o, err);
				break;
			}
		json_decref(o);
	}
	sqlite3_finalize(q);
	if (ret < 0)
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

int run_grade(struct store *st, const char *run, int regrade, size_t *n_graded,
	      struct tri_err *err)
{
	struct run_suites rs;
	struct grade_ctx *gc = NULL;
	sqlite3_stmt *q = NULL, *ins = NULL;
	int ret = -1;
	*n_graded = 0;
	if (load_run_suites(st, run, &rs, err) < 0 || grade_ctx_open(&gc, tri_home(), err) < 0)
		goto out;
	const char *sql = regrade
		? "SELECT t.id, t.suite, t.item, r.ok, r.text, r.reasoning, r.error FROM tasks t "
		  "JOIN responses r ON r.id = t.response WHERE t.run = ?1 ORDER BY t.ord"
		: "SELECT t.id, t.suite, t.item, r.ok, r.text, r.reasoning, r.error FROM tasks t "
		  "JOIN responses r ON r.id = t.response LEFT JOIN grades g ON g.task = t.id "
		  "WHERE t.run = ?1 AND g.task IS NULL ORDER BY t.ord";
	if (store_prepare(st, sql, &q, err) < 0 ||
	    store_prepare(st, "INSERT OR REPLACE INTO grades(task, verdict, score, confidence, evidence, "
			  "grader, graded) VALUES (?1,?2,?3,?4,?5,?6,?7)", &ins, err) < 0 ||
	    store_begin(st, err) < 0)
		goto out;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(q) == SQLITE_ROW) {
		int64_t task = sqlite3_column_int64(q, 0);
		const char *sname = (const char *)sqlite3_column_text(q, 1);
		const char *iid = (const char *)sqlite3_column_text(q, 2);
		int ok = sqlite3_column_int(q, 3);
		const char *text = (const char *)sqlite3_column_text(q, 4);
		const char *reasoning = (const char *)sqlite3_column_text(q, 5);
		const char *rerr = (const char *)sqlite3_column_text(q, 6);
		const struct suite *s = NULL;
		const struct item *it = find_item(&rs, sname, iid, &s);
		struct grade g = { .verdict = V_ERROR, .score = 0, .confidence = NAN };
		json_t *gj = it ? suite_item_grader(s, it) : NULL;
		const char *gtype = json_string_value(json_object_get(gj, "type"));
		if (!it) {
			err_set(err, TRI_RUNTIME, "run %s: task %lld has no item in the store", run, (long long)task);
			json_decref(gj);
			goto out;
		}
		if (!ok) {
			/* a transport or provider failure is an error, never a wrong answer */
			g.evidence = xstrdup(rerr ? rerr : "no usable answer");
		} else if (grade_response(gc, s, it, text ? text : "", reasoning, &g, err) < 0) {
			/* a grader that cannot run (e.g. judge without a judge model)
			 * makes this item an error, stored with the reason; the rest
			 * of the run is still graded */
			grade_release(&g);
			g = (struct grade){ .verdict = V_ERROR, .confidence = NAN,
					    .evidence = xstrdup(err->msg) };
		}
		sqlite3_bind_int64(ins, 1, task);
		sqlite3_bind_text(ins, 2, verdict_name(g.verdict), -1, SQLITE_STATIC);
		sqlite3_bind_double(ins, 3, g.score);
		bind_real_or_null(ins, 4, g.confidence);
		if (g.evidence)
			sqlite3_bind_text(ins, 5, g.evidence, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 6, gtype ? gtype : "exact", -1, SQLITE_TRANSIENT);
		sqlite3_bind_double(ins, 7, now_wall());
		json_decref(gj);
		grade_release(&g);
		if (bind_step(st, ins, err) < 0)
			goto out;
		(*n_graded)++;
	}
	if (store_commit(st, err) < 0)
		goto out;
	ret = 0;
out:
	if (ret < 0)
		store_rollback(st);
	sqlite3_finalize(q);
	sqlite3_finalize(ins);
	grade_ctx_close(gc);
	run_suites_release(&rs);
	return ret;
}
