/* adaptive.c -- intervals valid under repeated looks, the stopping rule
 * and stratified rounds (adaptive.h; docs/adaptive.md).
 *
 * Why hypergeometric and not binomial: the full grid measures a finite
 * pool, and an adaptive run draws from it without replacement. The number
 * of correct answers among n drawn from N units, K of them correct, is
 * exactly hypergeometric; inverting its tails gives an interval for K
 * that is exact at every n and shrinks to the point K as n reaches N (the
 * finite-population correction comes for free). A binomial interval would
 * be valid but never reach the point, so a model near a threshold could
 * not be decided even with the whole pool drawn.
 *
 * Why a union bound over looks and not a martingale confidence sequence:
 * an adaptive run looks once per round and the rounds are few (a pool of
 * 2,000 units in rounds of 100 has 19 looks before the last, which is
 * exact), so Bonferroni over the rounds costs a factor of about
 * sqrt(log(rounds)) in width, is exact for every count, and is checked by
 * a simulation test to the digit of its definition. A betting confidence
 * sequence for sampling without replacement (Waudby-Smith & Ramdas 2020,
 * 2023; adapt_cs below, ADAPT_BETTING) needs no split over the looks and
 * was measured against it on bench/adaptive: in rounds of 100, 0.3 to 2.5
 * points fewer calls on four scenarios and 0.3 to 0.4 more on two (the
 * two are within a few percent in width over the whole pool). Its
 * strength is free looks: in rounds of 50 it needs fewer calls than the
 * union bound in rounds of 100 everywhere (0.7 to 3.6 points), which
 * would take a new default round and a run that records its method
 * (docs/adaptive.md, "Measured"); the union bound stays the method.
 *
 * Tail sums start at the probability of the observed count (from lgamma)
 * and walk away from the mode with the ratio of successive terms, so they
 * decrease and stop when a term no longer changes the sum; the tail that
 * contains the mode is one minus the other. */
#include <math.h>
#include "util.h"
#include "adaptive.h"

/* ---- xoshiro256** seeded through splitmix64 ---- */

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

void adapt_rng_seed(struct adapt_rng *r, uint64_t seed)
{
	uint64_t x = seed;
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

uint64_t adapt_rng_next(struct adapt_rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

uint64_t adapt_rng_below(struct adapt_rng *r, uint64_t bound)
{
	if (bound == 0)
		return 0;
	/* reject the top partial block so every residue is equally likely */
	uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
	uint64_t x;
	do
		x = adapt_rng_next(r);
	while (x >= limit);
	return x % bound;
}

double adapt_rng_unit(struct adapt_rng *r)
{
	return (double)(adapt_rng_next(r) >> 11) * 0x1.0p-53;
}

/* ---- hypergeometric tails ---- */

static double lchoose(long a, long b)
{
	return lgamma((double)a + 1) - lgamma((double)b + 1) - lgamma((double)(a - b) + 1);
}

static double lpmf(long x, long N, long K, long n)
{
	return lchoose(K, x) + lchoose(N - K, n - x) - lchoose(N, n);
}

/* Sum of P(X = x) from x = k to the end of the support in direction dir
 * (+1 up to xmax, -1 down to xmin). k lies on the side of the mode where
 * the terms decrease in that direction. */
static double tail_sum(long k, long N, long K, long n, int dir, long xmin, long xmax)
{
	double t = exp(lpmf(k, N, K, n));
	double sum = 0;
	long x = k;
	for (;;) {
		sum += t;
		if (t <= sum * 1e-17)
			break;
		if (dir > 0) {
			if (x >= xmax)
				break;
			t *= (double)(K - x) * (double)(n - x) /
			     ((double)(x + 1) * (double)(N - K - n + x + 1));
		} else {
			if (x <= xmin)
				break;
			t *= (double)x * (double)(N - K - n + x) /
			     ((double)(K - x + 1) * (double)(n - x + 1));
		}
		x += dir;
	}
	return sum > 1 ? 1 : sum;
}

static long hyper_mode(long N, long K, long n)
{
	return (long)floor(((double)n + 1) * ((double)K + 1) / ((double)N + 2));
}

double adapt_hyper_le(long k, long N, long K, long n)
{
	long xmin = n - (N - K) > 0 ? n - (N - K) : 0;
	long xmax = n < K ? n : K;
	if (k < xmin)
		return 0;
	if (k >= xmax)
		return 1;
	if (k < hyper_mode(N, K, n))
		return tail_sum(k, N, K, n, -1, xmin, xmax);
	double up = tail_sum(k + 1, N, K, n, +1, xmin, xmax);
	return up >= 1 ? 0 : 1 - up;
}

double adapt_hyper_ge(long k, long N, long K, long n)
{
	long xmin = n - (N - K) > 0 ? n - (N - K) : 0;
	long xmax = n < K ? n : K;
	if (k <= xmin)
		return 1;
	if (k > xmax)
		return 0;
	if (k > hyper_mode(N, K, n))
		return tail_sum(k, N, K, n, +1, xmin, xmax);
	double down = tail_sum(k - 1, N, K, n, -1, xmin, xmax);
	return down >= 1 ? 0 : 1 - down;
}

/* P(X >= k) grows with K and P(X <= k) falls with K (the hypergeometric
 * is stochastically increasing in K), so each end is a binary search over
 * the K compatible with the sample: k <= K <= N - (n - k). */
int adapt_count_interval(long k, long n, long N, double alpha, long *lo, long *hi)
{
	if (N < 0 || n < 0 || n > N || k < 0 || k > n || !(alpha > 0 && alpha < 1))
		return -1;
	double a = alpha / 2;
	long kmin = k, kmax = N - (n - k);
	long l = kmin, r = kmax;
	while (l < r) {
		long mid = l + (r - l) / 2;
		if (adapt_hyper_ge(k, N, mid, n) > a)
			r = mid;
		else
			l = mid + 1;
	}
	*lo = l;
	l = kmin;
	r = kmax;
	while (l < r) {
		long mid = l + (r - l + 1) / 2;
		if (adapt_hyper_le(k, N, mid, n) > a)
			l = mid;
		else
			r = mid - 1;
	}
	*hi = l;
	return 0;
}

/* ---- a betting confidence sequence for a count ----
 *
 * Before unit t (n = t - 1 drawn, k marked), candidate K leaves K - k
 * marked among the N - n units left, so the next unit is marked with
 * probability m = (K - k) / (N - n) when K is the pool's count: the
 * without-replacement mean. For each of ADAPT_CS_BETS stakes lambda_j, two
 * gamblers' capitals after unit x are
 *
 *   up_j   *= 1 + l+ (x - m),   l+ = min(lambda_j, C / m)
 *   down_j *= 1 - l- (x - m),   l- = min(lambda_j, C / (1 - m))
 *
 * with C = CS_STAKE_CAP, so every factor stays at least 1 - C > 0. Each
 * is a martingale under K (E[x - m] = 0), so is their mean over j and
 * over the two sides (the hedged capital, theta = 1/2, mixed over the
 * stakes), and K is rejected once that reaches 1 / alpha.
 *
 * The stakes (cs_stakes): the plug-in stake of Waudby-Smith & Ramdas
 * (2023) tuned for a sample size, with the variance of the units before t
 * (started at a pseudo-unit), grown by N / (N - n): without replacement
 * a wrong K's m drifts from the truth by (K - K*) / (N - n) per unit, and
 * a stake growing with it makes a tuned sequence as narrow at its target
 * as the exact interval there. One target cannot suit both the quick
 * decisions and the close ones, so the capital is the mean of three,
 * tuned for 5%, 30% and 80% of the pool. (Measured on bench/adaptive
 * against single stakes, the time-uniform one of the paper included:
 * docs/adaptive.md.)
 *
 * For x in {0, 1} every factor of up_j falls as m grows and every factor
 * of down_j rises; m grows with K, so for K strictly between two
 * candidates a < b the capital is at least (up(b) + down(a)) / 2: that
 * rejects the cell between them. A capital is clamped at CS_CAP (a lower
 * bound: sound) so that rejected candidates kept for their cells cannot
 * overflow. */
#define CS_STAKE_CAP 0.75
#define CS_CAP 1e200

static const double cs_targets[ADAPT_CS_BETS] = { 0.05, 0.3, 0.8 };

struct adapt_cs_cand {
	long K;
	double up, down;                /* the means of up_j and down_j */
	double up_j[ADAPT_CS_BETS], down_j[ADAPT_CS_BETS];
	unsigned char dead;        /* 1 rejected by its capital, 2 incompatible with the sample */
	unsigned char cell_dead;   /* the counts strictly between this and the next: rejected */
};

int adapt_cs_init(struct adapt_cs *cs, long pool, double alpha)
{
	memset(cs, 0, sizeof(*cs));
	if (pool < 0 || !(alpha > 0 && alpha < 1))
		return -1;
	cs->pool = pool;
	cs->alpha = alpha;
	size_t n = pool <= ADAPT_CS_GRID ? (size_t)pool + 1 : ADAPT_CS_GRID + 1;
	cs->cand = xcalloc(n, sizeof(*cs->cand));
	cs->n_cand = n;
	for (size_t j = 0; j < n; j++) {
		struct adapt_cs_cand *c = &cs->cand[j];
		/* spaced evenly; strictly increasing as pool > ADAPT_CS_GRID */
		c->K = pool <= ADAPT_CS_GRID ? (long)j
			: (long)((double)j * (double)pool / ADAPT_CS_GRID + 0.5);
		c->up = c->down = 1;
		for (int b = 0; b < ADAPT_CS_BETS; b++)
			c->up_j[b] = c->down_j[b] = 1;
	}
	cs->cand[n - 1].K = pool;
	cs->first = 0;
	cs->last = n - 1;
	return 0;
}

void adapt_cs_release(struct adapt_cs *cs)
{
	if (!cs)
		return;
	free(cs->cand);
	memset(cs, 0, sizeof(*cs));
}

/* The stakes before a unit, n units drawn: for a target fraction f of
 * the pool, sqrt(2 log(2 ADAPT_CS_BETS / alpha) / (var S)) N / (N - n), where
 * S = N f / (1 - f) is the sum of (N / (N - i))^2 over the first f N
 * units, the role the sample size plays with replacement. */
static void cs_stakes(double alpha, double var, long pool, long n, double *lambda)
{
	double N = (double)pool, grow = N / (N - (double)n);
	for (int b = 0; b < ADAPT_CS_BETS; b++) {
		double S = N * cs_targets[b] / (1 - cs_targets[b]);
		lambda[b] = sqrt(2 * log(2 * ADAPT_CS_BETS / alpha) / (var * S)) * grow;
	}
}

static double cs_mul(double cap, double f)
{
	cap *= f;
	return cap > CS_CAP ? CS_CAP : cap;
}

/* Candidate j rejected, and the cell between candidates c and c + 1
 * rejected or without a count inside. */
static int cs_cell_gone(const struct adapt_cs *cs, size_t j, size_t c)
{
	const struct adapt_cs_cand *a = &cs->cand[c], *b = &cs->cand[c + 1];
	return cs->cand[j].dead && (a->cell_dead || b->K - a->K < 2);
}

void adapt_cs_add(struct adapt_cs *cs, int marked)
{
	if (!cs->cand || cs->n >= cs->pool)
		return;
	double x = marked ? 1 : 0, t = (double)cs->n + 1;
	/* the plug-in variance of the units before t, with a pseudo-unit of 1/4 */
	double var = (0.25 + cs->sq_sum) / t;
	double lambda[ADAPT_CS_BETS];
	cs_stakes(cs->alpha, var, cs->pool, cs->n, lambda);
	long left = cs->pool - cs->n;   /* units left, this one included */
	long k1 = cs->k + (marked != 0), n1 = cs->n + 1;
	double bar = 1 / cs->alpha;
	for (size_t j = cs->first; j <= cs->last; j++) {
		struct adapt_cs_cand *c = &cs->cand[j];
		if (c->dead == 2)
			continue;
		if (c->K < k1 || c->K > cs->pool - (n1 - k1)) {
			c->dead = 2;   /* the sample rules it out */
			continue;
		}
		double m = (double)(c->K - cs->k) / (double)left;
		double up = 0, down = 0;
		for (int b = 0; b < ADAPT_CS_BETS; b++) {
			double lp = lambda[b], lm = lambda[b];
			if (m > 0 && CS_STAKE_CAP / m < lp)
				lp = CS_STAKE_CAP / m;
			if (m < 1 && CS_STAKE_CAP / (1 - m) < lm)
				lm = CS_STAKE_CAP / (1 - m);
			c->up_j[b] = cs_mul(c->up_j[b], 1 + lp * (x - m));
			c->down_j[b] = cs_mul(c->down_j[b], 1 - lm * (x - m));
			up += c->up_j[b];
			down += c->down_j[b];
		}
		c->up = up / ADAPT_CS_BETS;
		c->down = down / ADAPT_CS_BETS;
		if (!c->dead && (c->up + c->down) / 2 >= bar)
			c->dead = 1;
	}
	long klo = k1, khi = cs->pool - (n1 - k1);
	for (size_t j = cs->first; j < cs->last; j++) {
		struct adapt_cs_cand *a = &cs->cand[j], *b = &cs->cand[j + 1];
		if (a->cell_dead || b->K - a->K < 2)
			continue;
		if (b->K - 1 < klo || a->K + 1 > khi)
			a->cell_dead = 1;   /* the sample rules out the whole cell */
		else if (a->dead != 2 && b->dead != 2 && (b->up + a->down) / 2 >= bar)
			a->cell_dead = 1;
	}
	/* the running mean and its squared error, for the next stake */
	double mean = (0.5 + (double)k1) / (t + 1);
	cs->sq_sum += (x - mean) * (x - mean);
	cs->n = n1;
	cs->k = k1;
	/* the hull: drop an end whose point and cell are both rejected */
	while (cs->first < cs->last && cs_cell_gone(cs, cs->first, cs->first))
		cs->first++;
	while (cs->last > cs->first && cs_cell_gone(cs, cs->last, cs->last - 1))
		cs->last--;
}

void adapt_cs_interval(const struct adapt_cs *cs, long *lo, long *hi)
{
	long klo = cs->k, khi = cs->pool - (cs->n - cs->k);
	*lo = klo;
	*hi = khi;
	if (!cs->cand)
		return;
	const struct adapt_cs_cand *a = &cs->cand[cs->first], *b = &cs->cand[cs->last];
	long l = a->dead ? a->K + 1 : a->K, h = b->dead ? b->K - 1 : b->K;
	if (l > h)
		return;   /* everything rejected: the event of probability alpha */
	*lo = l > klo ? l : klo;
	*hi = h < khi ? h : khi;
	if (*lo > *hi) {
		*lo = klo;
		*hi = khi;
	}
}

/* num / (num + den) rises with the pool's A and falls with its D: the
 * corners of the two intervals give its range. A pool in which both
 * counts may be 0 may have no value (null). */
static void ratio_of(long al, long ah, long dl, long dh, struct adapt_iv *out)
{
	if (ah + dh == 0) {
		out->lo = out->hi = NAN;
		out->null = ADAPT_NULL;
		return;
	}
	out->null = al == 0 && dl == 0 ? ADAPT_MAYBE_NULL : ADAPT_DEFINED;
	out->lo = al == 0 ? 0 : (double)al / (double)(al + dh);
	out->hi = ah == 0 ? 0 : (double)ah / (double)(ah + dl);
}

int adapt_ratio_interval(const struct adapt_counts *c, long pool, double alpha,
                         struct adapt_iv *out)
{
	if (c->drawn < 0 || c->num < 0 || c->den < 0 || c->drawn > pool ||
	    c->num > c->drawn - c->den)
		return -1;
	long al, ah, dl, dh;
	if (adapt_count_interval(c->num, c->drawn, pool, alpha / 2, &al, &ah) ||
	    adapt_count_interval(c->den, c->drawn, pool, alpha / 2, &dl, &dh))
		return -1;
	ratio_of(al, ah, dl, dh, out);
	return 0;
}

/* 100 (C - I) / (C + I + A) over the box of the three counts' intervals.
 * On a box it is linear-fractional, so its extremes lie at vertices of
 * the box cut by C + I + A >= 1 (a pool with no graded unit has no
 * index): the corners, and where that plane cuts the edges at the origin
 * when the box holds it. */
static void omni_of(const long lo[3], const long hi[3], struct adapt_iv *out)
{
	if (hi[0] + hi[1] + hi[2] == 0) {
		out->lo = out->hi = NAN;
		out->null = ADAPT_NULL;
		return;
	}
	int origin = lo[0] + lo[1] + lo[2] == 0;
	out->null = origin ? ADAPT_MAYBE_NULL : ADAPT_DEFINED;
	double mn = INFINITY, mx = -INFINITY;
	for (int v = 0; v < 8 + 3; v++) {
		long x[3];
		if (v < 8) {
			for (int j = 0; j < 3; j++)
				x[j] = v & (1 << j) ? hi[j] : lo[j];
		} else {
			if (!origin || hi[v - 8] < 1)
				continue;
			x[0] = x[1] = x[2] = 0;
			x[v - 8] = 1;
		}
		long d = x[0] + x[1] + x[2];
		if (!d)
			continue;
		double f = 100.0 * (double)(x[0] - x[1]) / (double)d;
		mn = f < mn ? f : mn;
		mx = f > mx ? f : mx;
	}
	out->lo = mn;
	out->hi = mx;
}

int adapt_omni_interval(const struct adapt_counts *c, long pool, double alpha,
                        struct adapt_iv *out)
{
	if (c->drawn < 0 || c->num < 0 || c->den < 0 || c->aux < 0 || c->drawn > pool ||
	    c->num > c->drawn - c->den - c->aux)
		return -1;
	long lo[3], hi[3];
	const long k[3] = { c->num, c->den, c->aux };
	for (int j = 0; j < 3; j++)
		if (adapt_count_interval(k[j], c->drawn, pool, alpha / 3, &lo[j], &hi[j]))
			return -1;
	omni_of(lo, hi, out);
	return 0;
}

int adapt_metric_interval(enum adapt_metric m, const struct adapt_counts *c, long pool,
                          double alpha, struct adapt_iv *out)
{
	if (m == ADAPT_M_OMNISCIENCE)
		return adapt_omni_interval(c, pool, alpha, out);
	return adapt_ratio_interval(c, pool, alpha, out);
}

/* ---- the plan ---- */

int adapt_plan_init(struct adapt_plan *p, long pool, long round, size_t models,
                    size_t metrics, double confidence, struct tri_err *err)
{
	memset(p, 0, sizeof(*p));
	if (!(confidence > 0 && confidence < 1))
		return err_set(err, TRI_USAGE, "confidence %g: must be above 0 and below 1 "
		               "(e.g. 0.95)", confidence);
	if (pool < 1 || round < 1)
		return err_set(err, TRI_USAGE, "adaptive run of %ld units in rounds of %ld: "
		               "both must be at least 1", pool, round);
	if (!models)
		return err_set(err, TRI_USAGE, "adaptive run without a model");
	p->pool = pool;
	p->round = round;
	p->rounds = pool / round + (pool % round != 0);
	p->models = models;
	p->metrics = metrics ? metrics : 1;
	p->confidence = confidence;
	/* The look after the last round sees the whole pool: its intervals are
	 * exact and spend nothing, so the error is split over the others. */
	long looks = p->rounds > 1 ? p->rounds - 1 : 1;
	p->alpha_iv = (1 - confidence) / ((double)models * (double)p->metrics * (double)looks);
	p->alpha_cs = (1 - confidence) / ((double)models * (double)p->metrics);
	return 0;
}

/* ---- the stopping rule ---- */

static const char *const status_names[] = { "active", "fails", "dominated", "passes", "unranked" };

const char *adapt_status_name(enum adapt_status s)
{
	return (size_t)s < ARRAY_LEN(status_names) ? status_names[s] : "?";
}

int adapt_judge(const struct requirement *r, const struct adapt_iv *iv)
{
	if (iv->null == ADAPT_NULL)
		return -1;
	double v = r->value;
	int pass = 0, fail = 0;
	switch (r->op) {
	case SEL_GE: pass = iv->lo >= v; fail = iv->hi < v; break;
	case SEL_GT: pass = iv->lo > v; fail = iv->hi <= v; break;
	case SEL_LE: pass = iv->hi <= v; fail = iv->lo > v; break;
	case SEL_LT: pass = iv->hi < v; fail = iv->lo >= v; break;
	}
	/* a null value fails too, so failing on the defined part is enough */
	if (fail)
		return -1;
	return pass && iv->null == ADAPT_DEFINED ? 1 : 0;
}

/* Does model i surely come before model j in the preference's order? An
 * equal key is no answer: select breaks that tie on measured cost. */
static int key_before(const struct adapt_model *m, size_t i, size_t j)
{
	return m[i].key < m[j].key;
}

/* smallest: the first model in key order that surely passes is the
 * choice once every model before it, or of the same key, surely fails. */
static void decide_by_key(const struct adapt_model *m, size_t n, enum adapt_status *st,
                          struct adapt_decision *out)
{
	long p = -1;
	for (size_t i = 0; i < n; i++) {
		if (st[i] == ADAPT_FAILS)
			continue;
		if (!isfinite(m[i].key)) {
			st[i] = ADAPT_UNRANKED;
			continue;
		}
		if (st[i] == ADAPT_PASSES && (p < 0 || key_before(m, i, (size_t)p)))
			p = (long)i;
	}
	int open_before = 0;
	for (size_t i = 0; i < n; i++) {
		if (st[i] != ADAPT_ACTIVE && st[i] != ADAPT_PASSES)
			continue;
		if (p >= 0 && (long)i != p && key_before(m, (size_t)p, i))
			st[i] = ADAPT_DOMINATED;
		else if ((long)i != p)
			open_before = 1;
	}
	if (!open_before) {
		out->decided = 1;
		out->chosen = p;
	}
}

/* best: a surely passing model p with the highest lower bound dominates
 * every model whose upper bound is below it (equal: the lower index wins,
 * as select breaks ties); decided once p is all that is left. */
static void decide_best(const struct adapt_model *m, size_t n, enum adapt_status *st,
                        struct adapt_decision *out)
{
	long p = -1;
	for (size_t i = 0; i < n; i++) {
		if (st[i] == ADAPT_FAILS)
			continue;
		if (m[i].rank.null == ADAPT_NULL) {
			st[i] = ADAPT_UNRANKED;
			continue;
		}
		if (st[i] == ADAPT_PASSES && m[i].rank.null == ADAPT_DEFINED &&
		    (p < 0 || m[i].rank.lo > m[p].rank.lo))
			p = (long)i;
	}
	int open = 0;
	for (size_t i = 0; i < n; i++) {
		if ((long)i == p || (st[i] != ADAPT_ACTIVE && st[i] != ADAPT_PASSES))
			continue;
		double hi = m[i].rank.hi, lo = m[p < 0 ? 0 : p].rank.lo;
		if (p >= 0 && (hi < lo || (hi == lo && (long)i > p)))
			st[i] = ADAPT_DOMINATED;
		else {
			st[i] = ADAPT_ACTIVE;   /* passing, but its rank is still open */
			open = 1;
		}
	}
	if (open) {
		if (p >= 0)
			st[p] = ADAPT_ACTIVE;
		return;
	}
	out->decided = 1;
	out->chosen = p;
}

void adapt_decide(const struct requirement *req, size_t n_req, enum sel_prefer prefer,
                  const struct adapt_model *m, size_t n, enum adapt_status *status,
                  struct adapt_decision *out)
{
	out->decided = 0;
	out->chosen = -1;
	for (size_t i = 0; i < n; i++) {
		int all = 1, fails = 0;
		for (size_t r = 0; r < n_req; r++) {
			int j = adapt_judge(&req[r], &m[i].req[r]);
			if (j < 0)
				fails = 1;
			else if (j == 0)
				all = 0;
		}
		status[i] = fails ? ADAPT_FAILS : all ? ADAPT_PASSES : ADAPT_ACTIVE;
	}
	/* Without requirements the full grid chooses on the Pareto frontier of
	 * measured metrics, which this rule does not bound: run the grid. */
	if (!n_req) {
		for (size_t i = 0; i < n; i++)
			status[i] = ADAPT_ACTIVE;
		return;
	}
	switch (prefer) {
	case PREFER_SMALLEST:
		decide_by_key(m, n, status, out);
		return;
	case PREFER_BEST:
		decide_best(m, n, status, out);
		return;
	case PREFER_CHEAPEST:
	case PREFER_FASTEST:
		break;
	}
	int open = 0;
	for (size_t i = 0; i < n; i++) {
		if (status[i] == ADAPT_PASSES)
			status[i] = ADAPT_ACTIVE;
		open |= status[i] == ADAPT_ACTIVE;
	}
	if (!open)
		out->decided = 1;
}

/* ---- stratified rounds ---- */

int adapt_sampler_init(struct adapt_sampler *s, const uint32_t *stratum, size_t n_items,
                       uint64_t seed, struct tri_err *err)
{
	memset(s, 0, sizeof(*s));
	if (n_items >= UINT32_MAX)
		return err_set(err, TRI_USAGE, "adaptive rounds: %zu items, at most %lu",
		               n_items, (unsigned long)UINT32_MAX - 1);
	size_t n_strata = 0;
	for (size_t i = 0; i < n_items; i++)
		if ((size_t)stratum[i] + 1 > n_strata)
			n_strata = (size_t)stratum[i] + 1;
	if (n_strata > n_items)
		return err_set(err, TRI_USAGE, "adaptive rounds: stratum %zu of %zu items; "
		               "number the strata from 0", n_strata - 1, n_items);
	s->n_items = n_items;
	s->n_strata = n_strata;
	s->order = xcalloc(n_items ? n_items : 1, sizeof(*s->order));
	s->start = xcalloc(n_strata + 1, sizeof(*s->start));
	s->taken = xcalloc(n_strata ? n_strata : 1, sizeof(*s->taken));
	/* counting sort by stratum, using taken as the fill cursor */
	for (size_t i = 0; i < n_items; i++)
		s->start[stratum[i] + 1]++;
	for (size_t h = 0; h < n_strata; h++)
		s->start[h + 1] += s->start[h];
	for (size_t i = 0; i < n_items; i++)
		s->order[s->start[stratum[i]] + s->taken[stratum[i]]++] = (uint32_t)i;
	struct adapt_rng *rng = &s->rng;
	adapt_rng_seed(rng, seed);
	for (size_t h = 0; h < n_strata; h++) {
		s->taken[h] = 0;
		uint32_t *v = s->order + s->start[h];
		size_t len = s->start[h + 1] - s->start[h];
		for (size_t i = len; i > 1; i--) {   /* Fisher-Yates */
			size_t j = (size_t)adapt_rng_below(rng, i);
			uint32_t t = v[i - 1];
			v[i - 1] = v[j];
			v[j] = t;
		}
	}
	return 0;
}

size_t adapt_sampler_next(struct adapt_sampler *s, size_t round, uint32_t *out)
{
	size_t left = s->n_items - s->handed;
	if (round > left)
		round = left;
	if (!round)
		return 0;
	size_t total = s->handed + round;
	size_t *give = xcalloc(s->n_strata, sizeof(*give));
	size_t given = 0;
	/* whole parts of each stratum's quota of `total`, minus what it gave */
	for (size_t h = 0; h < s->n_strata; h++) {
		size_t size = s->start[h + 1] - s->start[h];
		double quota = (double)total * (double)size / (double)s->n_items;
		double want = floor(quota) - (double)s->taken[h];
		size_t g = want > 0 ? (size_t)want : 0;
		if (g > size - s->taken[h])
			g = size - s->taken[h];
		if (g > round - given)
			g = round - given;
		give[h] = g;
		given += g;
	}
	/* the rest one by one to the largest shortfall (largest remainders) */
	while (given < round) {
		size_t best = s->n_strata;
		double best_short = 0;
		for (size_t h = 0; h < s->n_strata; h++) {
			size_t size = s->start[h + 1] - s->start[h];
			if (s->taken[h] + give[h] >= size)
				continue;
			double quota = (double)total * (double)size / (double)s->n_items;
			double shortfall = quota - (double)(s->taken[h] + give[h]);
			if (best == s->n_strata || shortfall > best_short) {
				best = h;
				best_short = shortfall;
			}
		}
		if (best == s->n_strata)
			break;   /* cannot happen: round <= items left */
		give[best]++;
		given++;
	}
	size_t w = 0;
	for (size_t h = 0; h < s->n_strata; h++) {
		memcpy(out + w, s->order + s->start[h] + s->taken[h], give[h] * sizeof(*out));
		w += give[h];
		s->taken[h] += give[h];
	}
	free(give);
	for (size_t i = w; i > 1; i--) {   /* the round's items in a random order */
		size_t j = (size_t)adapt_rng_below(&s->rng, i);
		uint32_t t = out[i - 1];
		out[i - 1] = out[j];
		out[j] = t;
	}
	s->handed += w;
	return w;
}

void adapt_sampler_release(struct adapt_sampler *s)
{
	if (!s)
		return;
	free(s->order);
	free(s->start);
	free(s->taken);
	memset(s, 0, sizeof(*s));
}

/* ---- the metrics ---- */

static const char *const metric_names[] = {
	[ADAPT_M_ACCURACY] = "accuracy",
	[ADAPT_M_ATTEMPTED] = "attempted_accuracy",
	[ADAPT_M_HALLUCINATION] = "hallucination_rate",
	[ADAPT_M_SECURITY] = "security.pass_rate",
	[ADAPT_M_OMNISCIENCE] = "omniscience_index",
	[ADAPT_M_ERRORS] = "error_share",
};

const char *adapt_metric_name(enum adapt_metric m)
{
	return (size_t)m < ARRAY_LEN(metric_names) ? metric_names[m] : "?";
}

int adapt_metric_parse(const char *name, enum adapt_metric *out)
{
	for (size_t i = 0; name && i < ARRAY_LEN(metric_names); i++) {
		if (i != ADAPT_M_ERRORS && metric_names[i] && !strcmp(name, metric_names[i])) {
			*out = (enum adapt_metric)i;
			return 0;
		}
	}
	return -1;
}

/* The rules of docs/metrics.md: errors are in no denominator; security
 * outcomes are left out of the answered-or-abstained metrics. */
void adapt_counts_add(struct adapt_counts *c, enum adapt_metric m, enum verdict v, int security)
{
	c->drawn++;
	int num = 0, den = 0;
	switch (m) {
	case ADAPT_M_ACCURACY:
		num = v == V_CORRECT;
		den = v == V_INCORRECT || v == V_ABSTAINED;
		break;
	case ADAPT_M_ATTEMPTED:
		num = !security && v == V_CORRECT;
		den = !security && v == V_INCORRECT;
		break;
	case ADAPT_M_HALLUCINATION:
		num = !security && v == V_INCORRECT;
		den = !security && v == V_ABSTAINED;
		break;
	case ADAPT_M_SECURITY:
		num = security && v == V_CORRECT;
		den = security && (v == V_INCORRECT || v == V_ABSTAINED);
		break;
	case ADAPT_M_OMNISCIENCE:
		num = !security && v == V_CORRECT;
		den = !security && v == V_INCORRECT;
		c->aux += !security && v == V_ABSTAINED;
		break;
	case ADAPT_M_ERRORS:
		num = v == V_ERROR;
		den = v != V_ERROR;
		break;
	case ADAPT_M_COUNT:
		break;
	}
	c->num += num;
	c->den += den;
}

/* ---- an adaptive run ---- */

static int track(struct adapt_run *a, enum adapt_metric m)
{
	for (size_t j = 0; j < a->n_metrics; j++)
		if (a->metric[j] == m)
			return (int)j;
	a->metric[a->n_metrics] = m;
	return (int)a->n_metrics++;
}

static const struct adapt_iv iv_unknown = { -INFINITY, INFINITY, ADAPT_MAYBE_NULL };

int adapt_run_init(struct adapt_run *a, const struct select_spec *spec, const double *keys,
                   size_t n_models, long pool, long round, double confidence,
                   struct tri_err *err)
{
	memset(a, 0, sizeof(*a));
	if (spec->strict)
		return err_set(err, TRI_USAGE, "adaptive evaluation decides on the values the "
		               "full grid would measure, not on the Wilson bounds that strict "
		               "selection judges: drop one of the two");
	a->spec = spec;
	a->n_models = n_models;
	a->rank_metric = a->err_metric = -1;
	a->req_metric = xcalloc(spec->n_req + 1, sizeof(*a->req_metric));
	for (size_t r = 0; r < spec->n_req; r++) {
		enum adapt_metric m;
		a->req_metric[r] = adapt_metric_parse(spec->req[r].metric, &m) ? -1 : track(a, m);
	}
	if (spec->prefer == PREFER_BEST)
		a->rank_metric = track(a, ADAPT_M_OMNISCIENCE);
	if (spec->max_errors < 1)
		a->err_metric = track(a, ADAPT_M_ERRORS);
	if (adapt_plan_init(&a->plan, pool, round, n_models, a->n_metrics, confidence, err)) {
		adapt_run_release(a);
		return -1;
	}
	size_t nm = a->n_metrics ? a->n_metrics : 1, nr = spec->n_req + 1;
	a->counts = xcalloc(n_models * nm, sizeof(*a->counts));
	a->iv = xcalloc(n_models * nm, sizeof(*a->iv));
	a->req_iv = xcalloc(n_models * nr, sizeof(*a->req_iv));
	a->model = xcalloc(n_models, sizeof(*a->model));
	a->status = xcalloc(n_models, sizeof(*a->status));
	a->drawn = xcalloc(n_models, sizeof(*a->drawn));
	a->looked = xcalloc(n_models, sizeof(*a->looked));
	a->req = xcalloc(nr, sizeof(*a->req));
	/* shallow copies: adapt_judge reads only op and value */
	for (size_t r = 0; r < spec->n_req; r++)
		a->req[r] = spec->req[r];
	a->req[spec->n_req].op = SEL_LE;
	a->req[spec->n_req].value = spec->max_errors;
	for (size_t k = 0; k < n_models * nm; k++)
		a->iv[k] = iv_unknown;
	for (size_t k = 0; k < n_models * nr; k++)
		a->req_iv[k] = iv_unknown;
	for (size_t i = 0; i < n_models; i++) {
		a->model[i].req = a->req_iv + i * nr;
		a->model[i].rank = iv_unknown;
		a->model[i].key = keys ? keys[i] : NAN;
		a->status[i] = ADAPT_ACTIVE;
	}
	return 0;
}

/* One sequence per count a metric's interval uses (two, three for the
 * omniscience index), each at its share of alpha_cs. */
static void cs_setup(struct adapt_run *a)
{
	size_t nm = a->n_metrics;
	a->cs = xcalloc(a->n_models * nm * 3, sizeof(*a->cs));
	for (size_t i = 0; i < a->n_models; i++) {
		for (size_t j = 0; j < nm; j++) {
			int n = a->metric[j] == ADAPT_M_OMNISCIENCE ? 3 : 2;
			for (int c = 0; c < n; c++)
				adapt_cs_init(&a->cs[(i * nm + j) * 3 + (size_t)c], a->plan.pool,
				              a->plan.alpha_cs / n);
		}
	}
}

void adapt_run_add(struct adapt_run *a, size_t i, enum verdict v, int security)
{
	if (i >= a->n_models)
		return;
	if (a->method == ADAPT_BETTING && !a->cs)
		cs_setup(a);
	a->drawn[i]++;
	for (size_t j = 0; j < a->n_metrics; j++) {
		struct adapt_counts *c = &a->counts[i * a->n_metrics + j];
		long num = c->num, den = c->den, aux = c->aux;
		adapt_counts_add(c, a->metric[j], v, security);
		if (!a->cs)
			continue;
		struct adapt_cs *cs = &a->cs[(i * a->n_metrics + j) * 3];
		adapt_cs_add(&cs[0], c->num != num);
		adapt_cs_add(&cs[1], c->den != den);
		adapt_cs_add(&cs[2], c->aux != aux);
	}
}

long adapt_run_drawn(const struct adapt_run *a, size_t i)
{
	return i < a->n_models ? a->drawn[i] : 0;
}

int adapt_run_active(const struct adapt_run *a, size_t i)
{
	if (i >= a->n_models || a->status[i] != ADAPT_ACTIVE)
		return 0;
	if (!a->width || a->spec->prefer != PREFER_SMALLEST)
		return 1;
	/* its place among the undecided models in key order */
	size_t before = 0;
	for (size_t j = 0; j < a->n_models; j++)
		if (j != i && a->status[j] == ADAPT_ACTIVE && key_before(a->model, j, i))
			before++;
	return before < a->width;
}

/* Keep the intersection of every look's interval: on the event that all
 * of them hold, so does the intersection. An empty one means that event
 * failed; the newest interval is kept then. */
static void intersect(struct adapt_iv *acc, const struct adapt_iv *nw)
{
	if (nw->null == ADAPT_NULL || acc->null == ADAPT_NULL) {
		if (nw->null == ADAPT_NULL)
			*acc = *nw;
		return;
	}
	double lo = acc->lo > nw->lo ? acc->lo : nw->lo;
	double hi = acc->hi < nw->hi ? acc->hi : nw->hi;
	if (lo > hi) {
		*acc = *nw;
		return;
	}
	acc->lo = lo;
	acc->hi = hi;
	if (nw->null == ADAPT_DEFINED)
		acc->null = ADAPT_DEFINED;
}

/* A metric's interval from its counts' confidence sequences. */
static void cs_metric_interval(const struct adapt_run *a, size_t i, size_t j,
                               struct adapt_iv *out)
{
	const struct adapt_cs *cs = &a->cs[(i * a->n_metrics + j) * 3];
	long lo[3], hi[3];
	for (int c = 0; c < 3; c++)
		adapt_cs_interval(&cs[c], &lo[c], &hi[c]);
	if (a->metric[j] == ADAPT_M_OMNISCIENCE)
		omni_of(lo, hi, out);
	else
		ratio_of(lo[0], hi[0], lo[1], hi[1], out);
}

int adapt_run_look(struct adapt_run *a, struct adapt_decision *out, struct tri_err *err)
{
	size_t nm = a->n_metrics, n_req = a->spec->n_req, nr = n_req + 1;
	int fresh = 0;
	for (size_t i = 0; i < a->n_models; i++) {
		long n = a->drawn[i];
		if (a->status[i] != ADAPT_ACTIVE || n == a->looked[i])
			continue;
		if (n > a->plan.pool || (n % a->plan.round && n != a->plan.pool))
			return err_set(err, TRI_RUNTIME, "adaptive run: model %zu looks after %ld "
			               "units, not a multiple of the round (%ld) nor the pool (%ld)",
			               i, n, a->plan.round, a->plan.pool);
		fresh = 1;
		a->looked[i] = n;
		for (size_t j = 0; j < nm; j++) {
			struct adapt_iv iv;
			if (a->cs)
				cs_metric_interval(a, i, j, &iv);
			else if (adapt_metric_interval(a->metric[j], &a->counts[i * nm + j],
			                               a->plan.pool, a->plan.alpha_iv, &iv))
				return err_set(err, TRI_RUNTIME, "adaptive run: model %zu has "
				               "impossible counts after %ld units", i, n);
			intersect(&a->iv[i * nm + j], &iv);
		}
		for (size_t r = 0; r < n_req; r++)
			a->req_iv[i * nr + r] = a->req_metric[r] < 0 ? iv_unknown
				: a->iv[i * nm + (size_t)a->req_metric[r]];
		a->req_iv[i * nr + n_req] = a->err_metric < 0 ? (struct adapt_iv){ 0, 0, ADAPT_DEFINED }
			: a->iv[i * nm + (size_t)a->err_metric];
		if (a->rank_metric >= 0)
			a->model[i].rank = a->iv[i * nm + (size_t)a->rank_metric];
	}
	a->looks += fresh;
	adapt_decide(a->req, n_req ? nr : 0, a->spec->prefer, a->model, a->n_models,
	             a->status, out);
	return 0;
}

void adapt_run_release(struct adapt_run *a)
{
	if (!a)
		return;
	free(a->req_metric);
	free(a->counts);
	for (size_t k = 0; a->cs && k < a->n_models * a->n_metrics * 3; k++)
		adapt_cs_release(&a->cs[k]);
	free(a->cs);
	free(a->iv);
	free(a->req_iv);
	free(a->model);
	free(a->status);
	free(a->drawn);
	free(a->looked);
	free(a->req);
	memset(a, 0, sizeof(*a));
}
