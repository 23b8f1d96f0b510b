/* test_metrics.c -- SPEC §6 metrics against values computed by hand.
 *
 * Wilson bounds were computed from the closed form
 *   (p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n),  z = 1.959963985,
 * and agree with published tables (10/20 -> [0.299, 0.701], 8/10 ->
 * [0.490, 0.943]). McNemar p-values are 2 * sum_{k<=min} C(n,k) / 2^n
 * computed with exact integer arithmetic. */
#include <math.h>
#include <stdlib.h>
#include <jansson.h>
#include "util.h"
#include "t.h"
#include "metrics.h"

#define MAXO 64

/* A small arena of outcomes for one test. */
struct set {
	struct outcome o[MAXO];
	const struct outcome *p[MAXO];
	size_t n;
};

static struct outcome *add(struct set *s, enum verdict v)
{
	struct outcome *o = &s->o[s->n];
	memset(o, 0, sizeof(*o));
	o->model = "m";
	o->suite = "knowledge";
	o->axis = "calibration";
	o->item = "i";
	o->verdict = v;
	o->score = v == V_CORRECT;
	o->confidence = NAN;
	o->tok_in = o->tok_out = o->tok_reason = -1;
	o->latency_s = o->ttft_s = o->reasoning_s = o->cost_usd = NAN;
	s->p[s->n] = o;
	s->n++;
	return o;
}

static void add_n(struct set *s, enum verdict v, int n)
{
	for (int i = 0; i < n; i++)
		add(s, v);
}

static json_t *compute(struct set *s)
{
	return metrics_compute(s->p, s->n);
}

/* The number at a dotted path; NAN when absent or not a number. */
static double at(const json_t *m, const char *path)
{
	char *dup = xstrdup(path), *save = NULL;
	const json_t *cur = m;
	for (char *k = strtok_r(dup, ".", &save); k && cur; k = strtok_r(NULL, ".", &save))
		cur = json_object_get(cur, k);
	free(dup);
	return cur && json_is_number(cur) ? json_number_value(cur) : NAN;
}

static int is_null(const json_t *m, const char *key)
{
	return json_is_null(json_object_get(m, key));
}

static void test_wilson(void)
{
	double lo, hi;
	metrics_wilson(10, 20, &lo, &hi);
	T_NEAR(lo, 0.299, 5e-4);
	T_NEAR(hi, 0.701, 5e-4);
	metrics_wilson(8, 10, &lo, &hi);
	T_NEAR(lo, 0.49016247, 1e-7);
	T_NEAR(hi, 0.94331785, 1e-7);
	metrics_wilson(0, 2, &lo, &hi);
	T_NEAR(lo, 0.0, 0);
	T_NEAR(hi, 0.65761977, 1e-7);
	metrics_wilson(2, 2, &lo, &hi);
	T_NEAR(lo, 0.34238023, 1e-7);
	T_NEAR(hi, 1.0, 0);
	metrics_wilson(0, 0, &lo, &hi);
	T_CHECK(isnan(lo) && isnan(hi));
}

/* The example: 10 correct, 8 incorrect, 2 abstained of 20, plus
 * three transport errors that must change nothing but items and errors. */
static void test_counts_and_proportions(void)
{
	struct set s = { .n = 0 };
	add_n(&s, V_CORRECT, 10);
	add_n(&s, V_INCORRECT, 8);
	add_n(&s, V_ABSTAINED, 2);
	for (int i = 0; i < 3; i++) {
		struct outcome *e = add(&s, V_ERROR);
		e->tok_out = 999;
		e->latency_s = 100;
		e->cost_usd = 5;
		e->confidence = 0.9;
	}
	json_t *m = compute(&s);
	T_EQ_INT(at(m, "items"), 23);
	T_EQ_INT(at(m, "graded"), 20);
	T_EQ_INT(at(m, "correct"), 10);
	T_EQ_INT(at(m, "incorrect"), 8);
	T_EQ_INT(at(m, "abstained"), 2);
	T_EQ_INT(at(m, "errors"), 3);
	T_NEAR(at(m, "accuracy.value"), 0.5, 1e-12);
	T_NEAR(at(m, "accuracy.lo"), 0.299, 5e-4);
	T_NEAR(at(m, "accuracy.hi"), 0.701, 5e-4);
	T_NEAR(at(m, "attempted_accuracy.value"), 10.0 / 18.0, 1e-12);
	T_NEAR(at(m, "attempted_accuracy.lo"), 0.33716416, 1e-7);
	T_NEAR(at(m, "attempted_accuracy.hi"), 0.75440482, 1e-7);
	T_NEAR(at(m, "hallucination_rate.value"), 0.8, 1e-12);
	T_NEAR(at(m, "hallucination_rate.lo"), 0.490, 5e-4);
	T_NEAR(at(m, "hallucination_rate.hi"), 0.943, 5e-4);
	T_NEAR(at(m, "omniscience_index"), 10.0, 1e-12);
	/* 2 * 0.5 * (10/18) / (0.5 + 10/18) = 10/19 */
	T_NEAR(at(m, "f_score"), 10.0 / 19.0, 1e-12);
	/* the errors' tokens, latency, cost and confidence are not samples */
	T_CHECK(is_null(json_object_get(m, "tokens"), "output"));
	T_CHECK(is_null(m, "latency_s"));
	T_CHECK(is_null(m, "cost_usd"));
	T_CHECK(is_null(m, "ece"));
	T_EQ_INT(at(m, "with_confidence"), 0);
	T_CHECK(is_null(m, "security"));
	json_decref(m);
}

static void test_nulls(void)
{
	struct set s = { .n = 0 };
	json_t *m = compute(&s);             /* nothing at all */
	T_EQ_INT(at(m, "items"), 0);
	T_EQ_INT(at(m, "graded"), 0);
	static const char *const null_keys[] = {
		"accuracy", "attempted_accuracy", "hallucination_rate", "omniscience_index",
		"f_score", "ece", "brier", "auroc", "reliability", "security",
		"latency_s", "ttft_s", "reasoning_s", "cost_usd",
	};
	for (size_t i = 0; i < ARRAY_LEN(null_keys); i++) {
		if (!is_null(m, null_keys[i]))
			fprintf(stderr, "  not null: %s\n", null_keys[i]);
		T_CHECK(is_null(m, null_keys[i]));
	}
	json_t *tok = json_object_get(m, "tokens");
	T_CHECK(is_null(tok, "input") && is_null(tok, "output") && is_null(tok, "reasoning"));
	json_decref(m);

	/* only errors: still nothing graded, every proportion null */
	add_n(&s, V_ERROR, 4);
	m = compute(&s);
	T_EQ_INT(at(m, "items"), 4);
	T_EQ_INT(at(m, "errors"), 4);
	T_CHECK(is_null(m, "accuracy"));
	T_CHECK(is_null(m, "omniscience_index"));
	json_decref(m);

	/* all correct: no miss, so no hallucination rate */
	s.n = 0;
	add_n(&s, V_CORRECT, 3);
	m = compute(&s);
	T_NEAR(at(m, "accuracy.value"), 1.0, 0);
	T_NEAR(at(m, "accuracy.hi"), 1.0, 0);
	T_NEAR(at(m, "attempted_accuracy.value"), 1.0, 0);
	T_CHECK(is_null(m, "hallucination_rate"));
	T_NEAR(at(m, "omniscience_index"), 100.0, 1e-12);
	T_NEAR(at(m, "f_score"), 1.0, 1e-12);
	json_decref(m);

	/* all abstained: nothing attempted */
	s.n = 0;
	add_n(&s, V_ABSTAINED, 2);
	m = compute(&s);
	T_NEAR(at(m, "accuracy.value"), 0.0, 0);
	T_NEAR(at(m, "accuracy.lo"), 0.0, 0);
	T_NEAR(at(m, "accuracy.hi"), 0.65761977, 1e-7);
	T_CHECK(is_null(m, "attempted_accuracy"));
	T_NEAR(at(m, "hallucination_rate.value"), 0.0, 0);
	T_NEAR(at(m, "omniscience_index"), 0.0, 0);
	T_CHECK(is_null(m, "f_score"));
	json_decref(m);

	/* all wrong: accuracy and attempted accuracy both 0, F-score 0 */
	s.n = 0;
	add_n(&s, V_INCORRECT, 2);
	m = compute(&s);
	T_NEAR(at(m, "f_score"), 0.0, 0);
	T_NEAR(at(m, "omniscience_index"), -100.0, 1e-12);
	T_NEAR(at(m, "hallucination_rate.value"), 1.0, 0);
	json_decref(m);
}

static void test_calibration(void)
{
	struct set s = { .n = 0 };
	add(&s, V_CORRECT)->confidence = 0.9;
	add(&s, V_CORRECT)->confidence = 0.95;
	add(&s, V_INCORRECT)->confidence = 0.9;    /* ties a correct one */
	add(&s, V_INCORRECT)->confidence = 0.8;
	add(&s, V_INCORRECT)->confidence = 0.3;
	add(&s, V_ABSTAINED)->confidence = 0.35;   /* counts as not correct */
	add(&s, V_CORRECT);                         /* no confidence: not used */
	add(&s, V_ERROR)->confidence = 0.1;         /* error: not used */
	json_t *m = compute(&s);
	T_EQ_INT(at(m, "with_confidence"), 6);
	/* bins: [0.3,0.4): 0.3 0.35, none correct   -> 2 * |0 - 0.325|
	 *       [0.8,0.9): 0.8, not correct         -> 1 * |0 - 0.8|
	 *       [0.9,1.0]: 0.9 0.95 0.9, 2 correct  -> 3 * |2/3 - 2.75/3|
	 * ECE = (0.65 + 0.8 + 0.75) / 6 */
	T_NEAR(at(m, "ece"), 2.2 / 6.0, 1e-12);
	/* Brier: (0.01 + 0.0025 + 0.81 + 0.64 + 0.09 + 0.1225) / 6 */
	T_NEAR(at(m, "brier"), 1.675 / 6.0, 1e-12);
	/* AUROC: 2 correct x 4 not correct = 8 pairs; 7 won, 1 tie (0.9/0.9) */
	T_NEAR(at(m, "auroc"), 7.5 / 8.0, 1e-12);
	json_t *rel = json_object_get(m, "reliability");
	T_EQ_INT(json_array_size(rel), 3);
	json_t *b0 = json_array_get(rel, 0), *b2 = json_array_get(rel, 2);
	T_NEAR(at(b0, "bin_lo"), 0.3, 1e-12);
	T_NEAR(at(b0, "bin_hi"), 0.4, 1e-12);
	T_EQ_INT(at(b0, "count"), 2);
	T_NEAR(at(b0, "mean_confidence"), 0.325, 1e-12);
	T_NEAR(at(b0, "accuracy"), 0.0, 0);
	T_NEAR(at(b2, "bin_lo"), 0.9, 1e-12);
	T_NEAR(at(b2, "bin_hi"), 1.0, 1e-12);
	T_EQ_INT(at(b2, "count"), 3);
	T_NEAR(at(b2, "mean_confidence"), 2.75 / 3.0, 1e-12);
	T_NEAR(at(b2, "accuracy"), 2.0 / 3.0, 1e-12);
	json_decref(m);

	/* edges: 1.0 falls in the last bin, 0.0 in the first; one class only
	 * gives no AUROC */
	s.n = 0;
	add(&s, V_CORRECT)->confidence = 1.0;
	add(&s, V_CORRECT)->confidence = 0.0;
	m = compute(&s);
	rel = json_object_get(m, "reliability");
	T_EQ_INT(json_array_size(rel), 2);
	T_NEAR(at(json_array_get(rel, 0), "bin_lo"), 0.0, 0);
	T_NEAR(at(json_array_get(rel, 1), "bin_lo"), 0.9, 1e-12);
	/* ECE = (1 * |1 - 0| + 1 * |1 - 1|) / 2 */
	T_NEAR(at(m, "ece"), 0.5, 1e-12);
	T_NEAR(at(m, "brier"), 0.5, 1e-12);
	T_CHECK(is_null(m, "auroc"));
	json_decref(m);

	/* perfectly separated and perfectly inverted */
	s.n = 0;
	add(&s, V_CORRECT)->confidence = 0.6;
	add(&s, V_INCORRECT)->confidence = 0.2;
	m = compute(&s);
	T_NEAR(at(m, "auroc"), 1.0, 1e-12);
	json_decref(m);
	s.o[0].confidence = 0.1;
	m = compute(&s);
	T_NEAR(at(m, "auroc"), 0.0, 1e-12);
	json_decref(m);
}

static void test_security(void)
{
	struct set s = { .n = 0 };
	for (int i = 0; i < 5; i++) {
		struct outcome *o = add(&s, i < 3 ? V_CORRECT : i == 3 ? V_INCORRECT : V_ERROR);
		o->axis = "security";
	}
	add_n(&s, V_INCORRECT, 4);      /* another axis: not security */
	json_t *m = compute(&s);
	T_EQ_INT(at(m, "security.passed"), 3);
	T_EQ_INT(at(m, "security.graded"), 4);
	T_NEAR(at(m, "security.pass_rate.value"), 0.75, 1e-12);
	T_NEAR(at(m, "security.pass_rate.lo"), 0.30064184, 1e-7);
	T_NEAR(at(m, "security.pass_rate.hi"), 0.95441274, 1e-7);
	json_decref(m);
}

static void test_quantiles(void)
{
	double a[] = { 5, 1, 4, 2, 3 };
	T_NEAR(metrics_quantile(a, 5, 0.5), 3.0, 1e-12);
	T_NEAR(metrics_quantile(a, 5, 0.95), 4.8, 1e-12);   /* h = 3.8 */
	T_NEAR(metrics_quantile(a, 5, 0.25), 2.0, 1e-12);
	T_NEAR(metrics_quantile(a, 5, 0.0), 1.0, 0);
	T_NEAR(metrics_quantile(a, 5, 1.0), 5.0, 0);
	double b[] = { 40, 10, 30, 20 };
	T_NEAR(metrics_quantile(b, 4, 0.5), 25.0, 1e-12);
	T_NEAR(metrics_quantile(b, 4, 0.95), 38.5, 1e-12);  /* h = 2.85 */
	double c[] = { 7 };
	T_NEAR(metrics_quantile(c, 1, 0.95), 7.0, 0);
	T_CHECK(isnan(metrics_quantile(c, 0, 0.5)));
}

static void test_tokens_latency_cost(void)
{
	struct set s = { .n = 0 };
	static const int out[] = { 10, 20, 30, 40 };
	for (int i = 0; i < 4; i++) {
		struct outcome *o = add(&s, i < 2 ? V_CORRECT : V_INCORRECT);
		o->tok_in = 100;
		o->tok_out = out[i];
		o->latency_s = i + 1;
		o->cost_usd = 0.01 * (i + 1);
		if (i == 0)
			o->ttft_s = 0.25;
	}
	struct outcome *u = add(&s, V_CORRECT);     /* unknown usage, timing, cost */
	u->tok_in = 7;
	json_t *m = compute(&s);
	T_NEAR(at(m, "tokens.output.mean"), 25.0, 1e-12);
	T_NEAR(at(m, "tokens.output.p50"), 25.0, 1e-12);
	T_NEAR(at(m, "tokens.output.p95"), 38.5, 1e-12);
	T_EQ_INT(at(m, "tokens.output.total"), 100);
	T_NEAR(at(m, "tokens.output.per_correct"), 50.0, 1e-12);   /* 100 / 2 */
	T_EQ_INT(at(m, "tokens.input.total"), 407);
	T_NEAR(at(m, "tokens.input.per_correct"), 407.0 / 3.0, 1e-12);
	T_CHECK(is_null(json_object_get(m, "tokens"), "reasoning"));
	T_NEAR(at(m, "latency_s.p50"), 2.5, 1e-12);
	T_NEAR(at(m, "latency_s.p95"), 3.85, 1e-12);
	T_NEAR(at(m, "ttft_s.p50"), 0.25, 1e-12);
	T_NEAR(at(m, "ttft_s.p95"), 0.25, 1e-12);
	T_CHECK(is_null(m, "reasoning_s"));
	T_NEAR(at(m, "cost_usd.total"), 0.10, 1e-12);
	T_NEAR(at(m, "cost_usd.per_item"), 0.025, 1e-12);
	T_NEAR(at(m, "cost_usd.per_correct"), 0.05, 1e-12);       /* 0.10 / 2 */
	json_decref(m);

	/* cost known but nothing correct */
	s.n = 0;
	add(&s, V_INCORRECT)->cost_usd = 0.5;
	m = compute(&s);
	T_NEAR(at(m, "cost_usd.total"), 0.5, 1e-12);
	T_CHECK(is_null(json_object_get(m, "cost_usd"), "per_correct"));
	json_decref(m);
}

static void test_mcnemar(void)
{
	/* b=12, c=3: 2 * (1 + 15 + 105 + 455) / 2^15 = 1152 / 32768 */
	T_NEAR(metrics_mcnemar_p(12, 3), 0.03515625, 1e-12);
	T_NEAR(metrics_mcnemar_p(3, 12), 0.03515625, 1e-12);
	T_NEAR(metrics_mcnemar_p(0, 10), 2.0 / 1024.0, 1e-15);
	T_NEAR(metrics_mcnemar_p(5, 5), 1.0, 0);
	T_NEAR(metrics_mcnemar_p(1000, 1000), 1.0, 0);
	T_NEAR(metrics_mcnemar_p(0, 0), 1.0, 0);
	T_NEAR(metrics_mcnemar_p(1, 0), 1.0, 0);
	/* large n, exact values from integer arithmetic */
	T_NEAR(metrics_mcnemar_p(4900, 5100), 0.04658552770494739, 1e-9);
	T_NEAR(metrics_mcnemar_p(49900, 50100), 0.5291572940801932, 1e-8);
	double p = metrics_mcnemar_p(49000, 51000);
	T_NEAR(p / 2.588716038346898e-10, 1.0, 1e-6);
}

/* Pairs counted one by one, and their McNemar test. */
static void test_compare(void)
{
	/* the pairs where neither side is an error: a right and b wrong
	 * twice, b right once, both right once, neither once */
	static const int ca[] = { 1, 1, 1, 0, 0 }, cb[] = { 1, 0, 0, 1, 0 };
	struct metrics_pairs p = { 0 };
	for (size_t i = 0; i < ARRAY_LEN(ca); i++)
		metrics_pairs_add(&p, ca[i], cb[i]);
	json_t *c = metrics_pairs_json("A", "B", "knowledge", &p);
	T_EQ_STR(json_string_value(json_object_get(c, "a")), "A");
	T_EQ_STR(json_string_value(json_object_get(c, "suite")), "knowledge");
	T_EQ_INT(at(c, "pairs"), 5);
	T_EQ_INT(at(c, "both"), 1);
	T_EQ_INT(at(c, "a_only"), 2);
	T_EQ_INT(at(c, "b_only"), 1);
	T_EQ_INT(at(c, "neither"), 1);
	/* b=2, c=1: 2 * (1 + 3) / 8 = 1 */
	T_NEAR(at(c, "p_value"), 1.0, 0);
	json_decref(c);

	struct metrics_pairs none = { 0 };
	c = metrics_pairs_json("A", "B", NULL, &none);
	T_EQ_INT(at(c, "pairs"), 0);
	T_CHECK(is_null(c, "p_value"));
	T_CHECK(is_null(c, "suite"));
	json_decref(c);
}

/* Past 256 samples the accumulator bins them: token counts keep exact
 * quantiles, seconds stay within 0.5% of the exact ones; AUROC over many
 * answers equals the pairwise definition (ties count one half); the
 * counts and sums stay exact; metrics_compute() gives the same object. */
static void test_many(void)
{
	enum { N = 5000 };
	struct outcome *o = xcalloc(N, sizeof(*o));
	const struct outcome **p = xcalloc(N, sizeof(*p));
	double *tok = xcalloc(N, sizeof(*tok)), *lat = xcalloc(N, sizeof(*lat));
	uint64_t x = 88172645463325252ULL;
	long npos = 0, nneg = 0;
	struct metrics_acc *a = metrics_acc_new();
	for (int i = 0; i < N; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;   /* xorshift64 */
		o[i] = (struct outcome){ .model = "m", .suite = "s", .axis = "capability",
			.item = "i", .verdict = x % 3 ? V_CORRECT : V_INCORRECT,
			.tok_in = 10 + (int64_t)(x % 500), .tok_out = -1, .tok_reason = -1,
			/* 1 ms to about 20 s, spread over four decades */
			.latency_s = 0.001 * pow(10, (double)(x >> 11) / 9007199254740992.0 * 4.3),
			.ttft_s = NAN, .reasoning_s = NAN, .cost_usd = NAN,
			.confidence = (double)((x >> 20) % 21) / 20 };
		p[i] = &o[i];
		tok[i] = (double)o[i].tok_in;
		lat[i] = o[i].latency_s;
		if (o[i].verdict == V_CORRECT)
			npos++;
		else
			nneg++;
		metrics_acc_add(a, &o[i]);
	}
	json_t *m = metrics_acc_json(a);
	T_EQ_INT(at(m, "items"), N);
	T_NEAR(at(m, "tokens.input.p50"), metrics_quantile(tok, N, 0.5), 0);
	T_NEAR(at(m, "tokens.input.p95"), metrics_quantile(tok, N, 0.95), 0);
	double e50 = metrics_quantile(lat, N, 0.5), e95 = metrics_quantile(lat, N, 0.95);
	T_NEAR(at(m, "latency_s.p50"), e50, e50 * 0.005);
	T_NEAR(at(m, "latency_s.p95"), e95, e95 * 0.005);
	T_CHECK(at(m, "latency_s.p50") != e50);   /* binned, not kept */
	/* AUROC by its definition: P(conf of a correct > conf of an incorrect) */
	double u = 0;
	for (int i = 0; i < N; i++)
		for (int j = 0; o[i].verdict == V_CORRECT && j < N; j++)
			if (o[j].verdict != V_CORRECT)
				u += o[i].confidence > o[j].confidence ? 1
				     : o[i].confidence == o[j].confidence ? 0.5 : 0;
	T_NEAR(at(m, "auroc"), u / ((double)npos * (double)nneg), 1e-12);
	json_t *m2 = metrics_compute(p, N);
	T_CHECK(json_equal(m, m2));
	json_decref(m);
	json_decref(m2);
	metrics_acc_free(a);
	free(o);
	free(p);
	free(tok);
	free(lat);
}

int main(void)
{
	T_RUN(test_wilson);
	T_RUN(test_counts_and_proportions);
	T_RUN(test_nulls);
	T_RUN(test_calibration);
	T_RUN(test_security);
	T_RUN(test_quantiles);
	T_RUN(test_tokens_latency_cost);
	T_RUN(test_mcnemar);
	T_RUN(test_compare);
	T_RUN(test_many);
	return t_done("test_metrics");
}
