/* test_adaptive.c -- adaptive evaluation: the generator, hypergeometric
 * tails, interval coverage at every look (simulation, fixed seeds), width,
 * the stopping rule, stratified rounds and whole adaptive runs.
 *
 * Expected values come from the definitions: hypergeometric probabilities
 * counted by hand, splitmix64's published first outputs, the width of a
 * normal interval with the finite-population correction. */
#include <math.h>
#include <stdlib.h>
#include "t.h"
#include "util.h"
#include "err.h"
#include "select.h"
#include "adaptive.h"

/* ---- the generator ---- */

/* splitmix64 from 0 starts 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4,
 * 0x06c45d188009454f (Vigna's reference); xoshiro256** then gives the
 * outputs of the reference algorithm, transcribed independently. */
static void test_rng(void)
{
	struct adapt_rng r;
	adapt_rng_seed(&r, 0);
	T_CHECK(r.s[0] == UINT64_C(0xe220a8397b1dcdaf));
	T_CHECK(r.s[1] == UINT64_C(0x6e789e6aa1b965f4));
	T_CHECK(r.s[2] == UINT64_C(0x06c45d188009454f));
	T_CHECK(adapt_rng_next(&r) == UINT64_C(0x99ec5f36cb75f2b4));
	T_CHECK(adapt_rng_next(&r) == UINT64_C(0xbf6e1f784956452a));
	T_CHECK(adapt_rng_next(&r) == UINT64_C(0x1a5f849d4933e6e0));
	/* below(): in range and roughly uniform over 6 values */
	long hist[6] = { 0 };
	for (int i = 0; i < 60000; i++) {
		uint64_t x = adapt_rng_below(&r, 6);
		T_CHECK(x < 6);
		if (x < 6)
			hist[x]++;
	}
	for (int i = 0; i < 6; i++)
		T_CHECK(hist[i] > 9600 && hist[i] < 10400);   /* 10,000 +- 4 sd */
	T_EQ_INT(adapt_rng_below(&r, 0), 0);
	double u = adapt_rng_unit(&r);
	T_CHECK(u >= 0 && u < 1);
}

/* ---- hypergeometric tails ---- */

/* N = 10, K = 4, n = 3: C(10,3) = 120; P(X=0) = C(6,3)/120 = 20/120,
 * P(1) = 4*15/120 = 60/120, P(2) = 6*6/120 = 36/120, P(3) = 4/120. */
static void test_hyper(void)
{
	T_NEAR(adapt_hyper_le(0, 10, 4, 3), 20.0 / 120, 1e-12);
	T_NEAR(adapt_hyper_le(1, 10, 4, 3), 80.0 / 120, 1e-12);
	T_NEAR(adapt_hyper_le(2, 10, 4, 3), 116.0 / 120, 1e-12);
	T_NEAR(adapt_hyper_le(3, 10, 4, 3), 1, 1e-12);
	T_NEAR(adapt_hyper_ge(1, 10, 4, 3), 100.0 / 120, 1e-12);
	T_NEAR(adapt_hyper_ge(2, 10, 4, 3), 40.0 / 120, 1e-12);
	T_NEAR(adapt_hyper_ge(3, 10, 4, 3), 4.0 / 120, 1e-12);
	T_NEAR(adapt_hyper_ge(4, 10, 4, 3), 0, 0);
	T_NEAR(adapt_hyper_le(-1, 10, 4, 3), 0, 0);
	/* n = 8 of N = 10 with K = 4: at least 2 marked are drawn */
	T_NEAR(adapt_hyper_le(1, 10, 4, 8), 0, 0);
	T_NEAR(adapt_hyper_ge(2, 10, 4, 8), 1, 0);
	/* a far tail of a large pool: P(X >= 60) for N = 100000, K = 30000,
	 * n = 100 (mean 30, sd 4.58): below 1e-8, above 0 */
	double t = adapt_hyper_ge(60, 100000, 30000, 100);
	T_CHECK(t > 0 && t < 1e-8);
	/* the two tails at k add up to 1 + P(X = k) */
	double s = adapt_hyper_le(31, 100000, 30000, 100) + adapt_hyper_ge(31, 100000, 30000, 100);
	T_CHECK(s > 1 && s < 1.1);
}

static void test_count_interval(void)
{
	long lo = -1, hi = -1;
	/* N = 10, n = 3, k = 3 at alpha 0.1: P_K(X >= 3) = C(K,3)/120 must
	 * exceed 0.05: K = 4 gives 4/120, K = 5 gives 10/120, so lo = 5. */
	T_EQ_INT(adapt_count_interval(3, 3, 10, 0.1, &lo, &hi), 0);
	T_EQ_INT(lo, 5);
	T_EQ_INT(hi, 10);
	T_EQ_INT(adapt_count_interval(0, 0, 50, 0.05, &lo, &hi), 0);
	T_EQ_INT(lo, 0);
	T_EQ_INT(hi, 50);
	T_EQ_INT(adapt_count_interval(17, 50, 50, 0.05, &lo, &hi), 0);
	T_EQ_INT(lo, 17);
	T_EQ_INT(hi, 17);
	/* the units not drawn bound K: 40 of 45 drawn, 20 marked: 20..25 */
	T_EQ_INT(adapt_count_interval(20, 40, 45, 1e-9, &lo, &hi), 0);
	T_EQ_INT(lo, 20);
	T_EQ_INT(hi, 25);
	T_EQ_INT(adapt_count_interval(5, 3, 10, 0.05, &lo, &hi), -1);
	T_EQ_INT(adapt_count_interval(1, 11, 10, 0.05, &lo, &hi), -1);
	T_EQ_INT(adapt_count_interval(1, 3, 10, 0, &lo, &hi), -1);
}

static void test_ratio_interval(void)
{
	struct adapt_iv iv;
	struct adapt_counts c = { 0, 0, 0, 0 };
	T_EQ_INT(adapt_ratio_interval(&c, 100, 0.05, &iv), 0);
	T_EQ_INT(iv.null, ADAPT_MAYBE_NULL);
	T_NEAR(iv.lo, 0, 0);
	T_NEAR(iv.hi, 1, 0);
	/* the whole pool drawn: exact. 30 incorrect, 10 abstained: 0.75 */
	c = (struct adapt_counts){ 100, 30, 10, 0 };
	T_EQ_INT(adapt_ratio_interval(&c, 100, 0.05, &iv), 0);
	T_EQ_INT(iv.null, ADAPT_DEFINED);
	T_NEAR(iv.lo, 0.75, 0);
	T_NEAR(iv.hi, 0.75, 0);
	/* every unit correct: hallucination rate surely null */
	c = (struct adapt_counts){ 100, 0, 0, 0 };
	T_EQ_INT(adapt_ratio_interval(&c, 100, 0.05, &iv), 0);
	T_EQ_INT(iv.null, ADAPT_NULL);
	c = (struct adapt_counts){ 10, 8, 3, 0 };
	T_EQ_INT(adapt_ratio_interval(&c, 100, 0.05, &iv), -1);
}

/* omniscience index 100 (C - I) / (C + I + A) */
static void test_omni_interval(void)
{
	struct adapt_iv iv;
	/* whole pool: 60 correct, 20 incorrect, 20 abstained: 40 */
	struct adapt_counts c = { 100, 60, 20, 20 };
	T_EQ_INT(adapt_omni_interval(&c, 100, 0.05, &iv), 0);
	T_EQ_INT(iv.null, ADAPT_DEFINED);
	T_NEAR(iv.lo, 40, 1e-12);
	T_NEAR(iv.hi, 40, 1e-12);
	/* nothing drawn: maybe null, else anywhere in [-100, 100] */
	c = (struct adapt_counts){ 0, 0, 0, 0 };
	T_EQ_INT(adapt_omni_interval(&c, 10, 0.05, &iv), 0);
	T_EQ_INT(iv.null, ADAPT_MAYBE_NULL);
	T_NEAR(iv.lo, -100, 1e-12);
	T_NEAR(iv.hi, 100, 1e-12);
	/* 9 of 10 drawn, 5 correct, 4 abstained, the last unit unknown:
	 * C in [5, 6], I in [0, 1], A in [4, 5], each on its own (the box
	 * does not know the three share one unit, so it is conservative):
	 * lowest at (5, 1, 5): 100 * 4 / 11 = 36.36; highest at (6, 0, 4):
	 * 100 * 6 / 10 = 60 */
	c = (struct adapt_counts){ 9, 5, 0, 4 };
	T_EQ_INT(adapt_omni_interval(&c, 10, 1e-6, &iv), 0);
	T_EQ_INT(iv.null, ADAPT_DEFINED);
	T_NEAR(iv.lo, 400.0 / 11, 1e-12);
	T_NEAR(iv.hi, 60, 1e-12);
	/* security units are left out of it */
	struct adapt_counts d = { 0, 0, 0, 0 };
	adapt_counts_add(&d, ADAPT_M_OMNISCIENCE, V_CORRECT, 1);
	adapt_counts_add(&d, ADAPT_M_OMNISCIENCE, V_ABSTAINED, 0);
	T_EQ_INT(d.drawn, 2);
	T_EQ_INT(d.num, 0);
	T_EQ_INT(d.aux, 1);
}

/* ---- coverage at every look ---- */

/* Pools of N units, K = round(rate N) marked, drawn in rounds of N / 20
 * (19 looks before the exact last one) in a seeded random order; the
 * share of replications whose interval held K at every look. With
 * strata, the marks sit unevenly in 4 strata and rounds are stratified. */
/* A pool of N units, K = round(rate N) of them marked, in 1 or 4 strata,
 * and a round's buffer (N / 20 units). */
struct pool {
	long N, K, round;
	uint32_t *stratum, *batch;
	unsigned char *mark;
};

static void pool_init(struct pool *P, double rate, long N, int strata)
{
	P->N = N;
	P->K = lround(rate * (double)N);
	P->round = N / 20;
	P->stratum = xcalloc((size_t)N, sizeof(*P->stratum));
	P->mark = xcalloc((size_t)N, 1);
	P->batch = xcalloc((size_t)P->round, sizeof(*P->batch));
	/* marks first in stratum order: stratum 0 gets most of them */
	for (long i = 0; i < N; i++) {
		P->stratum[i] = strata ? (uint32_t)(i * 4 / N) : 0;
		P->mark[i] = i < P->K;
	}
}

static void pool_release(struct pool *P)
{
	free(P->stratum);
	free(P->mark);
	free(P->batch);
}

static double coverage(double rate, long N, int reps, double alpha_look, int strata,
                       uint64_t seed)
{
	struct pool P;
	pool_init(&P, rate, N, strata);
	long K = P.K, round = P.round;
	uint32_t *stratum = P.stratum, *batch = P.batch;
	const unsigned char *mark = P.mark;
	int held = 0;
	for (int rep = 0; rep < reps; rep++) {
		struct adapt_sampler s;
		struct tri_err err;
		if (adapt_sampler_init(&s, stratum, (size_t)N, seed + (uint64_t)rep, &err)) {
			T_CHECK(!"sampler");
			break;
		}
		long n = 0, k = 0;
		int ok = 1;
		size_t got;
		while ((got = adapt_sampler_next(&s, (size_t)round, batch)) > 0) {
			for (size_t j = 0; j < got; j++)
				k += mark[batch[j]];
			n += (long)got;
			if (n == N)
				break;
			long lo, hi;
			if (adapt_count_interval(k, n, N, alpha_look, &lo, &hi) || K < lo || K > hi)
				ok = 0;
		}
		held += ok;
		adapt_sampler_release(&s);
	}
	pool_release(&P);
	return (double)held / reps;
}

/* 1,000 replications: if the true simultaneous coverage were 0.95, the
 * observed share would fall below 0.95 - 3 sd = 0.9293 with probability
 * about 0.001; so >= 0.93 is the check. */
static void test_coverage(void)
{
	const double rates[] = { 0.05, 0.3, 0.5, 0.9 };
	const long pools[] = { 400, 2000 };
	const int reps = 1000;
	double alpha_look = 0.05 / 19;
	for (size_t p = 0; p < ARRAY_LEN(pools); p++) {
		for (size_t r = 0; r < ARRAY_LEN(rates); r++) {
			double c = coverage(rates[r], pools[p], reps, alpha_look, 0, 1000 * p + 100 * r);
			printf("# coverage at all 19 looks, rate %.2f, pool %ld: %.3f\n",
			       rates[r], pools[p], c);
			T_CHECK(c >= 0.93);
		}
	}
	double c = coverage(0.3, 2000, reps, alpha_look, 1, 77);
	printf("# coverage at all 19 looks, rate 0.30, pool 2000, 4 uneven strata: %.3f\n", c);
	T_CHECK(c >= 0.93);
	/* the check can fail: a 95% interval looked at 19 times without
	 * splitting the error misses at some look far more often than 5% */
	c = coverage(0.5, 2000, reps, 0.05, 0, 4242);
	printf("# the same, alpha not split over the looks, rate 0.50, pool 2000: %.3f\n", c);
	T_CHECK(c < 0.9);
}

/* The hallucination rate's interval (a ratio of two counts) at every
 * look, pools of 2,000 with 75% correct, 5% incorrect, 20% abstained:
 * the true value is 100 / 500 = 0.2. */
static void test_ratio_coverage(void)
{
	const long N = 2000, round = 100;
	enum verdict *v = xcalloc((size_t)N, sizeof(*v));
	uint32_t *stratum = xcalloc((size_t)N, sizeof(*stratum));
	uint32_t *batch = xcalloc((size_t)round, sizeof(*batch));
	for (long i = 0; i < N; i++)
		v[i] = i < 1500 ? V_CORRECT : i < 1600 ? V_INCORRECT : V_ABSTAINED;
	int held = 0, reps = 1000;
	for (int rep = 0; rep < reps; rep++) {
		struct adapt_sampler s;
		struct tri_err err;
		T_EQ_INT(adapt_sampler_init(&s, stratum, (size_t)N, 9000 + (uint64_t)rep, &err), 0);
		struct adapt_counts c = { 0, 0, 0, 0 };
		int ok = 1;
		size_t got;
		while ((got = adapt_sampler_next(&s, (size_t)round, batch)) > 0) {
			for (size_t j = 0; j < got; j++)
				adapt_counts_add(&c, ADAPT_M_HALLUCINATION, v[batch[j]], 0);
			struct adapt_iv iv;
			if (adapt_ratio_interval(&c, N, 0.05 / 19, &iv) || iv.null == ADAPT_NULL ||
			    !(iv.lo <= 0.2 && 0.2 <= iv.hi))
				ok = 0;
		}
		T_EQ_INT(c.drawn, N);
		held += ok;
		adapt_sampler_release(&s);
	}
	printf("# coverage of the hallucination rate (0.2) at all 19 looks, pool 2000: %.3f\n",
	       (double)held / reps);
	T_CHECK((double)held / reps >= 0.93);
	free(v);
	free(stratum);
	free(batch);
}

/* Not trivially wide. With alpha 0.05 / 285 (5 models, 3 metrics, 19
 * looks), z = 3.75; for k = 500 of n = 1,000 drawn from 2,000 the normal
 * interval is 2 z sqrt(0.25 / 1000 * 1000 / 1999) = 0.084 wide; from a
 * pool of 100,000 (no correction), 2 z sqrt(0.25 / 1000) = 0.119. */
static void test_width(void)
{
	double a = 0.05 / 285;
	long lo, hi;
	T_EQ_INT(adapt_count_interval(500, 1000, 2000, a, &lo, &hi), 0);
	double w = (double)(hi - lo) / 2000;
	printf("# width after 1,000 of 2,000 (k = 500, alpha %.2g): %.4f\n", a, w);
	T_CHECK(w > 0.075 && w < 0.092);
	T_EQ_INT(adapt_count_interval(500, 1000, 100000, a, &lo, &hi), 0);
	w = (double)(hi - lo) / 100000;
	printf("# width after 1,000 of 100,000: %.4f\n", w);
	T_CHECK(w > 0.108 && w < 0.128);
	/* an accuracy (a ratio of two counts, each at alpha / 2): a little wider */
	struct adapt_iv iv;
	struct adapt_counts c = { 1000, 700, 300, 0 };
	T_EQ_INT(adapt_ratio_interval(&c, 2000, a, &iv), 0);
	printf("# accuracy 0.7 after 1,000 of 2,000: [%.4f, %.4f]\n", iv.lo, iv.hi);
	T_CHECK(iv.lo < 0.7 && iv.hi > 0.7 && iv.hi - iv.lo < 0.095);
}

/* ---- betting confidence sequences ---- */

/* Put the units of batch in stratum order (strata 0..3), keeping their
 * order within a stratum. */
static void group_by_stratum(uint32_t *batch, size_t n, const uint32_t *stratum)
{
	uint32_t *tmp = xcalloc(n ? n : 1, sizeof(*tmp));
	size_t w = 0;
	for (uint32_t h = 0; h < 4; h++)
		for (size_t j = 0; j < n; j++)
			if (stratum[batch[j]] == h)
				tmp[w++] = batch[j];
	memcpy(batch, tmp, w * sizeof(*tmp));
	free(tmp);
}

/* As coverage(), for adapt_cs at error alpha: the share of replications
 * whose sequence held K after every unit (it is valid at every n, not
 * only at the looks); *at_looks, the share that held it at the 19 looks
 * before the last. grouped: each round's units fed stratum by stratum,
 * the order the sampler used to hand them out, which is not a random
 * draw when the marks sit in one stratum. */
static double cs_coverage(double rate, long N, int reps, double alpha, int strata, int grouped,
                          uint64_t seed, double *at_looks)
{
	struct pool P;
	pool_init(&P, rate, N, strata);
	long K = P.K, round = P.round;
	uint32_t *stratum = P.stratum, *batch = P.batch;
	const unsigned char *mark = P.mark;
	int held = 0, held_looks = 0;
	for (int rep = 0; rep < reps; rep++) {
		struct adapt_sampler s;
		struct adapt_cs cs;
		struct tri_err err;
		if (adapt_sampler_init(&s, stratum, (size_t)N, seed + (uint64_t)rep, &err) ||
		    adapt_cs_init(&cs, N, alpha)) {
			T_CHECK(!"init");
			break;
		}
		int ok = 1, ok_looks = 1;
		size_t got;
		long lo, hi;
		while ((got = adapt_sampler_next(&s, (size_t)round, batch)) > 0) {
			if (grouped)
				group_by_stratum(batch, got, stratum);
			for (size_t j = 0; j < got; j++) {
				adapt_cs_add(&cs, mark[batch[j]]);
				adapt_cs_interval(&cs, &lo, &hi);
				ok &= lo <= K && K <= hi;
			}
			ok_looks &= lo <= K && K <= hi;
		}
		adapt_cs_interval(&cs, &lo, &hi);   /* the whole pool: the exact count */
		T_EQ_INT(lo, K);
		T_EQ_INT(hi, K);
		held += ok;
		held_looks += ok_looks;
		adapt_cs_release(&cs);
		adapt_sampler_release(&s);
	}
	pool_release(&P);
	*at_looks = (double)held_looks / reps;
	return (double)held / reps;
}

static void test_cs(void)
{
	struct adapt_cs cs;
	long lo, hi;
	T_EQ_INT(adapt_cs_init(&cs, 10, 0), -1);
	T_EQ_INT(adapt_cs_init(&cs, -1, 0.05), -1);
	adapt_cs_release(&cs);
	/* nothing drawn: every count; the units not drawn bound K */
	T_EQ_INT(adapt_cs_init(&cs, 50, 0.05), 0);
	adapt_cs_interval(&cs, &lo, &hi);
	T_EQ_INT(lo, 0);
	T_EQ_INT(hi, 50);
	for (int i = 0; i < 45; i++)
		adapt_cs_add(&cs, i < 20);
	adapt_cs_interval(&cs, &lo, &hi);
	T_CHECK(lo >= 20 && hi <= 25 && lo <= hi);
	for (int i = 0; i < 10; i++)   /* past the pool: ignored */
		adapt_cs_add(&cs, 1);
	adapt_cs_interval(&cs, &lo, &hi);
	T_EQ_INT(lo, 25);
	T_EQ_INT(hi, 25);
	adapt_cs_release(&cs);
	adapt_cs_release(NULL);
	/* a large pool on the grid: the bounds only narrow, and hold the
	 * count of a pool that is exactly 30% marked */
	T_EQ_INT(adapt_cs_init(&cs, 100000, 0.05 / 30), 0);
	T_EQ_INT(cs.n_cand, ADAPT_CS_GRID + 1);
	long plo = 0, phi = 100000;
	struct adapt_rng r;
	adapt_rng_seed(&r, 3);
	long marked = 30000, left = 100000;
	for (int i = 0; i < 5000; i++) {
		int x = (long)adapt_rng_below(&r, (uint64_t)left) < marked;
		marked -= x;
		left--;
		adapt_cs_add(&cs, x);
		adapt_cs_interval(&cs, &lo, &hi);
		T_CHECK(lo >= plo && hi <= phi);
		plo = lo;
		phi = hi;
	}
	printf("# betting, 5,000 of 100,000 drawn (30%% marked, alpha 0.05/30): [%.4f, %.4f]\n",
	       (double)lo / 100000, (double)hi / 100000);
	T_CHECK(lo <= 30000 && hi >= 30000 && hi - lo < 8000);
	adapt_cs_release(&cs);
	/* width against the union bound: 1,000 of 2,000, half marked, 5
	 * models x 3 metrics (and 19 looks for the union bound) */
	T_EQ_INT(adapt_cs_init(&cs, 2000, 0.05 / 15), 0);
	adapt_rng_seed(&r, 4);
	marked = 1000;
	left = 2000;
	for (int i = 0; i < 1000; i++) {
		int x = (long)adapt_rng_below(&r, (uint64_t)left) < marked;
		marked -= x;
		left--;
		adapt_cs_add(&cs, x);
	}
	adapt_cs_interval(&cs, &lo, &hi);
	long ulo, uhi;
	T_EQ_INT(adapt_count_interval(cs.k, 1000, 2000, 0.05 / 285, &ulo, &uhi), 0);
	printf("# after 1,000 of 2,000 (k = %ld): betting %.4f wide, union bound %.4f\n", cs.k,
	       (double)(hi - lo) / 2000, (double)(uhi - ulo) / 2000);
	T_CHECK(hi - lo < 2 * (uhi - ulo));
	adapt_cs_release(&cs);
}

/* As test_coverage, at alpha = 0.05 with no split over the looks: the
 * sequence must hold at the looks, and at every n, in >= 0.93 of 1,000
 * replications (Ville's inequality makes it >= 0.95 at every n). */
static void test_cs_coverage(void)
{
	const double rates[] = { 0.05, 0.3, 0.5, 0.9 };
	const long pools[] = { 400, 2000 };
	const int reps = 1000;
	double c, looks;
	for (size_t p = 0; p < ARRAY_LEN(pools); p++) {
		for (size_t r = 0; r < ARRAY_LEN(rates); r++) {
			c = cs_coverage(rates[r], pools[p], reps, 0.05, 0, 0,
			                5000 + 1000 * p + 100 * r, &looks);
			printf("# betting: coverage, rate %.2f, pool %ld: %.3f at the 19 looks, "
			       "%.3f at every n\n", rates[r], pools[p], looks, c);
			T_CHECK(looks >= 0.93 && c >= 0.93);
		}
	}
	c = cs_coverage(0.3, 2000, reps, 0.05, 1, 0, 77, &looks);
	printf("# betting: rate 0.30, pool 2000, 4 uneven strata: %.3f at the looks, "
	       "%.3f at every n\n", looks, c);
	T_CHECK(looks >= 0.93 && c >= 0.93);
	/* the check can fail: the same strata fed stratum by stratum within
	 * each round, all the marks first, is not a random draw */
	c = cs_coverage(0.3, 2000, reps, 0.05, 1, 1, 77, &looks);
	printf("# betting: the same, each round fed stratum by stratum: %.3f at every n\n", c);
	T_CHECK(c < 0.9);
}

/* ---- the stopping rule ---- */

static struct requirement req_of(const char *s)
{
	struct requirement r;
	struct tri_err err;
	if (select_parse(s, &r, &err))
		T_CHECK(!"parse");
	return r;
}

static struct adapt_iv IV(double lo, double hi)
{
	return (struct adapt_iv){ lo, hi, ADAPT_DEFINED };
}

static void test_judge(void)
{
	struct requirement ge = req_of("accuracy >= 0.7"), gt = req_of("accuracy > 0.7");
	struct requirement le = req_of("hallucination_rate <= 0.1"), lt = req_of("x < 0.1");
	struct adapt_iv p7 = IV(0.7, 0.7);
	T_EQ_INT(adapt_judge(&ge, &p7), 1);
	T_EQ_INT(adapt_judge(&gt, &p7), -1);
	struct adapt_iv a = IV(0.2, 0.3);
	T_EQ_INT(adapt_judge(&le, &a), -1);
	T_EQ_INT(adapt_judge(&lt, &a), -1);
	struct adapt_iv b = IV(0.05, 0.1);
	T_EQ_INT(adapt_judge(&le, &b), 1);
	T_EQ_INT(adapt_judge(&lt, &b), 0);
	struct adapt_iv o = IV(0.65, 0.75);
	T_EQ_INT(adapt_judge(&ge, &o), 0);
	struct adapt_iv nul = { NAN, NAN, ADAPT_NULL };
	T_EQ_INT(adapt_judge(&le, &nul), -1);
	struct adapt_iv maybe = { 0.01, 0.05, ADAPT_MAYBE_NULL };
	T_EQ_INT(adapt_judge(&le, &maybe), 0);
	struct adapt_iv maybe_bad = { 0.5, 0.6, ADAPT_MAYBE_NULL };
	T_EQ_INT(adapt_judge(&le, &maybe_bad), -1);
	select_requirement_release(&ge);
	select_requirement_release(&gt);
	select_requirement_release(&le);
	select_requirement_release(&lt);
}

static void test_decide_smallest(void)
{
	struct requirement r = req_of("accuracy >= 0.7");
	struct adapt_iv a = IV(0.30, 0.45), b = IV(0.75, 0.85), c = IV(0.6, 0.95);
	struct adapt_model m[3] = { { &a, IV(0, 1), 1e9 }, { &b, IV(0, 1), 3e9 },
	                            { &c, IV(0, 1), 8e9 } };
	enum adapt_status st[3];
	struct adapt_decision d;
	adapt_decide(&r, 1, PREFER_SMALLEST, m, 3, st, &d);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, 1);
	T_EQ_INT(st[0], ADAPT_FAILS);
	T_EQ_INT(st[1], ADAPT_PASSES);
	T_EQ_INT(st[2], ADAPT_DOMINATED);
	/* the smallest still open: nothing decided, the largest stops */
	a = IV(0.65, 0.75);
	adapt_decide(&r, 1, PREFER_SMALLEST, m, 3, st, &d);
	T_EQ_INT(d.decided, 0);
	T_EQ_INT(st[0], ADAPT_ACTIVE);
	T_EQ_INT(st[1], ADAPT_PASSES);
	T_EQ_INT(st[2], ADAPT_DOMINATED);
	/* no size: never the choice, and it does not hold the others up */
	m[0].key = NAN;
	adapt_decide(&r, 1, PREFER_SMALLEST, m, 3, st, &d);
	T_EQ_INT(st[0], ADAPT_UNRANKED);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, 1);
	/* every model fails: decided, nothing chosen */
	a = IV(0.1, 0.2);
	b = IV(0.1, 0.2);
	c = IV(0.1, 0.69);
	m[0].key = 1e9;
	adapt_decide(&r, 1, PREFER_SMALLEST, m, 3, st, &d);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, -1);
	/* the same size for two models that both pass: select breaks the tie
	 * on measured cost, so the choice stays open */
	a = IV(0.1, 0.2);
	b = IV(0.75, 0.85);
	c = IV(0.8, 0.9);
	m[2].key = 3e9;
	adapt_decide(&r, 1, PREFER_SMALLEST, m, 3, st, &d);
	T_EQ_INT(d.decided, 0);
	T_EQ_INT(st[1], ADAPT_PASSES);
	T_EQ_INT(st[2], ADAPT_PASSES);
	/* cheapest ranks on measured cost: failing models stop, nothing else */
	adapt_decide(&r, 1, PREFER_CHEAPEST, m, 3, st, &d);
	T_EQ_INT(d.decided, 0);
	T_EQ_INT(st[0], ADAPT_FAILS);
	T_EQ_INT(st[1], ADAPT_ACTIVE);
	a = IV(0.1, 0.2);
	b = IV(0.1, 0.2);
	c = IV(0.1, 0.2);
	adapt_decide(&r, 1, PREFER_CHEAPEST, m, 3, st, &d);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, -1);
	/* no requirement: the full grid's Pareto rule, not decided here */
	adapt_decide(&r, 0, PREFER_SMALLEST, m, 3, st, &d);
	T_EQ_INT(d.decided, 0);
	T_EQ_INT(st[0], ADAPT_ACTIVE);
	select_requirement_release(&r);
}

static void test_decide_best(void)
{
	struct requirement r = req_of("accuracy >= 0.5");
	struct adapt_iv a = IV(0.55, 0.65), b = IV(0.8, 0.9);
	struct adapt_model m[2] = { { &a, a, NAN }, { &b, b, NAN } };
	enum adapt_status st[2];
	struct adapt_decision d;
	adapt_decide(&r, 1, PREFER_BEST, m, 2, st, &d);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, 1);
	T_EQ_INT(st[0], ADAPT_DOMINATED);
	T_EQ_INT(st[1], ADAPT_PASSES);
	/* indistinguishable: both pass, their accuracies overlap */
	a = IV(0.70, 0.80);
	b = IV(0.72, 0.82);
	m[0].rank = a;
	m[1].rank = b;
	adapt_decide(&r, 1, PREFER_BEST, m, 2, st, &d);
	T_EQ_INT(d.decided, 0);
	T_EQ_INT(st[0], ADAPT_ACTIVE);
	T_EQ_INT(st[1], ADAPT_ACTIVE);
	/* equal exact values: the lower index, as select breaks ties by id */
	a = b = IV(0.8, 0.8);
	m[0].rank = a;
	m[1].rank = b;
	adapt_decide(&r, 1, PREFER_BEST, m, 2, st, &d);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, 0);
	/* a better model that surely fails a requirement does not dominate */
	struct requirement r2 = req_of("accuracy <= 0.85");
	a = IV(0.6, 0.7);
	b = IV(0.9, 0.95);
	m[0].rank = a;
	m[1].rank = b;
	adapt_decide(&r2, 1, PREFER_BEST, m, 2, st, &d);
	T_EQ_INT(st[1], ADAPT_FAILS);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, 0);
	select_requirement_release(&r);
	select_requirement_release(&r2);
}

/* ---- stratified rounds ---- */

static void test_sampler(void)
{
	const size_t n = 1000;
	uint32_t *stratum = xcalloc(n, sizeof(*stratum));
	for (size_t i = 0; i < n; i++)   /* 600, 300, 100, interleaved */
		stratum[i] = i % 10 < 6 ? 0 : i % 10 < 9 ? 1 : 2;
	struct adapt_sampler s, s2;
	struct tri_err err;
	T_EQ_INT(adapt_sampler_init(&s, stratum, n, 5, &err), 0);
	T_EQ_INT(adapt_sampler_init(&s2, stratum, n, 5, &err), 0);
	unsigned char *seen = xcalloc(n, 1);
	uint32_t out[100], out2[100];
	int same = 1;
	for (int round = 0; round < 10; round++) {
		size_t got = adapt_sampler_next(&s, 100, out);
		T_EQ_INT(got, 100);
		T_EQ_INT(adapt_sampler_next(&s2, 100, out2), 100);
		same &= !memcmp(out, out2, sizeof(out));
		size_t per[3] = { 0 };
		for (size_t j = 0; j < got; j++) {
			T_CHECK(out[j] < n);
			T_CHECK(!seen[out[j]]);
			seen[out[j]] = 1;
			per[stratum[out[j]]]++;
		}
		T_EQ_INT(per[0], 60);
		T_EQ_INT(per[1], 30);
		T_EQ_INT(per[2], 10);
	}
	T_CHECK(same);   /* the same seed, the same order */
	T_EQ_INT(adapt_sampler_next(&s, 100, out), 0);
	adapt_sampler_release(&s);
	adapt_sampler_release(&s2);
	/* another seed, another order */
	T_EQ_INT(adapt_sampler_init(&s, stratum, n, 5, &err), 0);
	T_EQ_INT(adapt_sampler_init(&s2, stratum, n, 6, &err), 0);
	adapt_sampler_next(&s, 100, out);
	adapt_sampler_next(&s2, 100, out2);
	T_CHECK(memcmp(out, out2, sizeof(out)) != 0);
	adapt_sampler_release(&s);
	adapt_sampler_release(&s2);
	/* uneven: 7, 3 and 1 items in rounds of 3: after each round every
	 * stratum is within one item of its share, and all 11 come out */
	uint32_t st2[11] = { 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2 };
	T_EQ_INT(adapt_sampler_init(&s, st2, 11, 1, &err), 0);
	size_t total = 0, got;
	while ((got = adapt_sampler_next(&s, 3, out)) > 0) {
		total += got;
		for (size_t h = 0; h < 3; h++) {
			double share = (double)total * (double)(s.start[h + 1] - s.start[h]) / 11;
			T_CHECK(fabs((double)s.taken[h] - share) < 1);
		}
	}
	T_EQ_INT(total, 11);
	adapt_sampler_release(&s);
	/* a stratum number beyond the items is refused */
	uint32_t bad[2] = { 0, 5 };
	T_EQ_INT(adapt_sampler_init(&s, bad, 2, 1, &err), -1);
	adapt_sampler_release(&s);
	adapt_sampler_release(NULL);
	free(seen);
	free(stratum);
}

/* ---- whole adaptive runs over scripted outcomes ---- */

struct sim {
	size_t models;
	long pool;
	enum verdict *v;   /* [model * pool + unit] */
};

/* Model i answers a share acc[i] of the units correctly, the others
 * incorrect; which units is drawn with seed. */
static void sim_init(struct sim *s, size_t models, long pool, const double *acc, uint64_t seed)
{
	struct adapt_rng r;
	adapt_rng_seed(&r, seed);
	s->models = models;
	s->pool = pool;
	s->v = xcalloc(models * (size_t)pool, sizeof(*s->v));
	for (size_t i = 0; i < models; i++)
		for (long u = 0; u < pool; u++)
			s->v[i * (size_t)pool + (size_t)u] =
				adapt_rng_unit(&r) < acc[i] ? V_CORRECT : V_INCORRECT;
}

/* Run adaptively in rounds of `round` (width, method: adapt_run's);
 * returns the calls made, fills the decision and the units drawn when it
 * was made (the pool: not before the end). */
static long sim_run_with(const struct sim *s, const struct select_spec *spec, const double *keys,
                         long round, size_t width, enum adapt_method method,
                         struct adapt_decision *d, long *decided_at)
{
	struct adapt_run a;
	struct tri_err err;
	struct adapt_sampler smp;
	uint32_t *stratum = xcalloc((size_t)s->pool, sizeof(*stratum));
	uint32_t *handed = xcalloc((size_t)s->pool, sizeof(*handed));
	long calls = 0, drawn = 0;
	*decided_at = -1;
	d->decided = 0;
	if (adapt_run_init(&a, spec, keys, s->models, s->pool, round, 0.95, &err) ||
	    adapt_sampler_init(&smp, stratum, (size_t)s->pool, 3, &err)) {
		T_CHECK(!"init");
		free(stratum);
		free(handed);
		return -1;
	}
	a.width = width;
	a.method = method;
	size_t got;
	for (;;) {
		got = adapt_sampler_next(&smp, (size_t)round, handed + drawn);
		drawn += (long)got;
		long sent = 0;
		for (size_t i = 0; i < s->models; i++) {
			if (!adapt_run_active(&a, i))
				continue;
			for (long u = adapt_run_drawn(&a, i); u < drawn; u++, sent++)
				adapt_run_add(&a, i, s->v[i * (size_t)s->pool + handed[u]], 0);
		}
		calls += sent;
		if (!sent)
			break;
		if (adapt_run_look(&a, d, &err)) {
			T_CHECK(!"look");
			break;
		}
		if (d->decided) {
			*decided_at = drawn;
			break;
		}
	}
	adapt_run_release(&a);
	adapt_sampler_release(&smp);
	free(stratum);
	free(handed);
	return calls;
}

static long sim_run(const struct sim *s, const struct select_spec *spec, const double *keys,
                    long round, size_t width, struct adapt_decision *d, long *decided_at)
{
	return sim_run_with(s, spec, keys, round, width, ADAPT_UNION, d, decided_at);
}

static void spec_init(struct select_spec *spec, const char *req, const char *prefer)
{
	struct tri_err err;
	char *const rq[1] = { (char *)req };
	if (select_spec_parse(spec, rq, 1, prefer, 0, NAN, &err))
		T_CHECK(!"spec");
}

/* accuracy >= 0.7, smallest: 0.4, 0.85, 0.95 -- the middle one, early. */
static void test_run_clear_winner(void)
{
	struct select_spec spec;
	spec_init(&spec, "accuracy >= 0.7", "smallest");
	const double acc[3] = { 0.4, 0.85, 0.95 }, keys[3] = { 1e9, 8e9, 70e9 };
	struct sim s;
	sim_init(&s, 3, 2000, acc, 11);
	struct adapt_decision d;
	long at, calls = sim_run(&s, &spec, keys, 100, 0, &d, &at);
	printf("# clear winner: decided after %ld of 2000 units, %ld calls of 6000 (%.0f%%)\n",
	       at, calls, 100.0 * (double)calls / 6000);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, 1);
	T_CHECK(at > 0 && at <= 600);
	T_CHECK(calls <= 2400);
	/* one model at a time: the same choice, the largest never asked */
	long calls1 = sim_run(&s, &spec, keys, 100, 1, &d, &at);
	printf("# the same, width 1: decided after %ld units, %ld calls\n", at, calls1);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, 1);
	T_CHECK(calls1 < calls);
	/* with betting confidence sequences: the same choice, early too */
	long calls2 = sim_run_with(&s, &spec, keys, 100, 0, ADAPT_BETTING, &d, &at);
	printf("# the same, betting: decided after %ld units, %ld calls\n", at, calls2);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, 1);
	T_CHECK(at > 0 && at <= 600);
	free(s.v);
	select_spec_release(&spec);
}

/* best of two models with the same pool accuracy (0.8, other items):
 * never decided before the whole pool is drawn, then the tie goes to the
 * first, as select breaks ties by id. */
static void test_run_indistinguishable(void)
{
	struct select_spec spec;
	spec_init(&spec, "accuracy >= 0.5", "best");
	struct sim s = { 2, 2000, xcalloc(4000, sizeof(enum verdict)) };
	struct adapt_rng r;
	adapt_rng_seed(&r, 21);
	for (int i = 0; i < 2; i++) {   /* exactly 1600 correct each, shuffled */
		enum verdict *v = s.v + i * 2000;
		for (int u = 0; u < 2000; u++)
			v[u] = u < 1600 ? V_CORRECT : V_INCORRECT;
		for (int u = 1999; u > 0; u--) {
			int j = (int)adapt_rng_below(&r, (uint64_t)u + 1);
			enum verdict t = v[u];
			v[u] = v[j];
			v[j] = t;
		}
	}
	struct adapt_decision d;
	long at;
	sim_run(&s, &spec, NULL, 100, 0, &d, &at);
	T_EQ_INT(at, 2000);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, 0);
	/* betting sequences (the omniscience index's three counts) are exact
	 * at the whole pool too */
	sim_run_with(&s, &spec, NULL, 100, 0, ADAPT_BETTING, &d, &at);
	T_EQ_INT(at, 2000);
	T_EQ_INT(d.decided, 1);
	T_EQ_INT(d.chosen, 0);
	free(s.v);
	select_spec_release(&spec);
}

/* a model far below the requirement stops as failing after a round or
 * two while the others go on. */
static void test_run_failing(void)
{
	struct select_spec spec;
	spec_init(&spec, "accuracy >= 0.7", "smallest");
	const double acc[2] = { 0.3, 0.72 }, keys[2] = { 1e9, 8e9 };
	struct sim s;
	sim_init(&s, 2, 2000, acc, 5);
	struct adapt_run a;
	struct tri_err err;
	T_EQ_INT(adapt_run_init(&a, &spec, keys, 2, 2000, 100, 0.95, &err), 0);
	struct adapt_decision d;
	int looks = 0;
	for (long u = 0; u < 2000 && adapt_run_active(&a, 0); u += 100) {
		for (size_t i = 0; i < 2; i++)
			for (long j = u; j < u + 100; j++)   /* outcomes are already random */
				adapt_run_add(&a, i, s.v[i * 2000 + (size_t)j], 0);
		T_EQ_INT(adapt_run_look(&a, &d, &err), 0);
		looks++;
	}
	T_EQ_INT(a.status[0], ADAPT_FAILS);
	T_CHECK(looks <= 2);
	T_EQ_INT(a.status[1], ADAPT_ACTIVE);
	T_EQ_INT(d.decided, 0);
	/* a look half-way through a round is not one the plan covers */
	for (int j = 0; j < 50; j++)
		adapt_run_add(&a, 1, V_CORRECT, 0);
	T_EQ_INT(adapt_run_look(&a, &d, &err), -1);
	T_EQ_INT(err.code, TRI_RUNTIME);
	adapt_run_release(&a);
	/* strict selection is refused */
	spec.strict = 1;
	T_EQ_INT(adapt_run_init(&a, &spec, keys, 2, 2000, 100, 0.95, &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
	adapt_run_release(&a);
	free(s.v);
	select_spec_release(&spec);
}

static void test_plan(void)
{
	struct adapt_plan p;
	struct tri_err err;
	T_EQ_INT(adapt_plan_init(&p, 2000, 100, 5, 3, 0.95, &err), 0);
	T_EQ_INT(p.rounds, 20);
	T_NEAR(p.alpha_iv, 0.05 / (5 * 3 * 19), 1e-15);
	T_EQ_INT(adapt_plan_init(&p, 2001, 100, 1, 1, 0.9, &err), 0);
	T_EQ_INT(p.rounds, 21);
	T_NEAR(p.alpha_iv, 0.1 / 20, 1e-15);
	T_EQ_INT(adapt_plan_init(&p, 2000, 100, 5, 3, 1, &err), -1);
	T_EQ_INT(adapt_plan_init(&p, 0, 100, 5, 3, 0.95, &err), -1);
	T_EQ_INT(adapt_plan_init(&p, 10, 100, 0, 3, 0.95, &err), -1);
	enum adapt_metric m;
	T_EQ_INT(adapt_metric_parse("hallucination_rate", &m), 0);
	T_EQ_INT(m, ADAPT_M_HALLUCINATION);
	T_EQ_INT(adapt_metric_parse("latency_s.p50", &m), -1);
	T_EQ_STR(adapt_status_name(ADAPT_DOMINATED), "dominated");
}

int main(void)
{
	T_RUN(test_rng);
	T_RUN(test_hyper);
	T_RUN(test_count_interval);
	T_RUN(test_ratio_interval);
	T_RUN(test_omni_interval);
	T_RUN(test_plan);
	T_RUN(test_width);
	T_RUN(test_coverage);
	T_RUN(test_ratio_coverage);
	T_RUN(test_cs);
	T_RUN(test_cs_coverage);
	T_RUN(test_judge);
	T_RUN(test_decide_smallest);
	T_RUN(test_decide_best);
	T_RUN(test_sampler);
	T_RUN(test_run_clear_winner);
	T_RUN(test_run_indistinguishable);
	T_RUN(test_run_failing);
	return t_done("test_adaptive");
}
