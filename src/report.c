/* report.c -- the JSON report from the store, and its renderings.
 *
 * report_build() streams the run's graded tasks from the store (one
 * query, in plan order) and adds each outcome to the groups it belongs
 * to: per model overall, per suite, per category ("suite/category"), per
 * difficulty ("suite/N"), and per item meta key that security and code
 * suites carry (family, strategy, owasp_llm, lang, cwe, domain). Each
 * group accumulates its metrics (metrics_acc) as the outcomes pass, and
 * the models' answers to one unit (suite, item, sample) are paired as the
 * unit ends, so memory grows with the groups, never with the answers.
 * Tasks with no grade yet (an interrupted run) are counted as pending, not
 * as answers. Everything is read from the store: report works offline. */
#include <math.h>
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include "util.h"
#include "buf.h"
#include "metrics.h"
#include "report.h"
#include "select.h"
#include "config.h"
#include "run.h"

/* Item meta keys broken down in the report, when items carry them. */
static const char *const breakdown_keys[] = { "family", "strategy", "owasp_llm", "lang", "cwe", "domain" };

/* One graded outcome as it streams from the store: the outcome, and what
 * the report's other sections read. Every string is borrowed from the
 * store's row or the item's JSON, valid only while the row is handled. */
struct orec {
	struct outcome o;
	const char *meta[ARRAY_LEN(breakdown_keys)];
	const char *grader;  /* the grader type; "judge" when the judge decided */
	const char *gtype;   /* the item's grader type, whoever decided */
	const char *fault;   /* what a tool-call grader found wrong, or NULL */
	int hedged, uncertain;
	int det;             /* the deterministic verdict beside the judge's, or -1 */
	int judged;          /* grades.judged: 0, 1 the judge's, 2 failed, 3 unreadable */
};

/* Groups of outcomes under string keys, each with its metrics as they
 * accumulate: memory per group, never per outcome. */
struct group {
	char *key;
	struct metrics_acc *m;
};

struct groups {
	struct group *g;
	size_t n, alloc;
	json_t *index;       /* key -> its place in g */
};

static void groups_add(struct groups *gs, const char *key, const struct outcome *o)
{
	if (!gs->index)
		gs->index = json_object();
	json_t *at = json_object_get(gs->index, key);
	struct group *g;
	if (at) {
		g = &gs->g[json_integer_value(at)];
	} else {
		XGROW(gs->g, gs->alloc, gs->n + 1);
		json_object_set_new(gs->index, key, json_integer((json_int_t)gs->n));
		g = &gs->g[gs->n++];
		g->key = xstrdup(key);
		g->m = metrics_acc_new();
	}
	metrics_acc_add(g->m, o);
}

static void groups_release(struct groups *gs)
{
	for (size_t i = 0; i < gs->n; i++) {
		free(gs->g[i].key);
		metrics_acc_free(gs->g[i].m);
	}
	free(gs->g);
	json_decref(gs->index);
	memset(gs, 0, sizeof(*gs));
}

static json_t *groups_metrics(const struct groups *gs)
{
	json_t *o = json_object();
	for (size_t i = 0; i < gs->n; i++)
		json_object_set_new(o, gs->g[i].key, metrics_acc_json(gs->g[i].m));
	return o;
}

static double jnum_value(const json_t *p)
{
	const json_t *v = json_is_object(p) ? json_object_get(p, "value") : p;
	return json_is_number(v) ? json_number_value(v) : NAN;
}

static json_t *num_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

/* A proportion k/n as {value, lo, hi, n} (Wilson 95%), or null when n = 0. */
static json_t *share(long k, long n)
{
	if (!n)
		return json_null();
	double lo, hi;
	metrics_wilson(k, n, &lo, &hi);
	return json_pack("{s:f,s:f,s:f,s:I,s:I}", "value", (double)k / (double)n, "lo", lo,
			 "hi", hi, "k", (json_int_t)k, "n", (json_int_t)n);
}

/* ---- the red-team view ----
 * Security-axis outcomes pooled over suites, by family, strategy and
 * OWASP LLM category, and the strategy that breaks the model most (lowest
 * pass rate; ties: more items, then name). null without security items. */
static const char *const sec_keys[] = { "family", "strategy", "owasp_llm" };

struct security {
	struct groups all, by[ARRAY_LEN(sec_keys)];
};

static void security_add(struct security *S, const struct orec *r)
{
	if (!r->o.axis || strcmp(r->o.axis, "security"))
		return;
	groups_add(&S->all, "all", &r->o);
	for (size_t k = 0; k < ARRAY_LEN(sec_keys); k++)
		for (size_t b = 0; b < ARRAY_LEN(breakdown_keys); b++)
			if (!strcmp(breakdown_keys[b], sec_keys[k]) && r->meta[b])
				groups_add(&S->by[k], r->meta[b], &r->o);
}

static void security_release(struct security *S)
{
	groups_release(&S->all);
	for (size_t k = 0; k < ARRAY_LEN(sec_keys); k++)
		groups_release(&S->by[k]);
}

static json_t *security_json(const struct security *S)
{
	if (!S->all.n)
		return json_null();
	json_t *o = json_object();
	json_t *overall = metrics_acc_json(S->all.g[0].m);
	json_object_set(o, "pass_rate", json_object_get(json_object_get(overall, "security"), "pass_rate"));
	json_decref(overall);
	for (size_t k = 0; k < ARRAY_LEN(sec_keys); k++)
		json_object_set_new(o, sec_keys[k], groups_metrics(&S->by[k]));
	const char *worst = NULL;
	double worst_v = 2;
	long worst_n = 0;
	const char *k;
	json_t *v;
	json_object_foreach(json_object_get(o, "strategy"), k, v) {
		double pr = jnum_value(json_object_get(json_object_get(v, "security"), "pass_rate"));
		long n = (long)json_integer_value(json_object_get(v, "graded"));
		if (isnan(pr))
			continue;
		if (pr < worst_v || (pr == worst_v && (n > worst_n || (n == worst_n && strcmp(k, worst) < 0)))) {
			worst = k;
			worst_v = pr;
			worst_n = n;
		}
	}
	json_object_set_new(o, "weakest_strategy", worst ?
		json_pack("{s:s,s:f,s:I}", "strategy", worst, "pass_rate", worst_v, "graded", (json_int_t)worst_n)
		: json_null());
	return o;
}

/* ---- how the verdicts were reached ----
 * How many came from each grader (the judge's own), how many readings were
 * uncertain, and how often a committed answer was hedged. */
struct grading {
	json_t *by;          /* grader -> count */
	long uncertain, hedged, committed, graded;
};

/* Was the outcome graded by a grader of answers (whose reading records
 * hedges)? */
static int answers(const struct orec *r)
{
	static const char *const types[] = { "exact", "numeric", "choice", "regex", "abstain", "judge" };
	for (size_t i = 0; i < ARRAY_LEN(types); i++)
		if (!strcmp(r->grader, types[i]))
			return 1;
	return 0;
}

static void grading_add(struct grading *G, const struct orec *r)
{
	if (r->o.verdict == V_ERROR && r->judged != 2 && r->judged != 3 &&
	    strcmp(r->grader, "judge"))
		return;   /* a failed request: no grader ran */
	if (!G->by)
		G->by = json_object();
	G->graded++;
	json_t *n = json_object_get(G->by, r->grader);
	json_object_set_new(G->by, r->grader, json_integer(n ? json_integer_value(n) + 1 : 1));
	G->uncertain += r->uncertain;
	if ((r->o.verdict == V_CORRECT || r->o.verdict == V_INCORRECT) && answers(r)) {
		G->committed++;
		G->hedged += r->hedged;
	}
}

static json_t *grading_json(const struct grading *G)
{
	return json_pack("{s:I,s:o,s:I,s:o}", "graded", (json_int_t)G->graded,
			 "by_grader", G->by ? json_incref(G->by) : json_object(), "uncertain",
			 (json_int_t)G->uncertain, "hedge_rate", share(G->hedged, G->committed));
}

/* What a set of outcomes cost: per item and in all, over the outcomes
 * where each figure is known. */
struct spend {
	long items;
	long n[4];          /* outcomes where each figure below is known */
	double sum[4];      /* reasoning tokens, output tokens, seconds, dollars */
};

static void spend_add(struct spend *s, const struct outcome *o)
{
	double v[4] = { o->tok_reason >= 0 ? (double)o->tok_reason : NAN,
	                o->tok_out >= 0 ? (double)o->tok_out : NAN, o->latency_s, o->cost_usd };
	s->items++;
	for (int k = 0; k < 4; k++)
		if (!isnan(v[k])) {
			s->n[k]++;
			s->sum[k] += v[k];
		}
}

static json_t *spend_json(const struct spend *s)
{
	static const char *const names[4] = { "reasoning_tokens", "output_tokens", "seconds", "cost_usd" };
	json_t *o = json_pack("{s:I}", "items", (json_int_t)s->items);
	for (int k = 0; k < 4; k++)
		json_object_set_new(o, names[k], s->n[k] ?
			json_pack("{s:f,s:f,s:I}", "per_item", s->sum[k] / (double)s->n[k], "total", s->sum[k],
				  "n", (json_int_t)s->n[k]) : json_null());
	return o;
}

/* ---- impossible requests ----
 * Requests that cannot be done as asked (items graded `impossible`) and
 * their feasible twins (`feasible`): how often the model recognised the
 * impossibility, answered it anyway or abstained, how often it flagged a
 * feasible twin as impossible, how many of these verdicts the judge gave
 * (and how many uncertain ones it did not settle), and the compute it
 * spent on the impossible ones, per answer, recognised or not. null when
 * the run has no such answers. */
struct impossible {
	long verdicts[2][3], judged, uncertain;
	struct spend rec, not_rec, answered;
};

static void impossible_add(struct impossible *I, const struct orec *r)
{
	int feasible = !strcmp(r->gtype, "feasible");
	if ((!feasible && strcmp(r->gtype, "impossible")) || r->o.verdict == V_ERROR)
		return;
	I->verdicts[feasible][r->o.verdict]++;
	I->judged += r->judged == 1;
	I->uncertain += r->uncertain && r->judged != 1;
	if (feasible)
		return;
	spend_add(r->o.verdict == V_CORRECT ? &I->rec : &I->not_rec, &r->o);
	if (r->o.verdict == V_INCORRECT)
		spend_add(&I->answered, &r->o);
}

static json_t *impossible_json(const struct impossible *I)
{
	long ni = I->verdicts[0][0] + I->verdicts[0][1] + I->verdicts[0][2];
	long nf = I->verdicts[1][0] + I->verdicts[1][1] + I->verdicts[1][2];
	if (!ni && !nf)
		return json_null();
	return json_pack("{s:I,s:I,s:o,s:o,s:o,s:o,s:o,s:I,s:I,s:{s:o,s:o,s:o}}",
			 "impossible", (json_int_t)ni, "feasible", (json_int_t)nf,
			 "recognition_rate", share(I->verdicts[0][V_CORRECT], ni),
			 "answered_rate", share(I->verdicts[0][V_INCORRECT], ni),
			 "abstained_rate", share(I->verdicts[0][V_ABSTAINED], ni),
			 "over_flag_rate", share(I->verdicts[1][V_INCORRECT], nf),
			 "twin_abstained_rate", share(I->verdicts[1][V_ABSTAINED], nf),
			 "judged", (json_int_t)I->judged, "uncertain", (json_int_t)I->uncertain,
			 "compute", "recognised", spend_json(&I->rec), "not_recognised",
			 spend_json(&I->not_rec), "answered", spend_json(&I->answered));
}

/* ---- tool calling ----
 * Items graded tool_call or no_tool: the model's accuracy, per kind of
 * item (the category: simple, parallel, irrelevance ...), and the faults
 * of the calls it got wrong (wrong_value, missing_call ...). null when the
 * run has no such items. */
struct tools {
	long n, ok;
	json_t *faults;      /* fault -> count */
	struct groups kinds;
};

static void tools_add(struct tools *T, const struct orec *r)
{
	if (r->o.verdict == V_ERROR || (strcmp(r->gtype, "tool_call") && strcmp(r->gtype, "no_tool")))
		return;
	T->n++;
	T->ok += r->o.verdict == V_CORRECT;
	groups_add(&T->kinds, r->o.category ? r->o.category : r->o.suite, &r->o);
	if (r->o.verdict == V_INCORRECT) {
		const char *f = r->fault ? r->fault : "other";
		if (!T->faults)
			T->faults = json_object();
		json_t *c = json_object_get(T->faults, f);
		json_object_set_new(T->faults, f, json_integer(c ? json_integer_value(c) + 1 : 1));
	}
}

static json_t *tools_json(const struct tools *T)
{
	if (!T->n)
		return json_null();
	return json_pack("{s:I,s:o,s:o,s:o}", "graded", (json_int_t)T->n, "accuracy",
			 share(T->ok, T->n), "kinds", groups_metrics(&T->kinds), "faults",
			 T->faults ? json_incref(T->faults) : json_object());
}

/* ---- one model's part ---- */
struct model_acc {
	struct metrics_acc *all;
	struct groups suites, cats, diffs, bd[ARRAY_LEN(breakdown_keys)];
	struct security sec;
	struct grading grading;
	struct impossible imp;
	struct tools tools;
};

static void model_acc_add(struct model_acc *M, const struct orec *r, struct buf *key)
{
	const struct outcome *o = &r->o;
	if (!M->all)
		M->all = metrics_acc_new();
	metrics_acc_add(M->all, o);
	groups_add(&M->suites, o->suite, o);
	if (o->category) {
		buf_reset(key);
		buf_addf(key, "%s/%s", o->suite, o->category);
		groups_add(&M->cats, key->s, o);
	}
	if (o->difficulty) {
		buf_reset(key);
		buf_addf(key, "%s/%d", o->suite, o->difficulty);
		groups_add(&M->diffs, key->s, o);
	}
	for (size_t k = 0; k < ARRAY_LEN(breakdown_keys); k++)
		if (r->meta[k]) {
			buf_reset(key);
			buf_addf(key, "%s/%s", o->suite, r->meta[k]);
			groups_add(&M->bd[k], key->s, o);
		}
	security_add(&M->sec, r);
	grading_add(&M->grading, r);
	impossible_add(&M->imp, r);
	tools_add(&M->tools, r);
}

static void model_acc_release(struct model_acc *M)
{
	metrics_acc_free(M->all);
	groups_release(&M->suites);
	groups_release(&M->cats);
	groups_release(&M->diffs);
	for (size_t k = 0; k < ARRAY_LEN(breakdown_keys); k++)
		groups_release(&M->bd[k]);
	security_release(&M->sec);
	json_decref(M->grading.by);
	json_decref(M->tools.faults);
	groups_release(&M->tools.kinds);
}

/* ---- the paired comparisons ----
 * McNemar for every pair of models, per suite and over all suites: the
 * outcomes of one unit (suite, item, sample) come together from the store
 * (in plan order), so each unit's verdicts are paired as it ends. */
struct unit {
	char *suite, *item;
	int sample;
	signed char *v;      /* per model: -1 no graded outcome, else correct or not */
};

/* Everything the report gathers as the outcomes stream. */
struct agg {
	char **models;       /* the run's model ids, in the store's order */
	size_t n_models, a_models;
	char **suites;       /* its suites' names, in the store's order */
	size_t n_suites, a_suites;
	struct model_acc *m; /* per model */
	struct grading grading;
	long judge_verdicts, judge_failed, judge_unreadable;
	long agree_n, agree, cj[3], cd[3];   /* the judge against the deterministic verdicts */
	struct metrics_pairs *pc; /* [(suite or n_suites: all) * n_models + a] * n_models + b */
	struct unit u;
	struct buf key;
};

static size_t index_of(char *const *v, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i], s))
			return i;
	return n;
}

static struct metrics_pairs *pair_at(struct agg *A, size_t suite, size_t a, size_t b)
{
	return &A->pc[(suite * A->n_models + a) * A->n_models + b];
}

/* The unit that ended: each pair of models that both have a graded outcome. */
static void unit_flush(struct agg *A)
{
	if (!A->u.suite)
		return;
	size_t s = index_of(A->suites, A->n_suites, A->u.suite);
	for (size_t a = 0; a < A->n_models; a++)
		for (size_t b = a + 1; b < A->n_models; b++) {
			int ca = A->u.v[a], cb = A->u.v[b];
			if (ca < 0 || cb < 0)
				continue;
			if (s < A->n_suites)
				metrics_pairs_add(pair_at(A, s, a, b), ca, cb);
			metrics_pairs_add(pair_at(A, A->n_suites, a, b), ca, cb);
		}
	free(A->u.suite);
	free(A->u.item);
	A->u.suite = A->u.item = NULL;
}

static void agg_add(struct agg *A, const struct orec *r)
{
	const struct outcome *o = &r->o;
	size_t mi = index_of(A->models, A->n_models, o->model);
	if (!A->u.suite || strcmp(A->u.suite, o->suite) || strcmp(A->u.item, o->item) ||
	    A->u.sample != o->sample) {
		unit_flush(A);
		A->u.suite = xstrdup(o->suite);
		A->u.item = xstrdup(o->item);
		A->u.sample = o->sample;
		memset(A->u.v, -1, A->n_models ? A->n_models : 1);
	}
	if (mi < A->n_models) {
		model_acc_add(&A->m[mi], r, &A->key);
		if (o->verdict != V_ERROR)
			A->u.v[mi] = o->verdict == V_CORRECT;
	}
	grading_add(&A->grading, r);
	A->judge_verdicts += r->judged == 1;
	A->judge_failed += r->judged == 2;
	A->judge_unreadable += r->judged == 3;
	int j = (int)o->verdict, d = r->det;
	if (r->judged == 1 && d >= 0 && j <= V_ABSTAINED && d <= V_ABSTAINED) {
		A->agree_n++;
		A->agree += j == d;
		A->cj[j]++;
		A->cd[d]++;
	}
}

static int agg_model_row(void *ctx, const struct store_model *sm, struct tri_err *err)
{
	struct agg *A = ctx;
	XGROW(A->models, A->a_models, A->n_models + 1);
	A->models[A->n_models++] = xstrdup(sm->id);
	return 0;
}

static int agg_suite_row(void *ctx, const struct store_suite *ss, struct tri_err *err)
{
	struct agg *A = ctx;
	XGROW(A->suites, A->a_suites, A->n_suites + 1);
	A->suites[A->n_suites++] = xstrdup(ss->name);
	return 0;
}

static int agg_init(struct agg *A, struct store *st, const char *run, struct tri_err *err)
{
	memset(A, 0, sizeof(*A));
	if (store_each_model(st, run, agg_model_row, A, err) < 0 ||
	    store_each_suite(st, run, agg_suite_row, A, err) < 0)
		return -1;
	size_t nm = A->n_models ? A->n_models : 1;
	A->m = xcalloc(nm, sizeof(*A->m));
	A->pc = xcalloc((A->n_suites + 1) * nm * nm, sizeof(*A->pc));
	A->u.v = xcalloc(nm, 1);
	return 0;
}

static void agg_release(struct agg *A)
{
	for (size_t i = 0; i < A->n_models; i++) {
		model_acc_release(&A->m[i]);
		free(A->models[i]);
	}
	for (size_t i = 0; i < A->n_suites; i++)
		free(A->suites[i]);
	free(A->models);
	free(A->suites);
	free(A->m);
	free(A->pc);
	free(A->u.suite);
	free(A->u.item);
	free(A->u.v);
	json_decref(A->grading.by);
	buf_release(&A->key);
	memset(A, 0, sizeof(*A));
}

static json_t *comparisons(struct agg *A)
{
	json_t *out = json_array();
	for (size_t s = 0; s <= A->n_suites; s++)
		for (size_t a = 0; a < A->n_models; a++)
			for (size_t b = a + 1; b < A->n_models; b++)
				json_array_append_new(out, metrics_pairs_json(A->models[a], A->models[b],
					s < A->n_suites ? A->suites[s] : "*", pair_at(A, s, a, b)));
	return out;
}

struct load_ctx {
	struct agg *A;
	long pending;
	/* an interrupted run: answers graded for the report, not stored */
	struct store *st;
	const char *run;
	struct grade_ctx *gc;
	struct suite *sv;
	size_t n_sv;
	int tried;
	long graded_now;
	struct tri_err *err;
	char gtype[32];     /* the grader type of the answer grade_now() graded */
};

/* Grade an answer that has no stored grade (the run stopped before
 * grading): the same grade `run --resume` would store. 0 with *g filled;
 * 1 when it cannot be graded here (the judge decides it); -1 on error. */
static int grade_now(struct load_ctx *L, const struct store_outcome *so, struct grade *g)
{
	if (!L->tried) {
		L->tried = 1;
		if (run_load_suite_headers(L->st, L->run, &L->sv, &L->n_sv, L->err) < 0 ||
		    grade_ctx_open(&L->gc, tri_home(), L->err) < 0)
			return -1;
	}
	if (!L->gc)
		return -1;
	const struct suite *s = NULL;
	for (size_t i = 0; i < L->n_sv; i++)
		if (!strcmp(L->sv[i].name, so->suite))
			s = &L->sv[i];
	json_t *j = so->item_json ? json_loads(so->item_json, 0, NULL) : NULL;
	if (!s || !j) {
		json_decref(j);
		return 1;
	}
	struct item it = { .id = (char *)so->item, .json = j };
	json_t *gr = suite_item_grader(s, &it);
	const char *type = json_string_value(json_object_get(gr, "type"));
	int rc = 1;
	struct tri_err e = { 0 };
	json_t *calls = so->tool_calls ? json_loads(so->tool_calls, 0, NULL) : NULL;
	if (type && strcmp(type, "judge") &&
	    grade_response(L->gc, s, &it, so->text ? so->text : "", NULL, calls, g, &e) == 0) {
		snprintf(L->gtype, sizeof(L->gtype), "%s", type);
		rc = 0;
	}
	json_decref(calls);
	json_decref(gr);
	json_decref(j);
	return rc;
}

/* One task's outcome from the store, into the report's aggregates. */
static int outcome_row(void *ctx, const struct store_outcome *so, struct tri_err *err)
{
	struct load_ctx *L = ctx;
	struct grade now = { .verdict = V_ERROR, .confidence = NAN };
	struct store_outcome g = *so;
	const char *gtype = so->grader;
	if (!so->graded && so->answered) {
		/* answered, not graded: the run was interrupted before grading */
		int r = so->ok ? grade_now(L, so, &now) : 0;
		if (r < 0)
			return -1;
		if (r > 0) {
			L->pending++;
			return 0;
		}
		g.graded = 1;
		g.verdict = verdict_name(now.verdict);
		g.score = now.score;
		g.confidence = now.confidence;
		g.hedged = now.hedged;
		g.uncertain = now.uncertain;
		g.fault = now.fault;    /* static */
		g.grader = "(not stored)";
		gtype = L->gtype;
		L->graded_now++;
		so = &g;
	}
	if (!so->graded) {
		L->pending++;
		return 0;
	}
	struct orec rec, *r = &rec;
	memset(r, 0, sizeof(*r));
	json_t *item = so->item_json ? json_loads(so->item_json, 0, NULL) : NULL;
	json_t *meta = json_object_get(item, "meta");
	for (size_t k = 0; k < ARRAY_LEN(breakdown_keys); k++)
		r->meta[k] = json_string_value(json_object_get(meta, breakdown_keys[k]));
	struct outcome *o = &r->o;
	o->model = so->model ? so->model : "";
	o->suite = so->suite ? so->suite : "";
	o->axis = so->axis;
	o->item = so->item ? so->item : "";
	o->category = json_string_value(json_object_get(item, "category"));
	o->difficulty = (int)json_integer_value(json_object_get(item, "difficulty"));
	o->sample = (int)so->sample;
	int v = verdict_parse(so->verdict);
	o->verdict = v < 0 ? V_ERROR : (enum verdict)v;
	o->score = isnan(so->score) ? 0 : so->score;
	o->confidence = so->confidence;
	o->tok_in = so->tok_in;
	o->tok_out = so->tok_out;
	o->tok_reason = so->tok_reason;
	o->latency_s = so->latency;
	o->ttft_s = so->ttft;
	o->reasoning_s = so->reasoning_s;
	o->cost_usd = so->cost;
	if (isnan(o->cost_usd) && !isnan(so->price_in) && !isnan(so->price_out) &&
	    o->tok_in >= 0 && o->tok_out >= 0)
		o->cost_usd = ((double)o->tok_in * so->price_in + (double)o->tok_out * so->price_out) / 1e6;
	if (!so->ok) {
		/* failed requests: nothing was measured */
		o->latency_s = o->ttft_s = o->reasoning_s = NAN;
	}
	r->judged = so->judged;
	r->grader = so->judged == 1 ? "judge" : so->grader ? so->grader : "?";
	r->gtype = gtype ? gtype : "?";
	r->fault = so->fault;
	r->hedged = so->hedged;
	r->uncertain = so->uncertain;
	r->det = so->det_verdict ? verdict_parse(so->det_verdict) : -1;
	agg_add(L->A, r);
	grade_release(&now);
	json_decref(item);
	return 0;
}

/* Stream the run's outcomes into A: nothing is kept per outcome. */
static int load_outcomes(struct store *st, const char *run, struct agg *A, long *pending,
			 long *graded_now, struct tri_err *err)
{
	struct load_ctx L = { .A = A, .st = st, .run = run, .err = err };
	int r = store_each_outcome(st, run, outcome_row, &L, err);
	unit_flush(A);
	*pending = L.pending;
	*graded_now = L.graded_now;
	grade_ctx_close(L.gc);
	for (size_t i = 0; i < L.n_sv; i++)
		suite_release(&L.sv[i]);
	free(L.sv);
	return r;
}

/* "2026-11-22T10:04:05Z" for a Unix time, null for NAN. */
static json_t *iso_time(double t)
{
	char s[32];
	struct tm tm;
	if (!isfinite(t) || t < 0 || t > 253402300799.0)   /* up to the year 9999 */
		return json_null();
	time_t tt = (time_t)t;
	if (!gmtime_r(&tt, &tm) || !strftime(s, sizeof(s), "%Y-%m-%dT%H:%M:%SZ", &tm))
		return json_null();
	return json_string(s);
}

/* What happened to the model's requests: tasks by state, failed tasks by
 * the class of their last attempt (with the first message of each class),
 * failed attempts by class (retried or not). */
static int failure_row(void *ctx, const struct store_failure *f, struct tri_err *err)
{
	json_array_append_new(ctx, json_pack("{s:s,s:I,s:s}", "class", f->error_class,
		"tasks", (json_int_t)f->tasks, "first_error", f->first_error ? f->first_error : ""));
	return 0;
}

static int attempt_class_row(void *ctx, const char *cls, int64_t n, struct tri_err *err)
{
	json_object_set_new(ctx, cls ? cls : "unknown", json_integer((json_int_t)n));
	return 0;
}

static json_t *model_requests(struct store *st, const char *run, const char *model,
			      struct tri_err *err)
{
	struct store_task_counts c;
	json_t *failures = json_array(), *attempts = json_object();
	if (store_model_counts(st, run, model, &c, err) < 0 ||
	    store_each_failure(st, run, model, failure_row, failures, err) < 0 ||
	    store_each_failed_attempt_class(st, run, model, attempt_class_row, attempts, err) < 0) {
		json_decref(failures);
		json_decref(attempts);
		return NULL;
	}
	int64_t answered = c.done + c.cached + c.failed;
	return json_pack("{s:I,s:I,s:I,s:I,s:I,s:o,s:o,s:o}",
		"tasks", (json_int_t)c.tasks, "ok", (json_int_t)(c.done + c.cached),
		"cached", (json_int_t)c.cached, "failed", (json_int_t)c.failed,
		"pending", (json_int_t)c.pending,
		"error_share", answered ? json_real((double)c.failed / (double)answered) : json_null(),
		"failures", failures, "failed_attempts", attempts);
}

static json_t *model_json(const struct store_model *sm, const struct model_acc *M, int simulated)
{
	static const struct model_acc none;
	if (!M)
		M = &none;
	json_t *m = json_pack("{s:s,s:s,s:s,s:{s:o,s:o},s:{s:o,s:o}}",
			      "id", sm->id, "spec", sm->spec ? sm->spec : "",
			      "provider", sm->provider ? sm->provider : "",
			      "size", "total", num_or_null(sm->size_total),
			      "active", num_or_null(sm->size_active),
			      "price", "input", num_or_null(sm->price_in),
			      "output", num_or_null(sm->price_out));
	json_object_set_new(m, "simulated", json_boolean(simulated));
	json_object_set_new(m, "overall", M->all ? metrics_acc_json(M->all) : metrics_compute(NULL, 0));
	json_object_set_new(m, "suites", groups_metrics(&M->suites));
	json_object_set_new(m, "categories", groups_metrics(&M->cats));
	json_object_set_new(m, "difficulties", groups_metrics(&M->diffs));
	json_t *b = json_object();
	for (size_t k = 0; k < ARRAY_LEN(breakdown_keys); k++)
		if (M->bd[k].n)
			json_object_set_new(b, breakdown_keys[k], groups_metrics(&M->bd[k]));
	json_object_set_new(m, "breakdowns", b);
	json_object_set_new(m, "security_report", security_json(&M->sec));
	json_object_set_new(m, "grading", grading_json(&M->grading));
	json_object_set_new(m, "impossible", impossible_json(&M->imp));
	json_object_set_new(m, "tool_calls", tools_json(&M->tools));
	return m;
}

struct build {
	struct store *st;
	const char *run;
	struct agg *A;
	json_t *runj, *suites, *suite_info, *models, *judge;
};

/* ---- the judge: its model, its calls and cost, its agreement ---- */

struct judge_usage {
	long calls, answered, ok, failed;
	int64_t tok_in, tok_out, tok_reason;
	double cost;
	long costed;
};

static int judge_model_row(void *ctx, const struct store_model *sm, struct tri_err *err)
{
	struct build *B = ctx;
	json_decref(B->judge);
	B->judge = json_pack("{s:s,s:s}", "spec", sm->spec ? sm->spec : "",
			     "provider", sm->provider ? sm->provider : "");
	return 0;
}

static int judge_call_row(void *ctx, const struct store_judge_call *c, struct tri_err *err)
{
	struct judge_usage *u = ctx;
	u->calls++;
	if (c->state && !strcmp(c->state, "failed"))
		u->failed++;
	if (!c->answered)
		return 0;
	u->answered++;
	u->ok += c->ok;
	if (c->tok_in > 0)
		u->tok_in += c->tok_in;
	if (c->tok_out > 0)
		u->tok_out += c->tok_out;
	if (c->tok_reason > 0)
		u->tok_reason += c->tok_reason;
	double cost = c->cost;
	if (isnan(cost) && !isnan(c->price_in) && !isnan(c->price_out) && c->tok_in >= 0 &&
	    c->tok_out >= 0)
		cost = ((double)c->tok_in * c->price_in + (double)c->tok_out * c->price_out) / 1e6;
	if (!isnan(cost)) {
		u->cost += cost;
		u->costed++;
	}
	return 0;
}

/* Cohen's kappa of the judge's verdicts against the deterministic ones,
 * over the items where both exist (correct, incorrect, abstained). */
static json_t *judge_agreement(const struct agg *A)
{
	long n = A->agree_n;
	if (!n)
		return json_pack("{s:i,s:n,s:n}", "n", 0, "agreement", "kappa");
	double po = (double)A->agree / (double)n, pe = 0;
	for (int k = 0; k < 3; k++)
		pe += ((double)A->cj[k] / (double)n) * ((double)A->cd[k] / (double)n);
	json_t *kappa = pe < 1 ? json_real((po - pe) / (1 - pe)) : po == 1 ? json_real(1) : json_null();
	return json_pack("{s:I,s:I,s:f,s:o}", "n", (json_int_t)n, "agree", (json_int_t)A->agree,
			 "agreement", po, "kappa", kappa);
}

/* The judge's part of the report, or NULL when the run has no judge. */
static int judge_section(struct build *B, struct tri_err *err)
{
	struct judge_usage u = { 0 };
	if (store_judge_model(B->st, B->run, judge_model_row, B, err) < 0)
		return -1;
	if (!B->judge)
		return 0;
	if (store_each_judge_call(B->st, B->run, judge_call_row, &u, err) < 0)
		return -1;
	long verdicts = B->A->judge_verdicts, unreadable = B->A->judge_unreadable,
	     req_failed = B->A->judge_failed;
	json_object_set_new(B->judge, "calls", json_integer(u.calls));
	json_object_set_new(B->judge, "answered", json_integer(u.answered));
	json_object_set_new(B->judge, "failed", json_integer(u.failed));
	json_object_set_new(B->judge, "verdicts", json_integer(verdicts));
	json_object_set_new(B->judge, "request_failed", json_integer(req_failed));
	json_object_set_new(B->judge, "unreadable", json_integer(unreadable));
	json_object_set_new(B->judge, "tokens", json_pack("{s:I,s:I,s:I}",
		"input", (json_int_t)u.tok_in, "output", (json_int_t)u.tok_out,
		"reasoning", (json_int_t)u.tok_reason));
	/* apart from every model's cost: the judge is not the model under test */
	json_object_set_new(B->judge, "cost_usd", u.costed || !u.answered ? json_real(u.cost)
									      : json_null());
	json_object_set_new(B->judge, "agreement", judge_agreement(B->A));
	return 0;
}

/* An adaptive run's last look (run_adaptive.h), with the calls made: the
 * model tasks answered (ok or failed, the cache's too) against the tasks
 * of the full grid. NULL (and 0) for a run that is not adaptive. */
static int adaptive_section(struct build *B, json_t **out, struct tri_err *err)
{
	char *state = NULL;
	*out = NULL;
	if (store_adaptive(B->st, B->run, &state, err) < 0)
		return -1;
	if (!state)
		return 0;
	json_t *a = json_loads(state, 0, NULL);
	free(state);
	if (!json_is_object(a)) {
		json_decref(a);
		return err_set(err, TRI_RUNTIME, "run %s: damaged adaptive record", B->run);
	}
	int64_t tasks = 0, answered = 0;
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(a, "models"), i, m) {
		struct store_task_counts tc;
		const char *id = json_string_value(json_object_get(m, "id"));
		if (!id || store_model_counts(B->st, B->run, id, &tc, err) < 0) {
			json_decref(a);
			return id ? -1 : err_set(err, TRI_RUNTIME, "run %s: damaged adaptive record",
						 B->run);
		}
		tasks += tc.tasks;
		answered += tc.done + tc.cached + tc.failed;
	}
	json_object_set_new(a, "tasks", json_integer(tasks));
	json_object_set_new(a, "answered", json_integer(answered));
	json_object_set_new(a, "full_grid", json_boolean(tasks && answered == tasks));
	*out = a;
	return 0;
}

static int run_info_row(void *ctx, const struct store_run_info *ri, struct tri_err *err)
{
	struct build *B = ctx;
	json_t *cfg = ri->config ? json_loads(ri->config, 0, NULL) : NULL;
	B->runj = json_pack("{s:s,s:o,s:o,s:s,s:o,s:s}", "id", ri->id, "started", iso_time(ri->started),
			    "finished", iso_time(ri->finished), "status", ri->status ? ri->status : "",
			    "config", cfg ? cfg : json_object(),
			    "tool_version", ri->tool_version ? ri->tool_version : "");
	return 0;
}

static int suite_row(void *ctx, const struct store_suite *s, struct tri_err *err)
{
	struct build *B = ctx;
	/* the suite's default grader type, from its stored header */
	json_t *h = s->header ? json_loads(s->header, 0, NULL) : NULL;
	const char *gt = json_string_value(json_object_get(json_object_get(h, "grader"), "type"));
	json_array_append_new(B->suites, json_string(s->name));
	json_array_append_new(B->suite_info, json_pack("{s:s,s:s,s:I,s:o,s:o}",
		"name", s->name, "axis", s->axis ? s->axis : "", "items", (json_int_t)s->n_items,
		"version", s->version ? json_string(s->version) : json_null(),
		"grader", gt ? json_string(gt) : json_null()));
	json_decref(h);
	return 0;
}

static int model_row(void *ctx, const struct store_model *sm, struct tri_err *err)
{
	struct build *B = ctx;
	int sim;
	if (store_model_simulated(B->st, B->run, sm->id, &sim, err) < 0)
		return -1;
	json_t *req = model_requests(B->st, B->run, sm->id, err);
	if (!req)
		return -1;
	size_t mi = index_of(B->A->models, B->A->n_models, sm->id);
	json_t *m = model_json(sm, mi < B->A->n_models ? &B->A->m[mi] : NULL, sim);
	json_object_set_new(m, "requests", req);
	/* where size and price came from, as the run's config recorded it */
	size_t i;
	json_t *cm;
	json_array_foreach(json_object_get(json_object_get(B->runj, "config"), "models"), i, cm) {
		const char *id = json_string_value(json_object_get(cm, "id"));
		if (!id || strcmp(id, sm->id))
			continue;
		json_t *origin = json_object_get(cm, "origin"), *cat = json_object_get(cm, "catalogue");
		json_object_set(m, "origin", json_is_object(origin) ? origin : json_null());
		json_object_set(m, "catalogue", json_is_object(cat) ? cat : json_null());
	}
	json_array_append_new(B->models, m);
	return 0;
}

json_t *report_build(struct store *st, const char *run, struct tri_err *err)
{
	struct agg A;
	struct build B = { .st = st, .run = run, .A = &A, .suites = json_array(),
			   .suite_info = json_array(), .models = json_array() };
	json_t *rep = NULL, *adaptive = NULL;
	long pending = 0, graded_now = 0;

	if (store_run_info(st, run, run_info_row, &B, err) < 0 ||
	    agg_init(&A, st, run, err) < 0 ||
	    load_outcomes(st, run, &A, &pending, &graded_now, err) < 0 ||
	    store_each_suite(st, run, suite_row, &B, err) < 0 ||
	    store_each_model(st, run, model_row, &B, err) < 0 || judge_section(&B, err) < 0 ||
	    adaptive_section(&B, &adaptive, err) < 0)
		goto fail;
	json_object_set_new(B.runj, "pending", json_integer(pending));
	json_object_set_new(B.runj, "graded_for_report", json_integer(graded_now));
	json_object_set_new(B.runj, "store", json_string(st->path));
	int64_t cached, priced;
	double saved;
	if (store_cache_saved(st, run, &cached, &priced, &saved, err) < 0)
		goto fail;
	json_object_set_new(B.runj, "cache", json_pack("{s:I,s:I,s:o}", "answers", (json_int_t)cached,
						       "priced", (json_int_t)priced, "cost_usd",
						       priced ? json_real(saved) : json_null()));
	json_object_set(B.runj, "suites", B.suite_info);
	rep = json_pack("{s:{s:s,s:s},s:O,s:O,s:o,s:o,s:O,s:O}", "tool", "name", "trilemma",
			"version", TRI_VERSION, "run", B.runj, "models", B.models,
			"comparisons", comparisons(&A),
			"grading", grading_json(&A.grading),
			"judge", B.judge ? B.judge : json_null(),
			"adaptive", adaptive ? adaptive : json_null());
fail:
	json_decref(adaptive);
	json_decref(B.runj);
	json_decref(B.judge);
	json_decref(B.models);
	json_decref(B.suites);
	json_decref(B.suite_info);
	agg_release(&A);
	return rep;
}

/* ---- rendering ------------------------------------------------------- */

/* Append untrusted text s (may be NULL) with its control characters neutralised. */
static void add_text(struct buf *out, const char *s)
{
	if (s)
		buf_add_escaped(out, s, strlen(s), 0);
}


/* A dotted path into a METRICS object; a proportion yields its value. */
static double jnum(const json_t *o, const char *path)
{
	char tmp[128];
	const json_t *v = o;
	snprintf(tmp, sizeof(tmp), "%s", path);
	for (char *p = tmp, *dot; p && v; p = dot ? dot + 1 : NULL) {
		dot = strchr(p, '.');
		if (dot)
			*dot = '\0';
		v = json_object_get(v, p);
	}
	if (json_is_object(v))
		v = json_object_get(v, "value");
	return json_is_number(v) ? json_number_value(v) : NAN;
}

static void fmt_num(struct buf *b, double v, int decimals)
{
	if (isnan(v))
		buf_adds(b, "-");
	else
		buf_addf(b, "%.*f", decimals, v);
}

static void fmt_prop(struct buf *b, const json_t *m, const char *key, int with_ci)
{
	const json_t *p = json_object_get(m, key);
	if (!strcmp(key, "security"))
		p = json_object_get(json_object_get(m, "security"), "pass_rate");
	double v = json_is_object(p) ? json_number_value(json_object_get(p, "value")) : NAN;
	if (!json_is_object(p)) {
		buf_adds(b, "-");
		return;
	}
	buf_addf(b, "%.3f", v);
	if (with_ci)
		buf_addf(b, " [%.2f-%.2f]", json_number_value(json_object_get(p, "lo")),
			 json_number_value(json_object_get(p, "hi")));
}

static void fmt_size(struct buf *b, double v)
{
	if (isnan(v))
		buf_adds(b, "-");
	else if (v >= 1e9)
		buf_addf(b, "%.3gB", v / 1e9);
	else if (v >= 1e6)
		buf_addf(b, "%.3gM", v / 1e6);
	else
		buf_addf(b, "%.3g", v);
}

/* A table of cells in row-major order; the first row is the header.
 * Cells hold escaped text (safe for a terminal). */
struct table {
	size_t cols;
	char **cell;
	size_t n, alloc;
};

static void table_put(struct table *t, const char *s)
{
	struct buf b = BUF_INIT;
	buf_add_escaped(&b, s, strlen(s), 0);
	XGROW(t->cell, t->alloc, t->n + 1);
	t->cell[t->n++] = buf_detach(&b);
}

static void table_putb(struct table *t, struct buf *b)
{
	table_put(t, b->s);
	buf_reset(b);
}

static void table_release(struct table *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->cell[i]);
	free(t->cell);
	memset(t, 0, sizeof(*t));
}

static size_t utf8_width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		w += ((unsigned char)*s & 0xc0) != 0x80;
	return w;
}

/* Append s cut to at most max display columns ("..." marks the cut). */
static void add_cut(struct buf *out, const char *s, size_t max)
{
	size_t w = utf8_width(s);
	if (w <= max) {
		buf_adds(out, s);
		return;
	}
	size_t keep = max > 3 ? max - 3 : 0, cols = 0;
	const char *p = s;
	while (*p && cols < keep) {
		p++;
		while (((unsigned char)*p & 0xc0) == 0x80)
			p++;
		cols++;
	}
	buf_add(out, s, (size_t)(p - s));
	buf_add(out, "...", max < 3 ? max : 3);
}

/* Render aligned text within st->width (0: no limit). A table wider than
 * that is not cut: its columns are laid out in panels, one under the
 * other, each repeating the first column; only a single cell wider than
 * the whole width is shortened. */
static void table_term(const struct table *t, const struct report_style *st, struct buf *out)
{
	size_t rows = t->n / t->cols, cols = t->cols, width = st->width > 0 ? (size_t)st->width : 0;
	size_t *w = xcalloc(cols, sizeof(*w));
	for (size_t r = 0; r < rows; r++)
		for (size_t c = 0; c < cols; c++) {
			size_t cw = utf8_width(t->cell[r * cols + c]);
			if (cw > w[c])
				w[c] = cw;
		}
	/* the first column takes at most half the width */
	if (width && w[0] > width / 2)
		w[0] = width / 2;
	size_t c = 1;
	int first = 1;
	do {
		size_t used = w[0], end = c;
		while (end < cols && (!width || end == c || used + 2 + w[end] <= width))
			used += 2 + w[end++];
		if (!first)
			buf_addc(out, '\n');
		for (size_t r = 0; r < rows; r++) {
			if (r == 0 && st->color)
				buf_adds(out, "\033[1m");
			size_t line = 0;
			for (size_t k = 0; k == 0 || (k >= c && k < end); k = k ? k + 1 : c) {
				const char *cell = t->cell[r * cols + k];
				size_t cw = w[k];
				if (width && line + (k ? 2 : 0) + cw > width)
					cw = width > line + (k ? 2 : 0) ? width - line - (k ? 2 : 0) : 0;
				struct buf cb = BUF_INIT;
				add_cut(&cb, cell, cw);
				size_t pad = cw > utf8_width(cb.s) ? cw - utf8_width(cb.s) : 0;
				if (k == 0)
					buf_addf(out, "%s%*s", cb.s, (int)pad, "");
				else
					buf_addf(out, "%*s%s", (int)(pad + 2), "", cb.s);
				line += (k ? 2 : 0) + cw;
				buf_release(&cb);
				if (cols == 1)
					break;
			}
			if (r == 0 && st->color)
				buf_adds(out, "\033[0m");
			buf_addc(out, '\n');
		}
		first = 0;
		c = end;
	} while (c < cols);
	free(w);
}

static void md_escape(struct buf *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '|')
			buf_adds(out, "\\|");
		else
			buf_addc(out, *s);
	}
}

static void table_md(const struct table *t, struct buf *out)
{
	size_t rows = t->n / t->cols;
	for (size_t r = 0; r < rows; r++) {
		buf_adds(out, "|");
		for (size_t c = 0; c < t->cols; c++) {
			buf_addc(out, ' ');
			md_escape(out, t->cell[r * t->cols + c]);
			buf_adds(out, " |");
		}
		buf_addc(out, '\n');
		if (r == 0) {
			buf_adds(out, "|");
			for (size_t c = 0; c < t->cols; c++)
				buf_adds(out, c ? " ---: |" : " --- |");
			buf_addc(out, '\n');
		}
	}
}

/* HTML text: markup characters as entities, control characters as \xNN. */
static void html_escape(struct buf *out, const char *raw)
{
	struct buf e = BUF_INIT;
	buf_add_escaped(&e, raw, strlen(raw), 1);
	for (const char *s = e.s; *s; s++) {
		switch (*s) {
		case '<': buf_adds(out, "&lt;"); break;
		case '>': buf_adds(out, "&gt;"); break;
		case '&': buf_adds(out, "&amp;"); break;
		case '"': buf_adds(out, "&quot;"); break;
		case '\'': buf_adds(out, "&#39;"); break;
		default: buf_addc(out, *s);
		}
	}
	buf_release(&e);
}

static void table_html(const struct table *t, struct buf *out)
{
	size_t rows = t->n / t->cols;
	buf_adds(out, "<table>\n");
	for (size_t r = 0; r < rows; r++) {
		buf_adds(out, "<tr>");
		for (size_t c = 0; c < t->cols; c++) {
			buf_adds(out, r ? "<td>" : "<th>");
			html_escape(out, t->cell[r * t->cols + c]);
			buf_adds(out, r ? "</td>" : "</th>");
		}
		buf_adds(out, "</tr>\n");
	}
	buf_adds(out, "</table>\n");
}

/* Rows become columns: for groups with many keys (categories), one row a key. */
static void transpose(const struct table *t, const char *corner, struct table *out)
{
	size_t rows = t->n / t->cols;
	out->cols = rows;
	for (size_t c = 0; c < t->cols; c++)
		for (size_t r = 0; r < rows; r++) {
			XGROW(out->cell, out->alloc, out->n + 1);
			out->cell[out->n++] = xstrdup(r == 0 && c == 0 ? corner : t->cell[r * t->cols + c]);
		}
}

/* Did model m's size (what = "size") or price come from the catalogue? */
static int from_catalogue(const json_t *m, const char *what)
{
	const char *o = json_string_value(json_object_get(json_object_get(m, "origin"), what));
	return o && !strcmp(o, "catalogue");
}

/* "* from the model catalogue: size of a, b; price of c" when any was. */
static void catalogue_note(const json_t *rep, struct buf *line)
{
	static const char *const what[] = { "size", "price" };
	for (size_t w = 0; w < ARRAY_LEN(what); w++) {
		size_t i, n = 0;
		json_t *m;
		json_array_foreach(json_object_get(rep, "models"), i, m) {
			if (!from_catalogue(m, what[w]))
				continue;
			buf_adds(line, n++ ? ", " : line->len ? "; " : "* from the model catalogue: ");
			if (n == 1)
				buf_addf(line, "%s of ", what[w]);
			add_text(line, json_string_value(json_object_get(m, "id")));
		}
	}
}

static void scoreboard(const json_t *rep, struct table *t, int ci)
{
	static const char *const head[] = {
		"model", "size", "errors", "accuracy", "halluc.", "omni", "security", "ece",
		"out tok", "reason tok", "p50 s", "ttft s", "cost $",
	};
	struct buf b = BUF_INIT;
	size_t i;
	json_t *m;
	t->cols = ARRAY_LEN(head);
	for (i = 0; i < ARRAY_LEN(head); i++)
		table_put(t, head[i]);
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *o = json_object_get(m, "overall");
		table_put(t, json_string_value(json_object_get(m, "id")));
		fmt_size(&b, jnum(m, "size.active"));
		if (from_catalogue(m, "size"))
			buf_addc(&b, '*');
		table_putb(t, &b);
		fmt_num(&b, jnum(o, "errors"), 0);
		table_putb(t, &b);
		fmt_prop(&b, o, "accuracy", ci);
		table_putb(t, &b);
		fmt_prop(&b, o, "hallucination_rate", ci);
		table_putb(t, &b);
		fmt_num(&b, jnum(o, "omniscience_index"), 1);
		table_putb(t, &b);
		fmt_prop(&b, o, "security", ci);
		table_putb(t, &b);
		fmt_num(&b, jnum(o, "ece"), 3);
		table_putb(t, &b);
		fmt_num(&b, jnum(o, "tokens.output.mean"), 0);
		table_putb(t, &b);
		fmt_num(&b, jnum(o, "tokens.reasoning.mean"), 0);
		table_putb(t, &b);
		fmt_num(&b, jnum(o, "latency_s.p50"), 2);
		table_putb(t, &b);
		fmt_num(&b, jnum(o, "ttft_s.p50"), 2);
		table_putb(t, &b);
		fmt_num(&b, jnum(o, "cost_usd.total"), 4);
		table_putb(t, &b);
	}
	buf_release(&b);
}

/* rows: models; columns: the keys of each model's GROUP object (sorted
 * union); cell: metric. Returns 0 when there is nothing to show. */
static int grouped(const json_t *rep, const char *group, const char *prefix,
		   const char *metric, struct table *t)
{
	const json_t *models = json_object_get(rep, "models");
	json_t *keys = json_object();
	size_t i;
	json_t *m;
	const char *k;
	json_t *v;
	json_array_foreach(models, i, m)
		json_object_foreach(json_object_get(m, group), k, v)
			if (!prefix || !strncmp(k, prefix, strlen(prefix)))
				json_object_set_new(keys, k, json_true());
	size_t nk = json_object_size(keys);
	if (!nk) {
		json_decref(keys);
		return 0;
	}
	const char **kv = xcalloc(nk, sizeof(*kv));
	size_t n = 0;
	json_object_foreach(keys, k, v)
		kv[n++] = k;
	/* json objects keep insertion order; sort for a stable table */
	for (size_t a = 1; a < n; a++)
		for (size_t b2 = a; b2 > 0 && strcmp(kv[b2 - 1], kv[b2]) > 0; b2--) {
			const char *tmp = kv[b2];
			kv[b2] = kv[b2 - 1];
			kv[b2 - 1] = tmp;
		}
	t->cols = n + 1;
	table_put(t, "model");
	for (size_t c = 0; c < n; c++)
		table_put(t, prefix ? kv[c] + strlen(prefix) : kv[c]);
	struct buf b = BUF_INIT;
	json_array_foreach(models, i, m) {
		table_put(t, json_string_value(json_object_get(m, "id")));
		for (size_t c = 0; c < n; c++) {
			const json_t *g = json_object_get(json_object_get(m, group), kv[c]);
			if (!strcmp(metric, "security"))
				fmt_prop(&b, g, "security", 0);
			else
				fmt_num(&b, jnum(g, metric), 3);
			/* a cell of a few items says how few */
			long long gn = json_integer_value(json_object_get(g, "graded"));
			if (g && b.len && strcmp(b.s, "-") && gn > 0 && gn < 10)
				buf_addf(&b, " (n=%lld)", gn);
			table_putb(t, &b);
		}
	}
	buf_release(&b);
	free(kv);
	json_decref(keys);
	return 1;
}

static void emit(const struct table *t, const char *format, const struct report_style *st,
		 struct buf *out)
{
	if (!strcmp(format, "md"))
		table_md(t, out);
	else if (!strcmp(format, "html"))
		table_html(t, out);
	else
		table_term(t, st, out);
}

/* Text (trusted, or escaped already) broken into lines of at most width
 * display columns at spaces (0: as it is); continuation lines indented. */
static void add_wrapped(struct buf *out, const char *text, int width, const char *indent)
{
	size_t col = 0, w = width > 0 ? (size_t)width : 0;
	const char *p = text;
	while (*p == ' ') {   /* a leading indent stays */
		buf_addc(out, ' ');
		col++;
		p++;
	}
	size_t lead = col;
	for (; *p;) {
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		size_t ww = 0;
		for (const char *q = p; q < e; q++)
			ww += ((unsigned char)*q & 0xc0) != 0x80;
		if (w && col > lead && col + 1 + ww > w) {
			buf_addc(out, '\n');
			buf_adds(out, indent);
			col = strlen(indent);
		} else if (col > lead) {
			buf_addc(out, ' ');
			col++;
		}
		buf_add(out, p, (size_t)(e - p));
		col += ww;
		p = *e ? e + 1 : e;
	}
}

static void heading(struct buf *out, const char *format, const struct report_style *st,
		    const char *text)
{
	if (!strcmp(format, "md")) {
		buf_addf(out, "\n### %s\n\n", text);
	} else if (!strcmp(format, "html")) {
		buf_addf(out, "<h3>%s</h3>\n", text);
	} else {
		buf_addc(out, '\n');
		add_wrapped(out, text, st ? st->width : 0, "  ");
		buf_addc(out, '\n');
	}
}

static int simulated(const json_t *rep)
{
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		if (json_is_true(json_object_get(m, "simulated")))
			return 1;
	}
	return 0;
}

/* {"models": [{"id", "g": model[outer][inner]}]}: lifts a nested group to
 * the top so that grouped() can tabulate it. New reference. */
static json_t *lift(const json_t *rep, const char *outer, const char *inner)
{
	json_t *models = json_array();
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		json_t *g = json_object_get(json_object_get(m, outer), inner);
		json_array_append_new(models, json_pack("{s:O,s:O}", "id", json_object_get(m, "id"),
							"g", g ? g : json_null()));
	}
	return json_pack("{s:o}", "models", models);
}

int report_knowledge_key(const json_t *rep, const char *key)
{
	const char *slash = strchr(key, '/');
	size_t n = slash ? (size_t)(slash - key) : strlen(key), i;
	json_t *su;
	json_array_foreach(json_object_get(json_object_get(rep, "run"), "suites"), i, su) {
		const char *name = json_string_value(json_object_get(su, "name"));
		const char *axis = json_string_value(json_object_get(su, "axis"));
		const char *g = json_string_value(json_object_get(su, "grader"));
		if (name && axis && strlen(name) == n && !strncmp(name, key, n))
			return slash && !strcmp(axis, "calibration") && g &&
			       (!strcmp(g, "exact") || !strcmp(g, "numeric") || !strcmp(g, "abstain"));
	}
	return 0;
}

/* Knowledge by domain family (the items' meta.family, e.g. science,
 * software): the hallucination rate and the omniscience index of the
 * families of each knowledge suite (report_knowledge_key), the view
 * AA-Omniscience gives by domain. */
static void render_families(const json_t *rep, const char *format, const struct report_style *st,
			    struct buf *out)
{
	static const char *const what[][2] = {
		{ "hallucination_rate", "hallucination rate by suite/domain family" },
		{ "omniscience_index", "omniscience index by suite/domain family (-100 to 100)" },
	};
	json_t *tmp = lift(rep, "breakdowns", "family");
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(tmp, "models"), i, m) {
		json_t *g = json_object_get(m, "g"), *keep = json_object();
		const char *k;
		json_t *v;
		json_object_foreach(g, k, v)
			if (report_knowledge_key(rep, k))
				json_object_set(keep, k, v);
		json_object_set_new(m, "g", keep);
	}
	for (size_t k = 0; k < ARRAY_LEN(what); k++) {
		struct table t = { 0 }, tt = { 0 };
		if (grouped(tmp, "g", NULL, what[k][0], &t)) {
			/* one row per suite/family: a few suites of five families
			 * are too wide as columns */
			transpose(&t, "suite/family", &tt);
			heading(out, format, st, what[k][1]);
			emit(&tt, format, st, out);
		}
		table_release(&t);
		table_release(&tt);
	}
	json_decref(tmp);
}

/* One line of text (already free of control characters) in format. */
static void emit_line(struct buf *out, const char *format, const struct report_style *st,
		      const struct buf *line)
{
	if (!strcmp(format, "html")) {
		buf_adds(out, "<p>");
		html_escape(out, line->s);
		buf_adds(out, "</p>\n");
	} else if (!strcmp(format, "term")) {
		add_wrapped(out, line->s, st ? st->width : 0, "    ");
		buf_addc(out, '\n');
	} else {
		buf_add(out, line->s, line->len);
		buf_addc(out, '\n');
	}
}

/* Did any model have a failed, pending or retried request? */
static int any_trouble(const json_t *rep)
{
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *r = json_object_get(m, "requests");
		if (json_integer_value(json_object_get(r, "failed")) ||
		    json_integer_value(json_object_get(r, "pending")) ||
		    json_object_size(json_object_get(r, "failed_attempts")))
			return 1;
	}
	return 0;
}

void report_render_requests(const json_t *rep, const char *format, const struct report_style *st,
			    struct buf *out)
{
	static const char *const head[] = {
		"model", "tasks", "ok", "failed", "pending", "error share", "failed attempts",
	};
	if (!any_trouble(rep))
		return;
	struct table t = { .cols = ARRAY_LEN(head) };
	struct buf b = BUF_INIT;
	size_t i;
	json_t *m;
	for (i = 0; i < ARRAY_LEN(head); i++)
		table_put(&t, head[i]);
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *r = json_object_get(m, "requests");
		table_put(&t, json_string_value(json_object_get(m, "id")));
		static const char *const counts[] = { "tasks", "ok", "failed", "pending" };
		for (size_t k = 0; k < ARRAY_LEN(counts); k++) {
			buf_addf(&b, "%lld", (long long)json_integer_value(json_object_get(r, counts[k])));
			table_putb(&t, &b);
		}
		fmt_num(&b, jnum(r, "error_share"), 3);
		table_putb(&t, &b);
		const char *cls;
		json_t *n;
		json_object_foreach(json_object_get(r, "failed_attempts"), cls, n)
			buf_addf(&b, "%s%s %lld", b.len ? ", " : "", cls, (long long)json_integer_value(n));
		if (!b.len)
			buf_adds(&b, "-");
		table_putb(&t, &b);
	}
	heading(out, format, st, "requests (failed tasks are errors: never graded, sent again by --resume)");
	emit(&t, format, st, out);
	table_release(&t);
	int any = 0;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		size_t k;
		json_t *f;
		json_array_foreach(json_object_get(json_object_get(m, "requests"), "failures"), k, f) {
			if (!any++)
				heading(out, format, st, "why requests failed (the class of each failed task's "
					"last attempt, and its first message)");
			buf_reset(&b);
			buf_adds(&b, !strcmp(format, "md") ? "- " : "  ");
			add_text(&b, json_string_value(json_object_get(m, "id")));
			buf_adds(&b, ": ");
			add_text(&b, json_string_value(json_object_get(f, "class")));
			buf_addf(&b, " x%lld: ", (long long)json_integer_value(json_object_get(f, "tasks")));
			add_text(&b, json_string_value(json_object_get(f, "first_error")));
			emit_line(out, format, st, &b);
		}
	}
	buf_release(&b);
}

/* How the verdicts were reached: per model, the verdicts of each grader,
 * the uncertain readings and the hedge rate; then the judge, its cost
 * apart from the models', and its agreement with the deterministic
 * graders. */
static void render_grading(const json_t *rep, const char *format, const struct report_style *st,
			   struct buf *out)
{
	static const char *const order[] = { "exact", "numeric", "choice", "regex", "abstain",
					     "canary", "refusal", "comply", "code", "impossible",
					     "feasible", "tool_call", "no_tool", "judge" };
	const json_t *all = json_object_get(json_object_get(rep, "grading"), "by_grader");
	const char *cols[ARRAY_LEN(order) + 8];
	size_t nc = 0;
	for (size_t k = 0; k < ARRAY_LEN(order); k++)
		if (json_object_get(all, order[k]))
			cols[nc++] = order[k];
	const char *name;
	json_t *n;
	json_object_foreach((json_t *)all, name, n) {
		int known = 0;
		for (size_t k = 0; k < ARRAY_LEN(order); k++)
			known |= !strcmp(name, order[k]);
		if (!known && nc < ARRAY_LEN(cols))
			cols[nc++] = name;
	}
	struct table t = { .cols = 4 + nc };
	struct buf b = BUF_INIT;
	size_t i;
	json_t *m;
	table_put(&t, "model");
	table_put(&t, "graded");
	for (size_t k = 0; k < nc; k++)
		table_put(&t, cols[k]);
	table_put(&t, "uncertain");
	table_put(&t, "hedged answers");
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *g = json_object_get(m, "grading");
		table_put(&t, json_string_value(json_object_get(m, "id")));
		buf_addf(&b, "%lld", (long long)json_integer_value(json_object_get(g, "graded")));
		table_putb(&t, &b);
		long long graded = json_integer_value(json_object_get(g, "graded"));
		for (size_t k = 0; k < nc; k++) {
			long long c = json_integer_value(json_object_get(json_object_get(g, "by_grader"),
									 cols[k]));
			if (c)
				buf_addf(&b, "%lld (%.0f%%)", c, graded ? 100.0 * (double)c / (double)graded : 0);
			else
				buf_adds(&b, "0");
			table_putb(&t, &b);
		}
		buf_addf(&b, "%lld", (long long)json_integer_value(json_object_get(g, "uncertain")));
		table_putb(&t, &b);
		const json_t *h = json_object_get(g, "hedge_rate");
		if (json_is_object(h))
			buf_addf(&b, "%.3f (%lld of %lld)", jnum(h, "value"),
				 (long long)json_integer_value(json_object_get(h, "k")),
				 (long long)json_integer_value(json_object_get(h, "n")));
		else
			buf_adds(&b, "-");
		table_putb(&t, &b);
	}
	heading(out, format, st, "grading: verdicts by grader (the judge's own column); uncertain "
		"readings; hedged answers among those committed");
	emit(&t, format, st, out);
	table_release(&t);
	const json_t *j = json_object_get(rep, "judge");
	if (json_is_object(j)) {
		heading(out, format, st, "the judge (its calls are not part of any model's cost)");
		buf_reset(&b);
		buf_adds(&b, !strcmp(format, "md") ? "- " : "  ");
		add_text(&b, json_string_value(json_object_get(j, "spec")));
		buf_addf(&b, ": %lld calls, %lld verdicts, %lld failed requests, %lld replies not "
			 "readable",
			 (long long)json_integer_value(json_object_get(j, "calls")),
			 (long long)json_integer_value(json_object_get(j, "verdicts")),
			 (long long)json_integer_value(json_object_get(j, "request_failed")),
			 (long long)json_integer_value(json_object_get(j, "unreadable")));
		emit_line(out, format, st, &b);
		buf_reset(&b);
		buf_adds(&b, !strcmp(format, "md") ? "- " : "  ");
		buf_addf(&b, "judge tokens in %lld, out %lld; judge cost ",
			 (long long)jnum(j, "tokens.input"), (long long)jnum(j, "tokens.output"));
		if (json_is_number(json_object_get(j, "cost_usd")))
			buf_addf(&b, "$%.4f", jnum(j, "cost_usd"));
		else
			buf_adds(&b, "unknown (declare the judge's price:)");
		emit_line(out, format, st, &b);
		const json_t *a = json_object_get(j, "agreement");
		buf_reset(&b);
		buf_adds(&b, !strcmp(format, "md") ? "- " : "  ");
		if (json_integer_value(json_object_get(a, "n")))
			buf_addf(&b, "agreement with the deterministic graders, %lld items graded "
				 "by both: %lld agree (%.3f), Cohen's kappa %s",
				 (long long)json_integer_value(json_object_get(a, "n")),
				 (long long)json_integer_value(json_object_get(a, "agree")),
				 jnum(a, "agreement"), "");
		else
			buf_adds(&b, "agreement with the deterministic graders: no item was graded by both");
		if (json_is_number(json_object_get(a, "kappa"))) {
			buf_addf(&b, "%.3f", jnum(a, "kappa"));
		} else if (json_integer_value(json_object_get(a, "n"))) {
			buf_adds(&b, "undefined (one verdict only)");
		}
		emit_line(out, format, st, &b);
	}
	buf_release(&b);
}

/* A share {value, k, n} as "0.833 (10/12)", or "-". */
static void fmt_share(struct buf *b, const json_t *p)
{
	if (json_is_object(p))
		buf_addf(b, "%.3f (%lld/%lld)", jnum(p, "value"),
			 (long long)json_integer_value(json_object_get(p, "k")),
			 (long long)json_integer_value(json_object_get(p, "n")));
	else
		buf_adds(b, "-");
}

/* One figure per item of the compute groups a and b: "a / b". */
static void fmt_spend(struct buf *b, const json_t *a, const json_t *c, const char *key, int money)
{
	const json_t *g[2] = { json_object_get(a, key), json_object_get(c, key) };
	for (int k = 0; k < 2; k++) {
		if (k)
			buf_adds(b, " / ");
		if (!json_is_object(g[k]))
			buf_adds(b, "-");
		else if (money)
			buf_addf(b, "$%.3g", jnum(g[k], "per_item"));
		else if (jnum(g[k], "per_item") >= 100)
			buf_addf(b, "%.0f", jnum(g[k], "per_item"));
		else
			buf_addf(b, "%.3g", jnum(g[k], "per_item"));
	}
}

/* Impossible requests: recognition and over-flags per model, then the
 * compute each spent on them, recognised against not. */
static void render_impossible(const json_t *rep, const char *format, const struct report_style *st,
			      struct buf *out)
{
	struct table t = { .cols = 9 };
	struct buf b = BUF_INIT;
	size_t i;
	json_t *m;
	static const char *const head[] = { "model", "recognised", "answered anyway",
		"over-flagged twins", "judge", "reasoning tok/item", "output tok/item", "s/item",
		"cost/item" };
	for (size_t k = 0; k < ARRAY_LEN(head); k++)
		table_put(&t, head[k]);
	int any = 0;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *x = json_object_get(m, "impossible");
		if (!json_is_object(x))
			continue;
		any = 1;
		const json_t *rec = json_object_get(json_object_get(x, "compute"), "recognised");
		const json_t *no = json_object_get(json_object_get(x, "compute"), "not_recognised");
		long long ni = json_integer_value(json_object_get(x, "impossible"));
		long long nf = json_integer_value(json_object_get(x, "feasible"));
		table_put(&t, json_string_value(json_object_get(m, "id")));
		fmt_share(&b, json_object_get(x, "recognition_rate"));
		table_putb(&t, &b);
		fmt_share(&b, json_object_get(x, "answered_rate"));
		table_putb(&t, &b);
		fmt_share(&b, json_object_get(x, "over_flag_rate"));
		table_putb(&t, &b);
		buf_addf(&b, "%lld of %lld", (long long)json_integer_value(json_object_get(x, "judged")),
			 ni + nf);
		table_putb(&t, &b);
		fmt_spend(&b, rec, no, "reasoning_tokens", 0);
		table_putb(&t, &b);
		fmt_spend(&b, rec, no, "output_tokens", 0);
		table_putb(&t, &b);
		fmt_spend(&b, rec, no, "seconds", 0);
		table_putb(&t, &b);
		fmt_spend(&b, rec, no, "cost_usd", 1);
		table_putb(&t, &b);
	}
	if (any) {
		heading(out, format, st, "impossible requests: recognised, answered anyway, feasible "
			"twins flagged as impossible, verdicts the judge gave; the compute spent per "
			"impossible item, recognised / not recognised");
		emit(&t, format, st, out);
	}
	table_release(&t);
	buf_release(&b);
}

/* Tool calling: accuracy by kind of item, then the faults of the wrong
 * calls, per model. */
static void render_tool_calls(const json_t *rep, const char *format,
			      const struct report_style *st, struct buf *out)
{
	static const char *const order[] = { "no_call", "missing_call", "extra_call", "wrong_value",
		"missing_argument", "unexpected_argument", "schema", "invalid_json", "unknown_tool",
		"order", "forbidden_call", "other" };
	struct table t = { 0 };
	json_t *tmp = lift(rep, "tool_calls", "kinds");
	if (grouped(tmp, "g", NULL, "accuracy", &t)) {
		heading(out, format, st, "tool calls: accuracy by kind of item");
		emit(&t, format, st, out);
	}
	table_release(&t);
	json_decref(tmp);
	const char *cols[ARRAY_LEN(order)];
	size_t nc = 0, i;
	json_t *m;
	for (size_t k = 0; k < ARRAY_LEN(order); k++) {
		int any = 0;
		json_array_foreach(json_object_get(rep, "models"), i, m)
			any |= json_object_get(json_object_get(json_object_get(m, "tool_calls"), "faults"),
					       order[k]) != NULL;
		if (any)
			cols[nc++] = order[k];
	}
	t = (struct table){ .cols = 2 + nc };
	table_put(&t, "model");
	table_put(&t, "accuracy");
	for (size_t k = 0; k < nc; k++)
		table_put(&t, cols[k]);
	struct buf b = BUF_INIT;
	int rows = 0;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *x = json_object_get(m, "tool_calls");
		if (!json_is_object(x))
			continue;
		rows++;
		table_put(&t, json_string_value(json_object_get(m, "id")));
		fmt_share(&b, json_object_get(x, "accuracy"));
		table_putb(&t, &b);
		for (size_t k = 0; k < nc; k++) {
			buf_addf(&b, "%lld", (long long)json_integer_value(
				json_object_get(json_object_get(x, "faults"), cols[k])));
			table_putb(&t, &b);
		}
	}
	if (rows) {
		heading(out, format, st, "tool calls: accuracy, and what was wrong with the calls "
			"that failed (docs/graders.md)");
		emit(&t, format, st, out);
	}
	table_release(&t);
	buf_release(&b);
}

/* McNemar over every suite, one row per pair; then the reliability bins
 * of each model that stated confidences. */
static void render_comparisons(const json_t *rep, const char *format,
			       const struct report_style *st, struct buf *out)
{
	static const char *const head[] = { "A", "B", "items", "both right", "A only", "B only",
					    "p", "" };
	struct table t = { .cols = ARRAY_LEN(head) };
	struct buf b = BUF_INIT;
	size_t i, rows = 0;
	json_t *c;
	for (i = 0; i < ARRAY_LEN(head); i++)
		table_put(&t, head[i]);
	json_array_foreach(json_object_get(rep, "comparisons"), i, c) {
		const char *suite = json_string_value(json_object_get(c, "suite"));
		if (!suite || strcmp(suite, "*"))
			continue;
		rows++;
		table_put(&t, json_string_value(json_object_get(c, "a")));
		table_put(&t, json_string_value(json_object_get(c, "b")));
		static const char *const k[] = { "pairs", "both", "a_only", "b_only" };
		for (size_t j = 0; j < ARRAY_LEN(k); j++) {
			buf_addf(&b, "%lld", (long long)json_integer_value(json_object_get(c, k[j])));
			table_putb(&t, &b);
		}
		double p = jnum(c, "p_value");
		if (isnan(p))
			buf_adds(&b, "-");
		else
			buf_addf(&b, "%.3g", p);
		table_putb(&t, &b);
		table_put(&t, !isnan(p) && p < 0.05 ? "differ" : "");
	}
	if (rows) {
		heading(out, format, st, "pairwise comparisons, every suite (McNemar's exact test on "
			"the items both answered; 'differ' below p = 0.05)");
		emit(&t, format, st, out);
	}
	table_release(&t);
	/* reliability: one row per model and bin */
	static const char *const rh[] = { "model", "confidence", "answers", "mean confidence",
					  "share correct" };
	struct table r = { .cols = ARRAY_LEN(rh) };
	rows = 0;
	for (i = 0; i < ARRAY_LEN(rh); i++)
		table_put(&r, rh[i]);
	json_t *m;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		size_t k;
		json_t *bin;
		json_array_foreach(json_object_get(json_object_get(m, "overall"), "reliability"), k, bin) {
			rows++;
			table_put(&r, json_string_value(json_object_get(m, "id")));
			buf_addf(&b, "%.1f-%.1f", jnum(bin, "bin_lo"), jnum(bin, "bin_hi"));
			table_putb(&r, &b);
			buf_addf(&b, "%.0f", jnum(bin, "count"));
			table_putb(&r, &b);
			fmt_num(&b, jnum(bin, "mean_confidence"), 3);
			table_putb(&r, &b);
			fmt_num(&b, jnum(bin, "accuracy"), 3);
			table_putb(&r, &b);
		}
	}
	if (rows) {
		heading(out, format, st, "reliability of the stated confidence (a calibrated model's "
			"share correct equals its mean confidence)");
		emit(&r, format, st, out);
	}
	table_release(&r);
	buf_release(&b);
}

void report_cache_line(struct buf *b, const json_t *run)
{
	const json_t *c = json_object_get(run, "cache");
	json_int_t n = json_integer_value(json_object_get(c, "answers"));
	json_int_t priced = json_integer_value(json_object_get(c, "priced"));
	if (!n)
		return;
	buf_addf(b, ", %lld answer%s from the store's cache", (long long)n, n == 1 ? "" : "s");
	if (priced)
		buf_addf(b, " (sending %s would have cost $%.4f)",
			 priced == n ? "them" : "those with a known price",
			 json_real_value(json_object_get(c, "cost_usd")));
	else
		buf_adds(b, " (their cost is unknown: no price)");
}

static void render_tables(const json_t *rep, const char *format, const struct report_style *st,
			  struct buf *out)
{
	const json_t *run = json_object_get(rep, "run");
	struct table t = { 0 };
	struct buf line = BUF_INIT;
	struct buf rid = BUF_INIT;
	add_text(&rid, json_string_value(json_object_get(run, "id")));
	buf_addf(&line, "trilemma %s - run %s (%s), %zu models, %zu suites",
		 TRI_VERSION, rid.s, json_string_value(json_object_get(run, "status")),
		 json_array_size(json_object_get(rep, "models")),
		 json_array_size(json_object_get(run, "suites")));
	const json_t *ad = json_object_get(rep, "adaptive");
	if (json_integer_value(json_object_get(run, "pending")))
		buf_addf(&line, ", %lld pending%s",
			 (long long)json_integer_value(json_object_get(run, "pending")),
			 json_is_object(ad) ? " (adaptive: not needed for the choice, or not sent yet)" : "");
	else if (json_is_object(ad))
		buf_adds(&line, ", adaptive");
	if (json_integer_value(json_object_get(run, "graded_for_report")))
		buf_addf(&line, ", %lld answers graded for this report (not stored until run --resume)",
			 (long long)json_integer_value(json_object_get(run, "graded_for_report")));
	if (json_is_true(json_object_get(json_object_get(run, "config"), "batch")))
		buf_adds(&line, ", sent as batches (costs at the batch price; no latency)");
	report_cache_line(&line, run);
	if (simulated(rep))
		buf_adds(&line, " [simulated models]");
	buf_release(&rid);
	if (!strcmp(format, "md"))
		buf_addf(out, "## %s\n\n", line.s);
	else if (!strcmp(format, "html")) {
		buf_adds(out, "<h2>");
		html_escape(out, line.s);
		buf_adds(out, "</h2>\n");
	} else {
		add_wrapped(out, line.s, st ? st->width : 0, "  ");
		buf_adds(out, "\n\n");
	}
	buf_release(&line);

	scoreboard(rep, &t, 1);
	emit(&t, format, st, out);
	table_release(&t);
	struct buf cat = BUF_INIT;
	catalogue_note(rep, &cat);
	if (cat.len)
		emit_line(out, format, st, &cat);
	buf_release(&cat);
	report_render_requests(rep, format, st, out);
	render_grading(rep, format, st, out);
	if (grouped(rep, "suites", NULL, "accuracy", &t)) {
		heading(out, format, st, "accuracy by suite");
		emit(&t, format, st, out);
		/* which axis each suite counted toward */
		struct buf ax = BUF_INIT;
		size_t k;
		const json_t *su;
		buf_adds(&ax, !strcmp(format, "md") ? "Axes: " : "  axes: ");
		json_array_foreach(json_object_get(json_object_get(rep, "run"), "suites"), k, su) {
			if (k)
				buf_adds(&ax, ", ");
			add_text(&ax, json_string_value(json_object_get(su, "name")));
			buf_adds(&ax, " ");
			add_text(&ax, json_string_value(json_object_get(su, "axis")));
		}
		if (!strcmp(format, "md"))
			buf_addc(out, '\n');
		emit_line(out, format, st, &ax);
		buf_release(&ax);
	}
	table_release(&t);
	if (grouped(rep, "difficulties", NULL, "hallucination_rate", &t)) {
		heading(out, format, st, "hallucination rate by suite/difficulty (1 = most known)");
		emit(&t, format, st, out);
	}
	table_release(&t);
	render_families(rep, format, st, out);
	if (grouped(rep, "categories", NULL, "accuracy", &t)) {
		struct table tt = { 0 };
		transpose(&t, "suite/category", &tt);
		heading(out, format, st, "accuracy by suite/category");
		emit(&tt, format, st, out);
		table_release(&tt);
	}
	table_release(&t);
	render_impossible(rep, format, st, out);
	render_tool_calls(rep, format, st, out);
	/* security report: pooled over the security suites */
	static const char *const sec[] = { "family", "strategy", "owasp_llm" };
	for (size_t k = 0; k < ARRAY_LEN(sec); k++) {
		struct buf h = BUF_INIT;
		json_t *tmp = lift(rep, "security_report", sec[k]);
		buf_addf(&h, "security pass rate by %s", sec[k]);
		if (grouped(tmp, "g", NULL, "security", &t)) {
			heading(out, format, st, h.s);
			emit(&t, format, st, out);
		}
		table_release(&t);
		json_decref(tmp);
		buf_release(&h);
	}
	size_t i;
	json_t *m;
	int any = 0;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *w = json_object_get(json_object_get(m, "security_report"), "weakest_strategy");
		if (!json_is_object(w))
			continue;
		if (!any++)
			heading(out, format, st, "the strategy that breaks each model most");
		struct buf l = BUF_INIT;
		buf_adds(&l, !strcmp(format, "md") ? "- " : "  ");
		add_text(&l, json_string_value(json_object_get(m, "id")));
		buf_adds(&l, ": ");
		add_text(&l, json_string_value(json_object_get(w, "strategy")));
		buf_addf(&l, " (pass rate %.3f over %lld items)",
			 json_number_value(json_object_get(w, "pass_rate")),
			 (long long)json_integer_value(json_object_get(w, "graded")));
		emit_line(out, format, st, &l);
		buf_release(&l);
	}
	render_comparisons(rep, format, st, out);
	/* code suites: insecure rates per language and CWE */
	static const char *const code[] = { "lang", "cwe" };
	for (size_t k = 0; k < ARRAY_LEN(code); k++) {
		struct buf h = BUF_INIT;
		json_t *tmp = lift(rep, "breakdowns", code[k]);
		buf_addf(&h, "accuracy by suite/%s", code[k]);
		if (grouped(tmp, "g", NULL, "accuracy", &t)) {
			heading(out, format, st, h.s);
			emit(&t, format, st, out);
		}
		table_release(&t);
		json_decref(tmp);
		buf_release(&h);
	}
}

/* A quoted CSV field; control characters (a model id or a category could
 * hold an escape sequence) are written as \xNN, never raw. */
static void csv_field(struct buf *out, const char *s)
{
	struct buf e = BUF_INIT;
	add_text(&e, s);
	buf_addc(out, '"');
	for (const char *p = e.s; *p; p++) {
		if (*p == '"')
			buf_addc(out, '"');
		buf_addc(out, *p);
	}
	buf_addc(out, '"');
	buf_release(&e);
}

static void csv_row(struct buf *out, const char *model, const char *scope, const char *key,
		    const json_t *m)
{
	static const char *const cols[] = {
		"items", "graded", "correct", "incorrect", "abstained", "errors", "accuracy",
		"attempted_accuracy", "hallucination_rate", "omniscience_index", "f_score",
		"security.pass_rate", "ece", "brier", "auroc", "tokens.input.mean",
		"tokens.output.mean", "tokens.reasoning.mean", "latency_s.p50", "latency_s.p95",
		"ttft_s.p50", "cost_usd.total", "cost_usd.per_item",
	};
	csv_field(out, model);
	buf_addc(out, ',');
	csv_field(out, scope);
	buf_addc(out, ',');
	csv_field(out, key);
	for (size_t i = 0; i < ARRAY_LEN(cols); i++) {
		double v = jnum(m, cols[i]);
		buf_addc(out, ',');
		if (!isnan(v))
			buf_addf(out, "%.10g", v);
		if (!strcmp(cols[i], "accuracy")) {
			const json_t *p = json_object_get(m, "accuracy");
			double lo = json_is_object(p) ? json_number_value(json_object_get(p, "lo")) : NAN;
			double hi = json_is_object(p) ? json_number_value(json_object_get(p, "hi")) : NAN;
			buf_addc(out, ',');
			if (!isnan(lo))
				buf_addf(out, "%.10g", lo);
			buf_addc(out, ',');
			if (!isnan(hi))
				buf_addf(out, "%.10g", hi);
		}
	}
	buf_adds(out, ",\n");
}

static void render_csv(const json_t *rep, struct buf *out)
{
	buf_adds(out, "model,scope,key,items,graded,correct,incorrect,abstained,errors,accuracy,"
		 "accuracy_lo,accuracy_hi,attempted_accuracy,hallucination_rate,omniscience_index,"
		 "f_score,security_pass_rate,ece,brier,auroc,tokens_input_mean,tokens_output_mean,"
		 "tokens_reasoning_mean,latency_p50,latency_p95,ttft_p50,cost_total,cost_per_item,"
		 "first_error\n");
	static const char *const scopes[] = { "suites", "categories", "difficulties" };
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const char *id = json_string_value(json_object_get(m, "id"));
		csv_row(out, id, "overall", "", json_object_get(m, "overall"));
		for (size_t s = 0; s < ARRAY_LEN(scopes); s++) {
			const char *k;
			json_t *v;
			json_object_foreach(json_object_get(m, scopes[s]), k, v)
				csv_row(out, id, scopes[s], k, v);
		}
		/* the security view by strategy (agency, injection ...) */
		const char *k;
		json_t *v;
		json_object_foreach(json_object_get(json_object_get(m, "security_report"), "strategy"),
				    k, v)
			csv_row(out, id, "strategy", k, v);
		/* tool calls: by kind, and the failed calls by fault (the count in
		 * "incorrect") */
		const json_t *tc = json_object_get(m, "tool_calls");
		json_object_foreach(json_object_get(tc, "kinds"), k, v)
			csv_row(out, id, "tool_kinds", k, v);
		json_object_foreach(json_object_get(tc, "faults"), k, v) {
			csv_field(out, id);
			buf_adds(out, ",\"tool_faults\",");
			csv_field(out, k);
			buf_addf(out, ",,,,%lld", (long long)json_integer_value(v));
			for (int c = 0; c < 22; c++)
				buf_addc(out, ',');
			buf_addc(out, '\n');
		}
		/* failed tasks by class: the count in "errors", the message last */
		size_t fi;
		json_t *f;
		json_array_foreach(json_object_get(json_object_get(m, "requests"), "failures"), fi, f) {
			csv_field(out, id);
			buf_adds(out, ",\"failures\",");
			csv_field(out, json_string_value(json_object_get(f, "class")));
			buf_addf(out, ",,,,,,%lld", (long long)json_integer_value(json_object_get(f, "tasks")));
			for (int c = 0; c < 19; c++)
				buf_addc(out, ',');
			buf_addc(out, ',');
			const char *fe = json_string_value(json_object_get(f, "first_error"));
			csv_field(out, fe ? fe : "");
			buf_addc(out, '\n');
		}
	}
}

int report_render(const json_t *rep, const char *format, const struct report_style *st,
		  struct buf *out, struct tri_err *err)
{
	if (!strcmp(format, "json")) {
		buf_add_json(out, rep, JSON_INDENT(2));
		buf_addc(out, '\n');
		return 0;
	}
	if (!strcmp(format, "csv")) {
		render_csv(rep, out);
		return 0;
	}
	if (!strcmp(format, "html")) {
		buf_adds(out, "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>trilemma report"
			 "</title><style>body{font-family:sans-serif}td,th{padding:2px 8px;text-align:right}"
			 "td:first-child,th:first-child{text-align:left}</style></head><body>\n");
		render_tables(rep, format, st, out);
		const json_t *sel = json_object_get(rep, "selection");
		if (sel) {
			struct buf tmp = BUF_INIT;
			struct report_style plain = { 0, 0 };
			report_render_selection(sel, &plain, &tmp);
			buf_adds(out, "<pre>");
			html_escape(out, tmp.s);
			buf_adds(out, "</pre>\n");
			buf_release(&tmp);
		}
		buf_adds(out, "</body></html>\n");
		return 0;
	}
	if (strcmp(format, "term") && strcmp(format, "md"))
		return err_set(err, TRI_USAGE, "unknown format '%s' (term, json, md, csv, html)", format);
	render_tables(rep, format, st, out);
	const json_t *sel = json_object_get(rep, "selection");
	if (sel && !strcmp(format, "md")) {
		buf_adds(out, "\n### selection\n\n```\n");
		struct report_style plain = { 0, 0 };
		report_render_selection(sel, &plain, out);
		buf_adds(out, "```\n");
	}
	return 0;
}

const char *report_format_for(const char *path)
{
	static const struct { const char *ext, *format; } map[] = {
		{ ".json", "json" }, { ".jsonl", "json" }, { ".md", "md" }, { ".markdown", "md" },
		{ ".csv", "csv" }, { ".html", "html" }, { ".htm", "html" }, { ".xml", "junit" },
	};
	const char *dot = path ? strrchr(path, '.') : NULL;
	const char *slash = path ? strrchr(path, '/') : NULL;
	if (!dot || (slash && dot < slash))
		return "term";
	for (size_t i = 0; i < ARRAY_LEN(map); i++)
		if (!strcasecmp(dot, map[i].ext))
			return map[i].format;
	return "term";
}

int report_columns(int fd)
{
	long c;
	const char *e = getenv("COLUMNS");
	if (e && parse_long(e, &c) == 0 && c >= 20 && c <= 100000)
		return (int)c;
	struct winsize ws;
	if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

struct report_style report_style_for(int fd)
{
	struct report_style st = { 0, 0 };
	/* COLUMNS wins, for a terminal or not (a CI log, a pipe to less) */
	st.width = report_columns(fd);
	if (isatty(fd))
		st.color = !getenv("NO_COLOR");
	return st;
}

static void add_id_list(struct buf *out, const json_t *arr)
{
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		buf_adds(out, i ? ", " : "");
		add_text(out, json_string_value(v));
	}
}

static int render_selection_lines(const json_t *sel, const struct report_style *st,
				  struct buf *out);

/* The selection block, each line wrapped at the width. */
int report_render_selection(const json_t *sel, const struct report_style *st, struct buf *out)
{
	struct buf raw = BUF_INIT;
	int r = render_selection_lines(sel, st, &raw);
	for (const char *p = raw.s; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, n);
		const char *ind = line[0] == ' ' ? "      " : "    ";
		add_wrapped(out, line, st ? st->width : 0, ind);
		free(line);
		if (nl)
			buf_addc(out, '\n');
		p = nl ? nl + 1 : p + n;
	}
	buf_release(&raw);
	return r;
}

static int render_selection_lines(const json_t *sel, const struct report_style *st,
				  struct buf *out)
{
	const json_t *chosen = json_object_get(sel, "chosen");
	const json_t *req = json_object_get(sel, "require");
	const char *prefer = json_string_value(json_object_get(sel, "prefer"));
	const char *note = json_string_value(json_object_get(sel, "note"));
	size_t i;
	json_t *v;
	buf_addc(out, '\n');
	if (json_is_string(chosen)) {
		buf_addf(out, "%srecommended: ", st->color ? "\033[1;32m" : "");
		add_text(out, json_string_value(chosen));
		buf_addf(out, "%s (prefer ", st->color ? "\033[0m" : "");
		add_text(out, prefer);
		if (json_array_size(req)) {
			buf_adds(out, "; meets ");
			add_id_list(out, req);
		} else {
			buf_adds(out, "; on the Pareto frontier, no requirement given");
		}
		buf_addf(out, "%s)\n", json_is_true(json_object_get(sel, "strict")) ? ", strict" : "");
	} else {
		buf_addf(out, "%sno recommendation%s", st->color ? "\033[1;31m" : "",
			 st->color ? "\033[0m" : "");
		if (json_array_size(req)) {
			buf_adds(out, ": no model meets ");
			add_id_list(out, req);
		} else if (note) {
			buf_adds(out, ": ");
			add_text(out, note);
			if (!strcmp(prefer ? prefer : "", "smallest") && strstr(note, "size"))
				buf_adds(out, " (declare size: in the config, or use --prefer cheapest, "
					 "fastest or best)");
		}
		buf_addc(out, '\n');
	}
	json_array_foreach(json_object_get(sel, "excluded"), i, v) {
		const json_t *first = json_array_get(json_object_get(v, "failures"), 0);
		const char *reason = json_string_value(json_object_get(first, "reason"));
		const json_t *val = json_object_get(v, "value");
		buf_adds(out, "  excluded ");
		add_text(out, json_string_value(json_object_get(v, "id")));
		buf_adds(out, ": ");
		if (reason && !strcmp(reason, "dominated")) {
			buf_adds(out, "not on the Pareto frontier (another model is at least as good "
				 "on every axis)\n");
			continue;
		}
		if (reason && !strcmp(reason, "not measured") && json_is_number(val)) {
			buf_addf(out, "not measured: %.0f%% of its requests failed (",
				 100 * json_number_value(val));
			add_text(out, json_string_value(json_object_get(first, "require")));
			buf_adds(out, ")\n");
			continue;
		}
		add_text(out, json_string_value(json_object_get(v, "failed")));
		if (json_is_number(val)) {
			/* what was judged: the estimate, or with --strict a bound of
			 * its interval; digits enough to compare with the threshold */
			const char *side = json_string_value(json_object_get(first, "judged_on"));
			double x = json_number_value(val);
			buf_addf(out, " (%s ", side && !strcmp(side, "lo") ? "lower bound"
					     : side && !strcmp(side, "hi") ? "upper bound" : "measured");
			if (x != 0 && fabs(x) < 0.01)
				buf_addf(out, "%.3g)", x);
			else
				buf_addf(out, "%.3f)", x);
		}
		buf_addc(out, '\n');
	}
	json_array_foreach(json_object_get(sel, "unranked"), i, v) {
		buf_adds(out, "  not ranked ");
		add_text(out, json_string_value(json_object_get(v, "id")));
		buf_adds(out, ": ");
		add_text(out, json_string_value(json_object_get(v, "reason")));
		buf_addc(out, '\n');
	}
	const json_t *pareto = json_object_get(sel, "pareto");
	if (json_array_size(pareto)) {
		buf_adds(out, "  pareto frontier (accuracy, hallucination, security, cost): ");
		add_id_list(out, pareto);
		buf_addc(out, '\n');
	}
	report_adaptive_lines(json_object_get(sel, "adaptive"), out);
	return 0;
}

void report_adaptive_lines(const json_t *ad, struct buf *out)
{
	if (!json_is_object(ad))
		return;
	double calls = (double)json_integer_value(json_object_get(ad, "calls"));
	double grid = (double)json_integer_value(json_object_get(ad, "full_grid_calls"));
	const char *chosen = json_string_value(json_object_get(ad, "chosen"));
	const char *note = json_string_value(json_object_get(ad, "note"));
	buf_addf(out, "  adaptive (confidence %g): ", json_number_value(json_object_get(ad, "confidence")));
	if (json_is_true(json_object_get(ad, "decided"))) {
		buf_adds(out, "decided, ");
		if (chosen)
			add_text(out, chosen);
		else
			buf_adds(out, "no model meets the requirements");
	} else {
		buf_adds(out, "not decided");
	}
	buf_addf(out, "; %.0f of the full grid's %.0f calls (%.0f%%), %lld of %lld units in rounds "
		 "of %lld\n", calls, grid, grid > 0 ? 100 * calls / grid : 0,
		 (long long)json_integer_value(json_object_get(ad, "units")),
		 (long long)json_integer_value(json_object_get(ad, "pool")),
		 (long long)json_integer_value(json_object_get(ad, "round")));
	size_t i;
	json_t *m;
	buf_adds(out, "  adaptive status: ");
	json_array_foreach(json_object_get(ad, "models"), i, m) {
		buf_adds(out, i ? ", " : "");
		add_text(out, json_string_value(json_object_get(m, "id")));
		buf_addc(out, ' ');
		add_text(out, json_string_value(json_object_get(m, "status")));
		buf_addf(out, " after %lld units", (long long)json_integer_value(json_object_get(m, "units")));
	}
	buf_addc(out, '\n');
	if (note) {
		buf_adds(out, "  adaptive: ");
		add_text(out, note);
		buf_addc(out, '\n');
	}
}

/* The selection's adaptive part: the decision against what select chose
 * from the measured data, and why they differ when they do. */
static json_t *adaptive_summary(const json_t *ad, const json_t *sel)
{
	const char *chosen = json_string_value(json_object_get(ad, "chosen"));
	const char *picked = json_string_value(json_object_get(sel, "chosen"));
	int decided = json_is_true(json_object_get(ad, "decided"));
	int full = json_is_true(json_object_get(ad, "full_grid"));
	int agrees = decided && (chosen && picked ? !strcmp(chosen, picked) : chosen == picked);
	struct buf note = BUF_INIT;
	if (decided && !agrees)
		buf_addf(&note, "the measured data choose %s: select judges the values measured on "
			 "the units sent, the adaptive decision the intervals of the full grid's "
			 "values; resume the run with --full to measure the full grid",
			 picked ? picked : "no model");
	else if (!decided && json_is_true(json_object_get(ad, "finished")))
		buf_adds(&note, "the choice is not decided at this confidence: the models left "
			 "cannot be told apart by the intervals (e.g. two models of the same size "
			 "that both pass), or a requirement or the preference has no interval; the "
			 "rounds ended, and the recommendation above is select's on the units sent");
	else if (!decided)
		buf_adds(&note, "the choice is not decided yet: the run stopped between rounds; "
			 "continue it with --resume (the recommendation above is select's on the "
			 "units sent)");
	else if (full)
		buf_adds(&note, "the run was continued to the full grid since: the recommendation "
			 "above is select's on the full grid");
	json_t *models = json_array();
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(ad, "models"), i, m)
		json_array_append_new(models, json_pack("{s:O,s:O,s:O}", "id", json_object_get(m, "id"),
			"status", json_object_get(m, "status"), "units", json_object_get(m, "units")));
	json_t *o = json_pack("{s:b,s:o,s:O,s:O,s:O,s:O,s:O,s:O,s:O,s:o,s:o,s:o}",
			      "decided", decided,
			      "chosen", chosen ? json_string(chosen) : json_null(),
			      "confidence", json_object_get(ad, "confidence"),
			      "calls", json_object_get(ad, "answered"),
			      "full_grid_calls", json_object_get(ad, "tasks"),
			      "units", json_object_get(ad, "units"),
			      "pool", json_object_get(ad, "pool"),
			      "round", json_object_get(ad, "round"),
			      "rounds", json_object_get(ad, "rounds"),
			      "agrees", decided ? json_boolean(agrees) : json_null(),
			      "note", note.len ? json_string(note.s) : json_null(),
			      "models", models);
	buf_release(&note);
	return o;
}

int report_select(json_t *rep, const struct config *c, struct tri_err *err)
{
	struct select_spec spec;
	if (select_spec_parse(&spec, c->require, c->n_require, c->prefer, c->strict,
			      c->max_errors, err) < 0)
		return -1;
	const json_t *models = json_object_get(rep, "models");
	int ret = select_spec_check(&spec, models, err);
	if (ret == 0) {
		json_t *sel = select_run(models, &spec);
		const json_t *ad = json_object_get(rep, "adaptive");
		if (json_is_object(ad) && sel)
			json_object_set_new(sel, "adaptive", adaptive_summary(ad, sel));
		json_object_set_new(rep, "selection", sel);
	}
	select_spec_release(&spec);
	return ret;
}

/* The prototype's groups, built one suite and one item at a time. */
struct proto {
	json_t *full, *sg, *cats, *diffs, *bd;
	struct buf key;
};

static void proto_init(struct proto *P)
{
	P->full = select_metrics_prototype();
	P->sg = json_object();
	P->cats = json_object();
	P->diffs = json_object();
	P->bd = json_object();
	P->key = (struct buf)BUF_INIT;
}

static void proto_item(struct proto *P, const char *suite, const char *category, int difficulty,
		       const json_t *meta)
{
	if (category) {
		buf_reset(&P->key);
		buf_addf(&P->key, "%s/%s", suite, category);
		json_object_set(P->cats, P->key.s, P->full);
	}
	if (difficulty) {
		buf_reset(&P->key);
		buf_addf(&P->key, "%s/%d", suite, difficulty);
		json_object_set(P->diffs, P->key.s, P->full);
	}
	for (size_t b = 0; b < ARRAY_LEN(breakdown_keys); b++) {
		const char *v = json_string_value(json_object_get(meta, breakdown_keys[b]));
		if (!v)
			continue;
		json_t *g = json_object_get(P->bd, breakdown_keys[b]);
		if (!g) {
			g = json_object();
			json_object_set_new(P->bd, breakdown_keys[b], g);
		}
		buf_reset(&P->key);
		buf_addf(&P->key, "%s/%s", suite, v);
		json_object_set(g, P->key.s, P->full);
	}
}

/* The prototype; releases what P holds. */
static json_t *proto_finish(struct proto *P)
{
	buf_release(&P->key);
	json_t *m = json_pack("{s:s,s:O,s:o,s:o,s:o,s:o,s:{s:f,s:f}}", "id", "(planned)",
			      "overall", P->full, "suites", P->sg, "categories", P->cats,
			      "difficulties", P->diffs, "breakdowns", P->bd, "size", "total", 1.0,
			      "active", 1.0);
	json_decref(P->full);
	return json_pack("[o]", m);
}

static void proto_release(struct proto *P)
{
	buf_release(&P->key);
	json_decref(P->full);
	json_decref(P->sg);
	json_decref(P->cats);
	json_decref(P->diffs);
	json_decref(P->bd);
}

struct proto_suite {
	struct proto *P;
	const char *name;
};

static int proto_each_item(void *ctx, const struct item *it, struct tri_err *err)
{
	struct proto_suite *S = ctx;
	proto_item(S->P, S->name, it->category, it->difficulty, json_object_get(it->json, "meta"));
	return 0;
}

json_t *report_prototype(const struct suite *suites, size_t n, struct tri_err *err)
{
	struct proto P;
	proto_init(&P);
	for (size_t i = 0; i < n; i++) {
		const struct suite *s = &suites[i];
		struct proto_suite S = { &P, s->name };
		json_object_set(P.sg, s->name, P.full);
		if (suite_each_item(s, proto_each_item, &S, err) < 0) {
			proto_release(&P);
			return NULL;
		}
	}
	return proto_finish(&P);
}

static int proto_suite_row(void *ctx, const struct store_suite *ss, struct tri_err *err)
{
	struct proto *P = ctx;
	json_object_set(P->sg, ss->name, P->full);
	return 0;
}

static int proto_item_row(void *ctx, const char *suite, const char *item_json, struct tri_err *err)
{
	struct proto *P = ctx;
	json_t *o = item_json ? json_loads(item_json, 0, NULL) : NULL;
	if (!o)
		return err_set(err, TRI_RUNTIME, "the store holds a damaged item of suite %s", suite);
	proto_item(P, suite, json_string_value(json_object_get(o, "category")),
		   (int)json_integer_value(json_object_get(o, "difficulty")),
		   json_object_get(o, "meta"));
	json_decref(o);
	return 0;
}

json_t *report_prototype_stored(struct store *st, const char *run, struct tri_err *err)
{
	struct proto P;
	proto_init(&P);
	if (store_each_suite(st, run, proto_suite_row, &P, err) < 0 ||
	    store_each_run_item(st, run, proto_item_row, &P, err) < 0) {
		proto_release(&P);
		return NULL;
	}
	return proto_finish(&P);
}

int report_open(const char *db, const char *name, enum store_mode mode, struct store *st,
		char **run, struct tri_err *err)
{
	const char *path = db ? db : store_default_path();
	if (store_open(st, path, mode, err) < 0)
		return -1;
	if (store_run_resolve(st, name, 0, run, err) < 0) {
		store_close(st);
		return -1;
	}
	return 0;
}
