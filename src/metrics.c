/* metrics.c -- the metrics of SPEC §6 over one group of graded outcomes.
 *
 * metrics_compute() makes one pass to count verdicts and collect the
 * numeric samples (tokens, latency, cost, stated confidences) into arrays,
 * then derives every metric from the counts and the arrays. The rules that
 * the whole module follows (docs/metrics.md explains them with examples):
 *
 *   - `error` outcomes are counted in `items` and `errors` and nowhere
 *     else: no denominator, no token, latency or cost sample.
 *   - A metric whose denominator is empty is JSON null, never 0.
 *   - Proportions carry a Wilson 95% interval; quantiles interpolate
 *     linearly (Hyndman & Fan type 7, numpy's default).
 *   - For the calibration metrics (ece, brier, auroc, reliability) an
 *     abstention counts as "not correct", like an incorrect answer.
 *
 * McNemar's exact test works in log space with lgamma so that b + c up to
 * millions neither underflows nor loses precision. */
#include <math.h>
#include <jansson.h>
#include "util.h"
#include "metrics.h"

#define WILSON_Z 1.959963985
#define ECE_BINS 10

/* A JSON number for x, or null when x is NAN or infinite. */
static json_t *num(double x)
{
	return isfinite(x) ? json_real(x) : json_null();
}

static void set(json_t *obj, const char *key, json_t *v)
{
	json_object_set_new(obj, key, v ? v : json_null());
}

void metrics_wilson(long k, long n, double *lo, double *hi)
{
	if (n <= 0 || k < 0 || k > n) {
		*lo = *hi = NAN;
		return;
	}
	double z2 = WILSON_Z * WILSON_Z;
	double p = (double)k / (double)n;
	double nn = (double)n;
	double denom = 1.0 + z2 / nn;
	double centre = (p + z2 / (2.0 * nn)) / denom;
	double half = WILSON_Z * sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn)) / denom;
	*lo = k == 0 ? 0.0 : fmax(0.0, centre - half);
	*hi = k == n ? 1.0 : fmin(1.0, centre + half);
}

/* {"value","lo","hi"} for k of n, or null when n = 0. */
static json_t *proportion(long k, long n)
{
	double lo, hi;
	if (n <= 0)
		return json_null();
	metrics_wilson(k, n, &lo, &hi);
	json_t *o = json_object();
	set(o, "value", num((double)k / (double)n));
	set(o, "lo", num(lo));
	set(o, "hi", num(hi));
	return o;
}

/* log of the Bin(n, 1/2) probability of k. */
static double log_binom_half(long n, long k)
{
	return lgamma((double)n + 1.0) - lgamma((double)k + 1.0)
	       - lgamma((double)(n - k) + 1.0) - (double)n * M_LN2;
}

double metrics_mcnemar_p(long b, long c)
{
	if (b < 0 || c < 0)
		return NAN;
	long n = b + c;
	if (n == 0)
		return 1.0;
	long m = b < c ? b : c;
	/* P(X <= m) = pmf(m) * (1 + pmf(m-1)/pmf(m) + ...). Since m <= n/2
	 * the terms fall as k goes down, so the sum is a convergent series
	 * computed from ratios pmf(k-1)/pmf(k) = k / (n - k + 1). */
	double sum = 1.0, term = 1.0;
	for (long k = m; k > 0; k--) {
		term *= (double)k / (double)(n - k + 1);
		sum += term;
		if (term < sum * 1e-17)
			break;
	}
	double p = 2.0 * exp(log_binom_half(n, m)) * sum;
	return p > 1.0 ? 1.0 : p;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

double metrics_quantile(double *v, size_t n, double q)
{
	if (n == 0 || !(q >= 0.0 && q <= 1.0))
		return NAN;
	qsort(v, n, sizeof(*v), cmp_double);
	double h = (double)(n - 1) * q;
	size_t lo = (size_t)floor(h);
	if (lo + 1 >= n)
		return v[n - 1];
	return v[lo] + (h - (double)lo) * (v[lo + 1] - v[lo]);
}

/* ---- quantiles in bounded memory ----
 *
 * A qstore keeps its samples (all >= 0) exactly up to QS_EXACT of them;
 * past that it counts them in bins: a token count (an integer) in a bin
 * of its own, so its quantiles stay exact; seconds in logarithmic bins
 * (gamma = (1 + QS_ALPHA) / (1 - QS_ALPHA), the construction of DDSketch,
 * Masson et al., VLDB 2019), whose midpoint is within QS_ALPHA of every
 * value in the bin. Order statistics are then read from the bins, exact
 * for counts and within QS_ALPHA (relative) for seconds, and interpolated
 * as type 7 is. Memory: the distinct bins, never the samples. */
#define QS_EXACT 256
#define QS_ALPHA 0.005

struct qbin {
	int64_t key;
	int64_t count;          /* 0: an empty slot */
};

struct qstore {
	int integer;            /* token counts: a bin per value */
	double *v;              /* exact: the samples (n of them) */
	size_t n, alloc;
	struct qbin *bin;       /* binned: open addressing, cap a power of 2 */
	size_t n_bins, cap;
	size_t count;           /* samples in all */
	double sum, min, max;
};

static int64_t qs_key(const struct qstore *q, double x)
{
	if (q->integer)
		return (int64_t)x;
	if (x <= 0)
		return INT64_MIN;   /* zero: a bin of its own */
	return (int64_t)ceil(log(x) / log((1 + QS_ALPHA) / (1 - QS_ALPHA)));
}

static double qs_value(const struct qstore *q, int64_t key)
{
	if (q->integer)
		return (double)key;
	if (key == INT64_MIN)
		return 0;
	double g = (1 + QS_ALPHA) / (1 - QS_ALPHA);
	return 2 * pow(g, (double)key) / (g + 1);
}

static uint64_t qs_hash(int64_t key)
{
	uint64_t z = (uint64_t)key * UINT64_C(0x9e3779b97f4a7c15);
	return z ^ (z >> 29);
}

static void qs_bin_add(struct qstore *q, int64_t key, int64_t count)
{
	if (2 * (q->n_bins + 1) > q->cap) {
		size_t cap = q->cap ? 2 * q->cap : 64;
		struct qbin *nb = xcalloc(cap, sizeof(*nb));
		for (size_t i = 0; i < q->cap; i++)
			if (q->bin[i].count) {
				size_t j = qs_hash(q->bin[i].key) & (cap - 1);
				while (nb[j].count)
					j = (j + 1) & (cap - 1);
				nb[j] = q->bin[i];
			}
		free(q->bin);
		q->bin = nb;
		q->cap = cap;
	}
	size_t j = qs_hash(key) & (q->cap - 1);
	while (q->bin[j].count && q->bin[j].key != key)
		j = (j + 1) & (q->cap - 1);
	if (!q->bin[j].count) {
		q->bin[j].key = key;
		q->n_bins++;
	}
	q->bin[j].count += count;
}

static void qs_push(struct qstore *q, double x)
{
	q->min = q->count ? fmin(q->min, x) : x;
	q->max = q->count ? fmax(q->max, x) : x;
	q->count++;
	q->sum += x;
	if (q->cap) {
		qs_bin_add(q, qs_key(q, x), 1);
		return;
	}
	XGROW(q->v, q->alloc, q->n + 1);
	q->v[q->n++] = x;
	if (q->n <= QS_EXACT)
		return;
	for (size_t i = 0; i < q->n; i++)   /* past QS_EXACT samples: into bins */
		qs_bin_add(q, qs_key(q, q->v[i]), 1);
	free(q->v);
	q->v = NULL;
	q->n = q->alloc = 0;
}

static void qs_release(struct qstore *q)
{
	free(q->v);
	free(q->bin);
}

static int cmp_qbin(const void *a, const void *b)
{
	const struct qbin *x = a, *y = b;
	return (x->key > y->key) - (x->key < y->key);
}

/* The value of the sample of rank r (0-based) of the sorted bins. */
static double qs_rank(const struct qstore *q, const struct qbin *v, size_t n, size_t r)
{
	int64_t seen = 0;
	for (size_t i = 0; i < n; i++) {
		seen += v[i].count;
		if ((int64_t)r < seen)
			return fmin(q->max, fmax(q->min, qs_value(q, v[i].key)));
	}
	return q->max;
}

static double qs_quantile(struct qstore *q, double p)
{
	if (!q->cap)
		return metrics_quantile(q->v, q->n, p);
	struct qbin *v = xcalloc(q->n_bins, sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < q->cap; i++)
		if (q->bin[i].count)
			v[n++] = q->bin[i];
	qsort(v, n, sizeof(*v), cmp_qbin);
	double h = (double)(q->count - 1) * p;
	size_t lo = (size_t)floor(h);
	double a = qs_rank(q, v, n, lo);
	double r = lo + 1 >= q->count ? a : a + (h - (double)lo) * (qs_rank(q, v, n, lo + 1) - a);
	free(v);
	return r;
}

/* {"mean","p50","p95","total","per_correct"} of token counts, or null. */
static json_t *token_stats(struct qstore *d, long correct)
{
	if (d->count == 0)
		return json_null();
	double total = d->sum;
	json_t *o = json_object();
	set(o, "mean", num(total / (double)d->count));
	set(o, "p50", num(qs_quantile(d, 0.50)));
	set(o, "p95", num(qs_quantile(d, 0.95)));
	set(o, "total", json_integer((json_int_t)total));
	set(o, "per_correct", correct > 0 ? num(total / (double)correct) : json_null());
	return o;
}

/* {"p50","p95"} (or only p50) of seconds, or null when none. */
static json_t *time_stats(struct qstore *d, int with_p95)
{
	if (d->count == 0)
		return json_null();
	json_t *o = json_object();
	set(o, "p50", num(qs_quantile(d, 0.50)));
	if (with_p95)
		set(o, "p95", num(qs_quantile(d, 0.95)));
	return o;
}

/* Stated confidences: what calibration needs, in bounded memory. The
 * bins of ECE and Brier's sum are kept as the answers come; AUROC needs
 * only how many correct and not correct answers stated each distinct
 * confidence (ties share their average rank), so those are counted in an
 * open-addressing table of the distinct values. */
struct cbin {
	double conf;
	int64_t pos, neg;       /* both 0: an empty slot */
};

struct calib {
	size_t n;
	long cnt[ECE_BINS], hit[ECE_BINS];
	double sconf[ECE_BINS], brier;
	struct cbin *bin;
	size_t n_bins, cap;
};

/* Equal-width bin of a confidence in [0,1]: [0,0.1), ..., [0.9,1.0]. */
static int conf_bin(double c)
{
	int b = (int)floor(c * ECE_BINS);
	return b < 0 ? 0 : b >= ECE_BINS ? ECE_BINS - 1 : b;
}

static size_t cbin_slot(const struct cbin *v, size_t cap, double conf)
{
	uint64_t bits;
	memcpy(&bits, &conf, sizeof(bits));
	size_t j = (size_t)(qs_hash((int64_t)bits) & (cap - 1));
	while ((v[j].pos || v[j].neg) && v[j].conf != conf)
		j = (j + 1) & (cap - 1);
	return j;
}

static void calib_add(struct calib *c, double conf, int correct)
{
	int b = conf_bin(conf);
	c->n++;
	c->cnt[b]++;
	c->hit[b] += correct;
	c->sconf[b] += conf;
	double d = conf - (correct ? 1.0 : 0.0);
	c->brier += d * d;
	if (2 * (c->n_bins + 1) > c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		struct cbin *nb = xcalloc(cap, sizeof(*nb));
		for (size_t i = 0; i < c->cap; i++)
			if (c->bin[i].pos || c->bin[i].neg)
				nb[cbin_slot(nb, cap, c->bin[i].conf)] = c->bin[i];
		free(c->bin);
		c->bin = nb;
		c->cap = cap;
	}
	struct cbin *e = &c->bin[cbin_slot(c->bin, c->cap, conf)];
	if (!e->pos && !e->neg) {
		e->conf = conf;
		c->n_bins++;
	}
	if (correct)
		e->pos++;
	else
		e->neg++;
}

/* ECE, Brier and the reliability bins into m. */
static void calibration(json_t *m, const struct calib *c)
{
	if (c->n == 0) {
		set(m, "ece", json_null());
		set(m, "brier", json_null());
		set(m, "reliability", json_null());
		return;
	}
	double ece = 0;
	json_t *rel = json_array();
	for (int b = 0; b < ECE_BINS; b++) {
		if (!c->cnt[b])
			continue;
		double mc = c->sconf[b] / (double)c->cnt[b];
		double acc = (double)c->hit[b] / (double)c->cnt[b];
		ece += (double)c->cnt[b] / (double)c->n * fabs(acc - mc);
		json_t *o = json_object();
		set(o, "bin_lo", num((double)b / ECE_BINS));
		set(o, "bin_hi", num((double)(b + 1) / ECE_BINS));
		set(o, "count", json_integer(c->cnt[b]));
		set(o, "mean_confidence", num(mc));
		set(o, "accuracy", num(acc));
		json_array_append_new(rel, o);
	}
	set(m, "ece", num(ece));
	set(m, "brier", num(c->brier / (double)c->n));
	set(m, "reliability", rel);
}

static int cmp_cbin(const void *a, const void *b)
{
	const struct cbin *x = a, *y = b;
	return (x->conf > y->conf) - (x->conf < y->conf);
}

/* AUROC by the Mann-Whitney statistic: the distinct confidences in order,
 * tied answers at their average rank, and U = R_pos - npos(npos+1)/2. A tie
 * between a correct and an incorrect answer thus counts one half. */
static double auroc(const struct calib *c)
{
	int64_t npos = 0, nneg = 0;
	struct cbin *v = xcalloc(c->n_bins ? c->n_bins : 1, sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < c->cap; i++)
		if (c->bin[i].pos || c->bin[i].neg) {
			v[n++] = c->bin[i];
			npos += c->bin[i].pos;
			nneg += c->bin[i].neg;
		}
	if (npos == 0 || nneg == 0) {
		free(v);
		return NAN;
	}
	qsort(v, n, sizeof(*v), cmp_cbin);
	double rpos = 0, before = 0;
	for (size_t i = 0; i < n; i++) {
		double k = (double)(v[i].pos + v[i].neg);
		double rank = (before + 1 + before + k) / 2.0;   /* ranks before+1 .. before+k */
		rpos += (double)v[i].pos * rank;
		before += k;
	}
	free(v);
	double u = rpos - (double)npos * ((double)npos + 1.0) / 2.0;
	return u / ((double)npos * (double)nneg);
}

struct metrics_acc {
	long items, graded, correct, incorrect, abstained, errors;
	long sec_graded, sec_passed, sec_seen;
	/* the answered-or-abstained view, over non-security outcomes only: a
	 * security item has no "I don't know"; failing it is a leak, not a
	 * hallucination */
	long k_graded, k_correct, k_incorrect, k_abstained;
	struct qstore tok[3];        /* input, output, reasoning */
	long tok_correct[3];         /* correct outcomes with a known count */
	struct qstore latency, ttft, reasoning;
	double cost;
	long cost_n, cost_correct;
	struct calib conf;
};

struct metrics_acc *metrics_acc_new(void)
{
	struct metrics_acc *a = xcalloc(1, sizeof(*a));
	for (int i = 0; i < 3; i++)
		a->tok[i].integer = 1;
	return a;
}

void metrics_acc_add(struct metrics_acc *a, const struct outcome *o)
{
	a->items++;
	int is_sec = o->axis && !strcmp(o->axis, "security");
	if (is_sec)
		a->sec_seen++;
	if (o->verdict == V_ERROR) {
		a->errors++;
		return;
	}
	int ok = o->verdict == V_CORRECT;
	a->graded++;
	if (ok)
		a->correct++;
	else if (o->verdict == V_INCORRECT)
		a->incorrect++;
	else
		a->abstained++;
	if (is_sec) {
		a->sec_graded++;
		a->sec_passed += ok;
	} else {
		a->k_graded++;
		a->k_correct += ok;
		a->k_incorrect += o->verdict == V_INCORRECT;
		a->k_abstained += o->verdict == V_ABSTAINED;
	}
	int64_t t[3] = { o->tok_in, o->tok_out, o->tok_reason };
	for (int i = 0; i < 3; i++) {
		if (t[i] < 0)
			continue;
		qs_push(&a->tok[i], (double)t[i]);
		a->tok_correct[i] += ok;
	}
	if (isfinite(o->latency_s) && o->latency_s >= 0)
		qs_push(&a->latency, o->latency_s);
	if (isfinite(o->ttft_s) && o->ttft_s >= 0)
		qs_push(&a->ttft, o->ttft_s);
	if (isfinite(o->reasoning_s) && o->reasoning_s >= 0)
		qs_push(&a->reasoning, o->reasoning_s);
	if (isfinite(o->cost_usd) && o->cost_usd >= 0) {
		a->cost += o->cost_usd;
		a->cost_n++;
		a->cost_correct += ok;
	}
	if (isfinite(o->confidence) && o->confidence >= 0 && o->confidence <= 1)
		calib_add(&a->conf, o->confidence, ok);
}

void metrics_acc_free(struct metrics_acc *a)
{
	if (!a)
		return;
	for (int i = 0; i < 3; i++)
		qs_release(&a->tok[i]);
	qs_release(&a->latency);
	qs_release(&a->ttft);
	qs_release(&a->reasoning);
	free(a->conf.bin);
	free(a);
}

/* F-score: harmonic mean of accuracy and attempted accuracy; 0 when both
 * are 0 (nothing correct: the limit of 2xy/(x+y)), null when either is. */
static double f_score(const struct metrics_acc *a)
{
	if (a->k_graded == 0 || a->k_correct + a->k_incorrect == 0)
		return NAN;
	double x = (double)a->k_correct / (double)a->k_graded;
	double y = (double)a->k_correct / (double)(a->k_correct + a->k_incorrect);
	return x + y > 0 ? 2.0 * x * y / (x + y) : 0.0;
}

json_t *metrics_acc_json(struct metrics_acc *a)
{
	json_t *m = json_object();
	set(m, "items", json_integer(a->items));
	set(m, "graded", json_integer(a->graded));
	set(m, "correct", json_integer(a->correct));
	set(m, "incorrect", json_integer(a->incorrect));
	set(m, "abstained", json_integer(a->abstained));
	set(m, "errors", json_integer(a->errors));
	set(m, "accuracy", proportion(a->correct, a->graded));
	set(m, "attempted_accuracy", proportion(a->k_correct, a->k_correct + a->k_incorrect));
	set(m, "hallucination_rate", proportion(a->k_incorrect, a->k_incorrect + a->k_abstained));
	set(m, "omniscience_index", a->k_graded ? num(100.0 * (double)(a->k_correct - a->k_incorrect)
	                                              / (double)a->k_graded) : json_null());
	set(m, "f_score", num(f_score(a)));

	set(m, "with_confidence", json_integer((json_int_t)a->conf.n));
	calibration(m, &a->conf);
	set(m, "auroc", num(auroc(&a->conf)));

	if (a->sec_seen) {
		json_t *s = json_object();
		set(s, "pass_rate", proportion(a->sec_passed, a->sec_graded));
		set(s, "passed", json_integer(a->sec_passed));
		set(s, "graded", json_integer(a->sec_graded));
		set(m, "security", s);
	} else {
		set(m, "security", json_null());
	}

	static const char *const tok_names[3] = { "input", "output", "reasoning" };
	json_t *tok = json_object();
	for (int i = 0; i < 3; i++)
		set(tok, tok_names[i], token_stats(&a->tok[i], a->tok_correct[i]));
	set(m, "tokens", tok);
	set(m, "latency_s", time_stats(&a->latency, 1));
	set(m, "ttft_s", time_stats(&a->ttft, 1));
	set(m, "reasoning_s", time_stats(&a->reasoning, 0));

	if (a->cost_n) {
		json_t *c = json_object();
		set(c, "total", num(a->cost));
		set(c, "per_item", num(a->cost / (double)a->cost_n));
		set(c, "per_correct", a->cost_correct ? num(a->cost / (double)a->cost_correct)
		                                      : json_null());
		set(m, "cost_usd", c);
	} else {
		set(m, "cost_usd", json_null());
	}
	return m;
}

json_t *metrics_compute(const struct outcome *const *v, size_t n)
{
	struct metrics_acc *a = metrics_acc_new();
	for (size_t i = 0; i < n; i++)
		if (v[i])
			metrics_acc_add(a, v[i]);
	json_t *m = metrics_acc_json(a);
	metrics_acc_free(a);
	return m;
}

void metrics_pairs_add(struct metrics_pairs *p, int a_correct, int b_correct)
{
	p->pairs++;
	p->both += a_correct && b_correct;
	p->a_only += a_correct && !b_correct;
	p->b_only += !a_correct && b_correct;
	p->neither += !a_correct && !b_correct;
}

json_t *metrics_pairs_json(const char *a, const char *b, const char *suite,
                           const struct metrics_pairs *p)
{
	json_t *o = json_object();
	set(o, "a", json_string(a ? a : ""));
	set(o, "b", json_string(b ? b : ""));
	set(o, "suite", suite ? json_string(suite) : json_null());
	set(o, "pairs", json_integer(p->pairs));
	set(o, "both", json_integer(p->both));
	set(o, "a_only", json_integer(p->a_only));
	set(o, "b_only", json_integer(p->b_only));
	set(o, "neither", json_integer(p->neither));
	set(o, "p_value", p->pairs ? num(metrics_mcnemar_p(p->a_only, p->b_only)) : json_null());
	return o;
}
