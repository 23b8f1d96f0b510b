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

/* A growable array of doubles. */
struct dvec {
	double *v;
	size_t n, alloc;
};

static void dvec_push(struct dvec *d, double x)
{
	XGROW(d->v, d->alloc, d->n + 1);
	d->v[d->n++] = x;
}

/* {"mean","p50","p95","total","per_correct"} of token counts, or null. */
static json_t *token_stats(struct dvec *d, long correct)
{
	if (d->n == 0)
		return json_null();
	double total = 0;
	for (size_t i = 0; i < d->n; i++)
		total += d->v[i];
	json_t *o = json_object();
	set(o, "mean", num(total / (double)d->n));
	set(o, "p50", num(metrics_quantile(d->v, d->n, 0.50)));
	set(o, "p95", num(metrics_quantile(d->v, d->n, 0.95)));
	set(o, "total", json_integer((json_int_t)total));
	set(o, "per_correct", correct > 0 ? num(total / (double)correct) : json_null());
	return o;
}

/* {"p50","p95"} (or only p50) of seconds, or null when none. */
static json_t *time_stats(struct dvec *d, int with_p95)
{
	if (d->n == 0)
		return json_null();
	json_t *o = json_object();
	set(o, "p50", num(metrics_quantile(d->v, d->n, 0.50)));
	if (with_p95)
		set(o, "p95", num(metrics_quantile(d->v, d->n, 0.95)));
	return o;
}

/* One stated confidence and whether the answer was correct. */
struct conf_pt {
	double conf;
	int correct;
};

static int cmp_conf(const void *a, const void *b)
{
	const struct conf_pt *x = a, *y = b;
	return (x->conf > y->conf) - (x->conf < y->conf);
}

/* Equal-width bin of a confidence in [0,1]: [0,0.1), ..., [0.9,1.0]. */
static int conf_bin(double c)
{
	int b = (int)floor(c * ECE_BINS);
	return b < 0 ? 0 : b >= ECE_BINS ? ECE_BINS - 1 : b;
}

/* ECE, Brier and the reliability bins into m. */
static void calibration(json_t *m, const struct conf_pt *pt, size_t n)
{
	if (n == 0) {
		set(m, "ece", json_null());
		set(m, "brier", json_null());
		set(m, "reliability", json_null());
		return;
	}
	long cnt[ECE_BINS] = {0}, hit[ECE_BINS] = {0};
	double sconf[ECE_BINS] = {0};
	double brier = 0;
	for (size_t i = 0; i < n; i++) {
		int b = conf_bin(pt[i].conf);
		cnt[b]++;
		hit[b] += pt[i].correct;
		sconf[b] += pt[i].conf;
		double d = pt[i].conf - (pt[i].correct ? 1.0 : 0.0);
		brier += d * d;
	}
	double ece = 0;
	json_t *rel = json_array();
	for (int b = 0; b < ECE_BINS; b++) {
		if (!cnt[b])
			continue;
		double mc = sconf[b] / (double)cnt[b];
		double acc = (double)hit[b] / (double)cnt[b];
		ece += (double)cnt[b] / (double)n * fabs(acc - mc);
		json_t *o = json_object();
		set(o, "bin_lo", num((double)b / ECE_BINS));
		set(o, "bin_hi", num((double)(b + 1) / ECE_BINS));
		set(o, "count", json_integer(cnt[b]));
		set(o, "mean_confidence", num(mc));
		set(o, "accuracy", num(acc));
		json_array_append_new(rel, o);
	}
	set(m, "ece", num(ece));
	set(m, "brier", num(brier / (double)n));
	set(m, "reliability", rel);
}

/* AUROC by the Mann-Whitney statistic: sort by confidence, give tied
 * confidences their average rank, and U = R_pos - npos(npos+1)/2. A tie
 * between a correct and an incorrect answer thus counts one half. Sorts pt. */
static double auroc(struct conf_pt *pt, size_t n)
{
	size_t npos = 0;
	for (size_t i = 0; i < n; i++)
		npos += (size_t)pt[i].correct;
	size_t nneg = n - npos;
	if (npos == 0 || nneg == 0)
		return NAN;
	qsort(pt, n, sizeof(*pt), cmp_conf);
	double rpos = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && pt[j].conf == pt[i].conf)
			j++;
		double rank = ((double)(i + 1) + (double)j) / 2.0; /* ranks i+1..j */
		for (size_t k = i; k < j; k++)
			if (pt[k].correct)
				rpos += rank;
		i = j;
	}
	double u = rpos - (double)npos * ((double)npos + 1.0) / 2.0;
	return u / ((double)npos * (double)nneg);
}

struct acc {
	long items, graded, correct, incorrect, abstained, errors;
	long sec_graded, sec_passed, sec_seen;
	/* the answered-or-abstained view, over non-security outcomes only: a
	 * security item has no "I don't know"; failing it is a leak, not a
	 * hallucination */
	long k_graded, k_correct, k_incorrect, k_abstained;
	struct dvec tok[3];          /* input, output, reasoning */
	long tok_correct[3];         /* correct outcomes with a known count */
	struct dvec latency, ttft, reasoning;
	double cost;
	long cost_n, cost_correct;
	struct conf_pt *conf;
	size_t nconf, conf_alloc;
};

static void acc_add(struct acc *a, const struct outcome *o)
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
		dvec_push(&a->tok[i], (double)t[i]);
		a->tok_correct[i] += ok;
	}
	if (isfinite(o->latency_s) && o->latency_s >= 0)
		dvec_push(&a->latency, o->latency_s);
	if (isfinite(o->ttft_s) && o->ttft_s >= 0)
		dvec_push(&a->ttft, o->ttft_s);
	if (isfinite(o->reasoning_s) && o->reasoning_s >= 0)
		dvec_push(&a->reasoning, o->reasoning_s);
	if (isfinite(o->cost_usd) && o->cost_usd >= 0) {
		a->cost += o->cost_usd;
		a->cost_n++;
		a->cost_correct += ok;
	}
	if (isfinite(o->confidence) && o->confidence >= 0 && o->confidence <= 1) {
		XGROW(a->conf, a->conf_alloc, a->nconf + 1);
		a->conf[a->nconf].conf = o->confidence;
		a->conf[a->nconf].correct = ok;
		a->nconf++;
	}
}

static void acc_release(struct acc *a)
{
	for (int i = 0; i < 3; i++)
		free(a->tok[i].v);
	free(a->latency.v);
	free(a->ttft.v);
	free(a->reasoning.v);
	free(a->conf);
}

/* F-score: harmonic mean of accuracy and attempted accuracy; 0 when both
 * are 0 (nothing correct: the limit of 2xy/(x+y)), null when either is. */
static double f_score(const struct acc *a)
{
	if (a->k_graded == 0 || a->k_correct + a->k_incorrect == 0)
		return NAN;
	double x = (double)a->k_correct / (double)a->k_graded;
	double y = (double)a->k_correct / (double)(a->k_correct + a->k_incorrect);
	return x + y > 0 ? 2.0 * x * y / (x + y) : 0.0;
}

json_t *metrics_compute(const struct outcome *const *v, size_t n)
{
	struct acc a;
	memset(&a, 0, sizeof(a));
	for (size_t i = 0; i < n; i++)
		if (v[i])
			acc_add(&a, v[i]);

	json_t *m = json_object();
	set(m, "items", json_integer(a.items));
	set(m, "graded", json_integer(a.graded));
	set(m, "correct", json_integer(a.correct));
	set(m, "incorrect", json_integer(a.incorrect));
	set(m, "abstained", json_integer(a.abstained));
	set(m, "errors", json_integer(a.errors));
	set(m, "accuracy", proportion(a.correct, a.graded));
	set(m, "attempted_accuracy", proportion(a.k_correct, a.k_correct + a.k_incorrect));
	set(m, "hallucination_rate", proportion(a.k_incorrect, a.k_incorrect + a.k_abstained));
	set(m, "omniscience_index", a.k_graded ? num(100.0 * (double)(a.k_correct - a.k_incorrect)
	                                             / (double)a.k_graded) : json_null());
	set(m, "f_score", num(f_score(&a)));

	set(m, "with_confidence", json_integer((json_int_t)a.nconf));
	calibration(m, a.conf, a.nconf);
	set(m, "auroc", num(auroc(a.conf, a.nconf)));

	if (a.sec_seen) {
		json_t *s = json_object();
		set(s, "pass_rate", proportion(a.sec_passed, a.sec_graded));
		set(s, "passed", json_integer(a.sec_passed));
		set(s, "graded", json_integer(a.sec_graded));
		set(m, "security", s);
	} else {
		set(m, "security", json_null());
	}

	static const char *const tok_names[3] = { "input", "output", "reasoning" };
	json_t *tok = json_object();
	for (int i = 0; i < 3; i++)
		set(tok, tok_names[i], token_stats(&a.tok[i], a.tok_correct[i]));
	set(m, "tokens", tok);
	set(m, "latency_s", time_stats(&a.latency, 1));
	set(m, "ttft_s", time_stats(&a.ttft, 1));
	set(m, "reasoning_s", time_stats(&a.reasoning, 0));

	if (a.cost_n) {
		json_t *c = json_object();
		set(c, "total", num(a.cost));
		set(c, "per_item", num(a.cost / (double)a.cost_n));
		set(c, "per_correct", a.cost_correct ? num(a.cost / (double)a.cost_correct)
		                                     : json_null());
		set(m, "cost_usd", c);
	} else {
		set(m, "cost_usd", json_null());
	}
	acc_release(&a);
	return m;
}

static int strcmp_null(const char *x, const char *y)
{
	return strcmp(x ? x : "", y ? y : "");
}

/* Order outcomes by (suite, item, sample): the pairing key. */
static int cmp_key(const void *pa, const void *pb)
{
	const struct outcome *x = *(const struct outcome *const *)pa;
	const struct outcome *y = *(const struct outcome *const *)pb;
	int r = strcmp_null(x->suite, y->suite);
	if (!r)
		r = strcmp_null(x->item, y->item);
	if (!r)
		r = (x->sample > y->sample) - (x->sample < y->sample);
	return r;
}

/* A sorted copy of the non-NULL, non-error outcomes of v[0..n). */
static const struct outcome **graded_sorted(const struct outcome *const *v, size_t n,
                                            size_t *out_n)
{
	const struct outcome **s = xcalloc(n ? n : 1, sizeof(*s));
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (v[i] && v[i]->verdict != V_ERROR)
			s[k++] = v[i];
	qsort(s, k, sizeof(*s), cmp_key);
	*out_n = k;
	return s;
}

json_t *metrics_compare(const char *a, const char *b, const char *suite,
                        const struct outcome *const *va, size_t na,
                        const struct outcome *const *vb, size_t nb)
{
	size_t ka, kb;
	const struct outcome **sa = graded_sorted(va, na, &ka);
	const struct outcome **sb = graded_sorted(vb, nb, &kb);
	long pairs = 0, both = 0, a_only = 0, b_only = 0, neither = 0;
	size_t i = 0, j = 0;
	while (i < ka && j < kb) {
		int r = cmp_key(&sa[i], &sb[j]);
		if (r < 0) {
			i++;
		} else if (r > 0) {
			j++;
		} else {
			int ca = sa[i]->verdict == V_CORRECT, cb = sb[j]->verdict == V_CORRECT;
			pairs++;
			both += ca && cb;
			a_only += ca && !cb;
			b_only += !ca && cb;
			neither += !ca && !cb;
			i++;
			j++;
		}
	}
	free(sa);
	free(sb);
	json_t *o = json_object();
	set(o, "a", json_string(a ? a : ""));
	set(o, "b", json_string(b ? b : ""));
	set(o, "suite", suite ? json_string(suite) : json_null());
	set(o, "pairs", json_integer(pairs));
	set(o, "both", json_integer(both));
	set(o, "a_only", json_integer(a_only));
	set(o, "b_only", json_integer(b_only));
	set(o, "neither", json_integer(neither));
	set(o, "p_value", pairs ? num(metrics_mcnemar_p(a_only, b_only)) : json_null());
	return o;
}
