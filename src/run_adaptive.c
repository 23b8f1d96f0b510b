/* run_adaptive.c -- an adaptive run (see run_adaptive.h).
 *
 * Every round is the same three steps as a whole run -- send, grade,
 * judge -- on a slice of the tasks: those ranked up to the round's limit,
 * of the models still active, never sent before (a failed request is an
 * error verdict; it is sent again only when the run is resumed, before
 * anything is fed). The verdicts are then read back from the
 * store in rank order and fed to adapt_run_add(), from where each model
 * left off, so that what the intervals see is exactly what is stored, and
 * a resumed run (which starts again at round 1 with nothing fed) rebuilds
 * them without sending anything twice: the rounds already answered have
 * nothing pending, and run_send() returns at once. */
#include <math.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include "util.h"
#include "adaptive.h"
#include "buf.h"
#include "grade.h"
#include "run_adaptive.h"
#include "select.h"

#define SEED_BITS 53

long long run_adaptive_seed(void)
{
	uint64_t s = 0;
	if (getrandom(&s, sizeof(s), 0) != (ssize_t)sizeof(s))
		s = (uint64_t)time(NULL) * 0x9e3779b97f4a7c15ULL ^ (uint64_t)getpid();
	return (long long)(s & ((UINT64_C(1) << SEED_BITS) - 1));
}

/* ---- the order --------------------------------------------------------- */

/* A stratum: suite, category, difficulty. Strata are numbered in the
 * order of their keys, so the order an adaptive run draws depends only on
 * the items, never on how they were read. */
struct stratum_key {
	size_t suite;
	char *category;         /* "" when none (owned) */
	int difficulty;
	uint32_t first;         /* its number in the order first seen */
};

static int stratum_cmp(const void *x, const void *y)
{
	const struct stratum_key *a = x, *b = y;
	if (a->suite != b->suite)
		return a->suite < b->suite ? -1 : 1;
	int c = strcmp(a->category, b->category);
	if (c)
		return c;
	return (a->difficulty > b->difficulty) - (a->difficulty < b->difficulty);
}

/* The items' strata as the suites stream: each distinct key once (found
 * through an object keyed by it), each item's key by number. */
struct strata {
	struct stratum_key *keys;
	size_t n_keys, alloc_keys;
	json_t *seen;           /* key text -> its number */
	uint32_t *item;         /* per item, its key's number */
	size_t n_items, max_items;
	size_t suite;
	struct buf k;
};

static int stratum_item(void *ctx, const struct item *it, struct tri_err *err)
{
	struct strata *S = ctx;
	const char *cat = it->category ? it->category : "";
	if (S->n_items >= S->max_items)
		return err_set(err, TRI_RUNTIME, "--adaptive: the suites hand out more items than "
			       "they counted");
	buf_reset(&S->k);
	buf_addf(&S->k, "%zu\n%d\n", S->suite, it->difficulty);
	buf_add(&S->k, cat, strlen(cat));
	json_t *v = json_object_getn(S->seen, S->k.s, S->k.len);
	if (!v) {
		XGROW(S->keys, S->alloc_keys, S->n_keys + 1);
		S->keys[S->n_keys] = (struct stratum_key){ .suite = S->suite, .category = xstrdup(cat),
			.difficulty = it->difficulty, .first = (uint32_t)S->n_keys };
		v = json_integer((json_int_t)S->n_keys++);
		if (!v || json_object_setn_new(S->seen, S->k.s, S->k.len, v) < 0)
			return err_set(err, TRI_RUNTIME, "out of memory");
	}
	S->item[S->n_items++] = (uint32_t)json_integer_value(v);
	return 0;
}

int run_adaptive_ranks(const struct config *c, const struct suite *sv, size_t n,
		       uint32_t **rank, size_t *n_units, struct tri_err *err)
{
	size_t n_items = 0, samples = (size_t)c->samples, units;
	struct adapt_sampler smp = { 0 };
	struct strata S = { .seen = json_object(), .k = BUF_INIT };
	uint32_t *number = NULL, *unit_stratum = NULL, *out = NULL, *r = NULL;
	int ret = -1;

	*rank = NULL;
	*n_units = 0;
	if (!S.seen)
		return err_set(err, TRI_RUNTIME, "out of memory");
	for (size_t i = 0; i < n; i++)
		n_items += sv[i].n_items;
	if (samples && n_items > (UINT32_MAX - 1) / samples) {
		err_set(err, TRI_USAGE, "--adaptive: %zu items x %zu samples are too many "
			"units (at most %u)", n_items, samples, UINT32_MAX - 1);
		goto out;
	}
	units = n_items * samples;
	S.item = xcalloc(n_items ? n_items : 1, sizeof(*S.item));
	S.max_items = n_items;
	for (S.suite = 0; S.suite < n; S.suite++)
		if (suite_each_item(&sv[S.suite], stratum_item, &S, err) < 0)
			goto out;
	if (S.n_items != n_items) {
		err_set(err, TRI_RUNTIME, "--adaptive: the suites handed out %zu of %zu items",
			S.n_items, n_items);
		goto out;
	}
	/* number the strata in the order of their keys */
	qsort(S.keys, S.n_keys, sizeof(*S.keys), stratum_cmp);
	number = xcalloc(S.n_keys ? S.n_keys : 1, sizeof(*number));
	for (size_t h = 0; h < S.n_keys; h++)
		number[S.keys[h].first] = (uint32_t)h;
	unit_stratum = xcalloc(units ? units : 1, sizeof(*unit_stratum));
	for (size_t u = 0; u < units; u++)
		unit_stratum[u] = number[S.item[u / samples]];
	if (adapt_sampler_init(&smp, unit_stratum, units, (uint64_t)c->seed, err) < 0)
		goto out;
	size_t round = (size_t)c->round < units ? (size_t)c->round : units;
	out = xcalloc(round ? round : 1, sizeof(*out));
	r = xcalloc(units ? units : 1, sizeof(*r));
	size_t pos = 0, k;
	while (round && (k = adapt_sampler_next(&smp, round, out)) > 0)
		for (size_t j = 0; j < k && pos < units; j++)
			r[out[j]] = (uint32_t)pos++;
	if (pos != units) {
		err_set(err, TRI_RUNTIME, "--adaptive: the sampler handed out %zu of %zu units", pos,
			units);
		goto out;
	}
	*rank = r;
	*n_units = units;
	r = NULL;
	ret = 0;
out:
	adapt_sampler_release(&smp);
	for (size_t h = 0; h < S.n_keys; h++)
		free(S.keys[h].category);
	free(S.keys);
	json_decref(S.seen);
	free(S.item);
	buf_release(&S.k);
	free(number);
	free(unit_stratum);
	free(out);
	free(r);
	return ret;
}

/* ---- the rounds -------------------------------------------------------- */

struct feed {
	struct adapt_run *a;
	size_t model;
	int64_t next;            /* the rank expected next */
	const char *run, *id;
};

/* One stored verdict, in rank order, into model's intervals. */
static int feed_row(void *ctx, const struct store_ranked_grade *g, struct tri_err *err)
{
	struct feed *F = ctx;
	int v = g->verdict ? verdict_parse(g->verdict) : -1;
	if (g->rank != F->next)
		return err_set(err, TRI_RUNTIME, "run %s: model %s has no task ranked %lld", F->run,
			       F->id, (long long)F->next);
	if (v < 0)
		return err_set(err, TRI_RUNTIME, "run %s: model %s: the unit ranked %lld has no "
			       "grade after its round", F->run, F->id, (long long)g->rank);
	/* a failed request is graded as an error: it counts in the error
	 * share (max_errors), never as an answer */
	adapt_run_add(F->a, F->model, (enum verdict)v, g->axis && !strcmp(g->axis, "security"));
	F->next++;
	return 0;
}

/* Send round's tasks (ranked up to limit, models on; the failed ones
 * with failed), grade them (adding to *graded), judge them. */
static int round_send(struct store *st, const char *run, const struct config *c,
		      const struct run_opts *opts, int64_t limit, const unsigned char *on,
		      int failed, size_t *graded, int *stopped, struct tri_err *err)
{
	struct run_opts ro = *opts;
	size_t n;
	ro.rank_max = limit;
	ro.rank_failed = failed;
	ro.lanes_on = on;
	ro.judge_only = 0;
	ro.graded = graded;   /* the answers graded as they come */
	if (run_send(st, run, c, &ro, stopped, err) < 0)
		return -1;
	if (*stopped)
		return 0;
	if (!(ro.all_graded && *ro.all_graded)) {
		if (run_grade(st, run, 0, &n, err) < 0)
			return -1;
		*graded += n;
	}
	if (!c->judge)
		return 0;
	if (run_judge_plan(st, run, c, &n, err) < 0)
		return -1;
	if (n) {
		ro = *opts;
		ro.judge_only = 1;
		if (run_send(st, run, c, &ro, stopped, err) < 0)
			return -1;
		if (*stopped)
			return 0;
	}
	return run_judge_apply(st, run, 0, &n, err);
}

static json_t *bound(double v)
{
	return isfinite(v) ? json_real(v) : json_null();
}

static const char *null_name(enum adapt_null n)
{
	return n == ADAPT_DEFINED ? "no" : n == ADAPT_NULL ? "yes" : "maybe";
}

/* The state after a look, as run_adaptive.h describes it. */
static json_t *state_json(const struct adapt_run *a, const struct config *c, long units,
			  int finished, const struct adapt_decision *d)
{
	json_t *models = json_array();
	for (size_t i = 0; i < a->n_models; i++) {
		json_t *iv = json_object();
		for (size_t j = 0; j < a->n_metrics; j++) {
			const struct adapt_iv *v = &a->iv[i * a->n_metrics + j];
			json_object_set_new(iv, adapt_metric_name(a->metric[j]),
					    json_pack("{s:o,s:o,s:s}", "lo", bound(v->lo), "hi",
						      bound(v->hi), "null", null_name(v->null)));
		}
		json_array_append_new(models, json_pack("{s:s,s:s,s:I,s:o}", "id", c->models[i].id,
			"status", adapt_status_name(a->status[i]), "units", (json_int_t)a->drawn[i],
			"intervals", iv));
	}
	int chosen = d->decided && d->chosen >= 0 && (size_t)d->chosen < a->n_models;
	return json_pack("{s:f,s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:f,s:b,s:b,s:o,s:o}",
			 "confidence", c->confidence, "round", (json_int_t)c->round,
			 "width", (json_int_t)c->width,
			 "seed", (json_int_t)c->seed, "pool", (json_int_t)a->plan.pool,
			 "units", (json_int_t)units,
			 "rounds", (json_int_t)(units / c->round + (units % c->round != 0)),
			 "looks", (json_int_t)a->looks, "alpha_interval", a->plan.alpha_iv,
			 "finished", finished, "decided", d->decided,
			 "chosen", chosen ? json_string(c->models[d->chosen].id) : json_null(),
			 "models", models);
}

static int save_state(struct store *st, const char *run, const struct adapt_run *a,
		      const struct config *c, long units, int finished,
		      const struct adapt_decision *d, struct tri_err *err)
{
	json_t *s = state_json(a, c, units, finished, d);
	char *text = json_dumps(s, JSON_COMPACT);
	json_decref(s);
	if (!text)
		return err_set(err, TRI_RUNTIME, "run %s: cannot write the adaptive state", run);
	int r = store_put_adaptive(st, run, text, err);
	free(text);
	return r;
}

/* One line per look: the units handed out, each model's status. */
static void say_look(void (*note)(void *, const char *), void *ctx, const struct adapt_run *a,
		     const struct config *c, long units, const struct adapt_decision *d)
{
	struct buf b = BUF_INIT;
	if (!note)
		return;
	buf_addf(&b, "round %ld: %ld of %ld units;", units / c->round + (units % c->round != 0),
		 units, a->plan.pool);
	for (size_t i = 0; i < a->n_models; i++)
		buf_addf(&b, "%s %s %s", i ? "," : "", c->models[i].id, adapt_status_name(a->status[i]));
	if (d->decided)
		buf_addf(&b, "; decided: %s", d->chosen >= 0 ? c->models[d->chosen].id : "no model");
	note(ctx, b.s);
	buf_release(&b);
}

int run_adaptive(struct store *st, const char *run, const struct config *c,
		 const struct run_opts *opts, void (*note)(void *ctx, const char *line),
		 void *note_ctx, size_t *n_graded, int *stopped, struct tri_err *err)
{
	struct select_spec spec;
	struct adapt_run a;
	struct adapt_decision d = { 0, -1 };
	struct store_task_counts tc;
	double *keys = NULL;
	unsigned char *on = NULL;
	int ret = -1, have_run = 0, finished = 0;
	long units = 0;

	*stopped = 0;
	*n_graded = 0;
	if (select_spec_parse(&spec, c->require, c->n_require, c->prefer, c->strict, c->max_errors,
			      err) < 0)
		return -1;
	keys = xcalloc(c->n_models ? c->n_models : 1, sizeof(*keys));
	for (size_t i = 0; i < c->n_models; i++)   /* as select ranks by size */
		keys[i] = !isnan(c->models[i].size_active) ? c->models[i].size_active
							   : c->models[i].size_total;
	if (!c->n_models || store_model_counts(st, run, c->models[0].id, &tc, err) < 0)
		goto out;
	if (adapt_run_init(&a, &spec, keys, c->n_models, (long)tc.tasks, c->round, c->confidence,
			   err) < 0)
		goto out;
	have_run = 1;
	a.width = (size_t)c->width;
	on = xcalloc(c->n_models, 1);
	/* A round sends only tasks never sent, so that a verdict once fed
	 * never changes within a run. A resumed run first sends again what
	 * failed before (as --resume does for any run); the replay below then
	 * sees the new answers from the first round on. */
	if (round_send(st, run, c, opts, a.plan.pool, NULL, 1, n_graded, stopped, err) < 0)
		goto out;
	for (;;) {
		if (opts->stop && *opts->stop) {
			*stopped = 1;
			break;
		}
		int any = 0;
		long limit = units + c->round < a.plan.pool ? units + c->round : a.plan.pool;
		for (size_t i = 0; i < c->n_models; i++) {
			on[i] = adapt_run_active(&a, i) && adapt_run_drawn(&a, i) < limit;
			any |= on[i];
		}
		if (!any) {   /* every model still active has its whole pool */
			finished = 1;
			break;
		}
		if (round_send(st, run, c, opts, limit, on, 0, n_graded, stopped, err) < 0)
			goto out;
		if (*stopped)
			break;
		units = limit;
		for (size_t i = 0; i < c->n_models; i++) {
			if (!on[i])
				continue;
			struct feed F = { &a, i, adapt_run_drawn(&a, i) + 1, run, c->models[i].id };
			if (store_each_ranked_grade(st, run, c->models[i].id, F.next - 1, limit,
						    feed_row, &F, err) < 0)
				goto out;
			if (F.next != limit + 1) {
				err_set(err, TRI_RUNTIME, "run %s: model %s has %ld of the %ld units of "
					"round %ld", run, c->models[i].id, (long)(F.next - 1), limit,
					limit / c->round);
				goto out;
			}
		}
		if (adapt_run_look(&a, &d, err) < 0 ||
		    save_state(st, run, &a, c, units, d.decided, &d, err) < 0)
			goto out;
		say_look(note, note_ctx, &a, c, units, &d);
		if (d.decided) {
			finished = 1;
			break;
		}
	}
	if (save_state(st, run, &a, c, units, finished, &d, err) < 0)
		goto out;
	ret = 0;
out:
	if (have_run)
		adapt_run_release(&a);
	select_spec_release(&spec);
	free(keys);
	free(on);
	return ret;
}
