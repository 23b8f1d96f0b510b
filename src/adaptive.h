/* adaptive.h -- the statistics of adaptive evaluation: intervals that stay
 * valid under repeated looks, the stopping rule, stratified rounds.
 *
 * An adaptive run sends the items of a run in rounds, to every model still
 * active, and after each round asks whether the recommendation is already
 * decided. Its target is the full grid: the value a metric would have if
 * every item of the pool (the N units: items x samples) were sent. Stored
 * responses are reused, so the outcome of an item sent adaptively is the
 * outcome the full grid would store; the only randomness is which items
 * were drawn, and the intervals are about the pool's value, not about an
 * imagined infinite population.
 *
 * Method (docs/adaptive.md has the derivation): every proportion of the
 * metrics (accuracy, attempted accuracy, hallucination rate, security pass
 * rate) is a ratio A / (A + D) of two disjoint counts over the pool: A the
 * units in the numerator, D those in the denominator only. Drawing without
 * replacement, the number of A-units among n drawn is hypergeometric, so
 * an exact two-sided interval for A (and one for D) follows by inverting
 * its tails; the ratio's interval is the range of A / (A + D) over both.
 * Validity at every look is a union bound: one interval's error alpha_iv
 * is (1 - confidence) split evenly over the models, the metrics of each
 * and the rounds a run can have before its last (whose look sees the
 * whole pool and is exact), so
 *
 *   P(some pool value leaves its interval at some look) <= 1 - confidence
 *
 * for any stopping decision made from the intervals (Bonferroni; no
 * assumption on how the metrics or models depend on each other). The
 * alternative, a betting confidence sequence per count (adapt_cs,
 * method ADAPT_BETTING), is valid at every n without that split; it was
 * measured and not adopted (docs/adaptive.md).
 *
 * Ownership: everything here is a value type or a struct the caller owns;
 * only adapt_sampler holds heap memory (adapt_sampler_release). Nothing
 * prints, nothing exits. */
#ifndef TRI_ADAPTIVE_H
#define TRI_ADAPTIVE_H

#include <stddef.h>
#include <stdint.h>
#include "err.h"
#include "grade.h"
#include "select.h"

/* ---- the random generator: xoshiro256** seeded through splitmix64 ----
 * (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * 2021). Deterministic given the seed. */
struct adapt_rng {
	uint64_t s[4];
};

void adapt_rng_seed(struct adapt_rng *r, uint64_t seed);
uint64_t adapt_rng_next(struct adapt_rng *r);
/* Uniform in [0, bound) without modulo bias; bound 0 gives 0. */
uint64_t adapt_rng_below(struct adapt_rng *r, uint64_t bound);
/* Uniform double in [0, 1), 53 random bits. */
double adapt_rng_unit(struct adapt_rng *r);

/* ---- exact intervals for a count of a finite pool ---- */

/* Hypergeometric tails: X = the number of marked units among n drawn
 * without replacement from N units of which K are marked. */
double adapt_hyper_le(long k, long N, long K, long n);   /* P(X <= k) */
double adapt_hyper_ge(long k, long N, long K, long n);   /* P(X >= k) */

/* The exact two-sided interval [*lo, *hi] for K, the number of marked
 * units of a pool of N, after k marked units among n drawn without
 * replacement: every K whose tails at k both exceed alpha / 2.
 * P(K outside) <= alpha. n = 0 gives [0, N]; n = N gives [k, k].
 * Returns -1 (and leaves lo, hi alone) when the counts are impossible. */
int adapt_count_interval(long k, long n, long N, double alpha, long *lo, long *hi);

/* ---- a betting confidence sequence for a count of a finite pool ----
 * (Waudby-Smith & Ramdas, "Estimating means of bounded random variables by
 * betting", JRSS B 2023, with the without-replacement mean of their
 * "Confidence sequences for sampling without replacement", NeurIPS 2020.)
 * The units are fed one by one in the order drawn, x = 1 for a marked
 * unit. For each candidate pool count K two gamblers bet, with stakes
 * fixed before the unit is seen, that the next unit is marked more (less)
 * often than the K - k marked units left among the N - n left would make
 * it; their mean capital is a nonnegative martingale with mean 1 when K
 * is the pool's count, so by Ville's inequality it ever reaches 1 / alpha
 * with probability at most alpha. The sequence is every K whose capital
 * never did: valid at every n at once, with no split over the looks, and
 * exact at n = N (only K = k is then compatible with the sample).
 *
 * Candidates: every K when N <= ADAPT_CS_GRID, else ADAPT_CS_GRID + 1
 * evenly spaced ones; between two candidates the capital is bounded below
 * from theirs (each gambler's capital is monotone in K), so a whole cell is
 * rejected without evaluating its counts. Only the candidates between the
 * lowest and highest not yet rejected are updated: at most
 * 3 (ADAPT_CS_GRID + 1) products per unit, 80 bytes per candidate. */
#define ADAPT_CS_GRID 1024
#define ADAPT_CS_BETS 3   /* stakes mixed per candidate (adaptive.c: cs_stakes) */

struct adapt_cs_cand;

struct adapt_cs {
	long pool;          /* N */
	double alpha;
	long n, k;          /* units drawn, marked ones among them */
	double sq_sum;      /* sum of squared errors of the plug-in means (the variance's) */
	struct adapt_cs_cand *cand;
	size_t n_cand, first, last;   /* the candidates first..last may be in the sequence */
};

/* Set up cs for a pool of N units at error alpha in (0, 1). -1 (and cs
 * left empty) for a pool below 0 or a bad alpha. Holds heap memory:
 * adapt_cs_release. */
int adapt_cs_init(struct adapt_cs *cs, long pool, double alpha);
/* Feed the next unit drawn: marked (1) or not (0). Ignored past the pool. */
void adapt_cs_add(struct adapt_cs *cs, int marked);
/* The interval [*lo, *hi] for the pool's count after the units fed so
 * far: the hull of the candidates never rejected, within the counts the
 * sample allows (k <= K <= N - (n - k)). P(the pool's count is ever
 * outside) <= alpha. */
void adapt_cs_interval(const struct adapt_cs *cs, long *lo, long *hi);
void adapt_cs_release(struct adapt_cs *cs);

/* Whether a metric's pool value exists: a ratio over an empty denominator
 * is null, and a requirement on null fails (as in select.c). */
enum adapt_null { ADAPT_DEFINED, ADAPT_MAYBE_NULL, ADAPT_NULL };

/* An interval for one metric of one model. [lo, hi] bounds the value when
 * it exists (null != ADAPT_NULL); -INFINITY / INFINITY when nothing is
 * known, lo == hi once the value is exact. */
struct adapt_iv {
	double lo, hi;
	enum adapt_null null;
};

/* A proportion's counts over the units drawn so far. */
struct adapt_counts {
	long drawn;   /* units drawn from the pool, whatever their verdict */
	long num;     /* units in the numerator (accuracy: correct) */
	long den;     /* units in the denominator only (accuracy: incorrect and abstained) */
	long aux;     /* omniscience index only: the abstentions (den: the incorrect) */
};

/* The interval of num / (num + den) over a pool of `pool` units at error
 * alpha: exact intervals for the pool's two counts at alpha / 2 each.
 * -1 when the counts are impossible (num + den > drawn, drawn > pool). */
int adapt_ratio_interval(const struct adapt_counts *c, long pool, double alpha,
                         struct adapt_iv *out);

/* The interval of the omniscience index 100 (C - I) / (C + I + A) with
 * C = num, I = den, A = aux: exact intervals for the three pool counts at
 * alpha / 3 each, the index's range over them (a linear-fractional
 * function: its extremes are at the vertices of the box). */
int adapt_omni_interval(const struct adapt_counts *c, long pool, double alpha,
                        struct adapt_iv *out);

/* ---- the metrics adaptive evaluation bounds ----
 * The proportions of the METRICS object (docs/metrics.md), each as
 * num / (num + den) over the units of the pool; the omniscience index,
 * which preference best ranks by; and the error share that select's "not
 * measured" rule uses (errors / units). Other metrics (latency, cost,
 * per-suite metrics) have no interval here: an adaptive run leaves a
 * requirement on them open until the full grid. */
enum adapt_metric {
	ADAPT_M_ACCURACY,       /* correct / graded */
	ADAPT_M_ATTEMPTED,      /* correct / (correct + incorrect), non-security */
	ADAPT_M_HALLUCINATION,  /* incorrect / (incorrect + abstained), non-security */
	ADAPT_M_SECURITY,       /* correct / graded, security suites only */
	ADAPT_M_OMNISCIENCE,    /* 100 (correct - incorrect) / graded, non-security */
	ADAPT_M_ERRORS,         /* error / all units */
	ADAPT_M_COUNT
};

/* The metric a requirement names ("accuracy", "hallucination_rate" ...);
 * -1 when it is not one adaptive evaluation bounds. */
int adapt_metric_parse(const char *name, enum adapt_metric *out);
/* Its name: those above, and "error_share" for ADAPT_M_ERRORS. */
const char *adapt_metric_name(enum adapt_metric m);
/* Count one drawn unit with verdict v (security: its suite's axis is
 * security) into c, a count of metric m. */
void adapt_counts_add(struct adapt_counts *c, enum adapt_metric m, enum verdict v, int security);
/* The interval of metric m from its counts (adapt_ratio_interval or
 * adapt_omni_interval). */
int adapt_metric_interval(enum adapt_metric m, const struct adapt_counts *c, long pool,
                          double alpha, struct adapt_iv *out);

/* ---- the plan: how alpha is split ---- */

/* How an interval stays valid at every look:
 *   ADAPT_UNION    exact hypergeometric intervals (adapt_count_interval) at
 *                  alpha_iv: a union bound over the looks;
 *   ADAPT_BETTING  betting confidence sequences (adapt_cs) at alpha_cs:
 *                  valid at every n, no split over the looks. */
enum adapt_method { ADAPT_UNION, ADAPT_BETTING };

struct adapt_plan {
	long pool;          /* units of the run (items x samples) */
	long round;         /* units per round */
	long rounds;        /* the most rounds: ceil(pool / round) */
	size_t models, metrics;   /* metrics: interval-bearing metrics per model */
	double confidence;  /* of the whole choice, e.g. 0.95 */
	double alpha_iv;    /* (1 - confidence) / (models * metrics * (rounds - 1)):
	                       the look at the whole pool is exact and spends nothing */
	double alpha_cs;    /* (1 - confidence) / (models * metrics): a confidence
	                       sequence's, valid at every look */
};

/* Fill p; TRI_USAGE error for a confidence outside (0, 1), a pool or a
 * round below 1, or no model. metrics 0 counts as 1. */
int adapt_plan_init(struct adapt_plan *p, long pool, long round, size_t models,
                    size_t metrics, double confidence, struct tri_err *err);

/* ---- the stopping rule ---- */

enum adapt_status {
	ADAPT_ACTIVE,      /* keeps receiving items */
	ADAPT_FAILS,       /* surely fails a requirement: stop */
	ADAPT_DOMINATED,   /* surely not the choice (another surely ranks first): stop */
	ADAPT_PASSES,      /* surely passes and its place is decided: stop */
	ADAPT_UNRANKED,    /* the preference cannot place it (no size, no price): stop */
};

/* What the rule knows of one model after a look. */
struct adapt_model {
	const struct adapt_iv *req;   /* one interval per requirement, in spec order */
	struct adapt_iv rank;         /* PREFER_BEST: the omniscience index's interval */
	double key;                   /* PREFER_SMALLEST: the declared size; NAN unknown */
};

struct adapt_decision {
	int decided;     /* the full grid's choice is known (at the plan's confidence) */
	long chosen;     /* its index, -1 for "no model meets the requirements" */
};

/* Is requirement r surely met (1), surely not met (-1), or open (0) on iv? */
int adapt_judge(const struct requirement *r, const struct adapt_iv *iv);

/* Apply the rule to models m[0..n) and write status[0..n) and *out.
 *   smallest: by key, a fixed property (select: size.active, else
 *     size.total). Two models of the same key are never told apart here
 *     (select breaks that tie on measured cost): the choice stays open.
 *   best: by rank, the omniscience index as select ranks; an exact tie
 *     goes to the lower index (pass models in id order, as select breaks
 *     ties).
 *   cheapest, fastest: select ranks them on measured cost per item and
 *     latency, which these intervals do not bound: models may stop as
 *     failing, but the choice is only decided when nothing can be chosen.
 * Without requirements nothing is decided (select then chooses on the
 * Pareto frontier of measured metrics). */
void adapt_decide(const struct requirement *req, size_t n_req, enum sel_prefer prefer,
                  const struct adapt_model *m, size_t n, enum adapt_status *status,
                  struct adapt_decision *out);

/* The name of a status: "active", "fails", "dominated", "passes", "unranked". */
const char *adapt_status_name(enum adapt_status s);

/* ---- stratified rounds ----
 * Items 0..n_items-1, each in one stratum (a suite x category x difficulty
 * the caller numbers 0..). Within a stratum the order is a seeded random
 * permutation; each round hands out items so that every stratum's share of
 * all items handed out so far is its share of the run (largest remainders,
 * never more than it holds), in a random order within the round (a betting
 * confidence sequence reads the units one by one, and grouped by stratum
 * they would not come as a random draw). Memory: 4 bytes per item, 16 per
 * stratum. */
struct adapt_sampler {
	uint32_t *order;     /* item indices grouped by stratum, shuffled within */
	size_t *start;       /* stratum h is order[start[h] .. start[h + 1]) */
	size_t *taken;       /* items of stratum h handed out */
	size_t n_items, n_strata, handed;
	struct adapt_rng rng;   /* shuffles each round's items among themselves */
};

/* Group items by stratum[i] (n_items of them, fewer than 2^32) and shuffle
 * with seed. TRI_USAGE error when there are too many items. */
int adapt_sampler_init(struct adapt_sampler *s, const uint32_t *stratum, size_t n_items,
                       uint64_t seed, struct tri_err *err);
/* Write up to `round` next item indices to out (room for `round`);
 * returns how many (0 once every item was handed out). */
size_t adapt_sampler_next(struct adapt_sampler *s, size_t round, uint32_t *out);
void adapt_sampler_release(struct adapt_sampler *s);

/* ---- an adaptive run: what the engine keeps between rounds ----
 *
 *   adapt_run_init()                      once: the spec, the models' keys, the pool
 *   loop:
 *     adapt_sampler_next()                the next round's units, appended to
 *                                         the run's list of units handed out
 *     for each model with adapt_run_active():
 *       send it the units of that list from adapt_run_drawn() on
 *       adapt_run_add() per answer        (errors included), in list order
 *     adapt_run_look()                    statuses and the decision
 *   until decided, or no active model has units left to answer (a model
 *   that joins late catches up after the last round too); then report the
 *   calls and the confidence; with nothing decided, select_run() on the
 *   full grid.
 *
 * Every model answers a prefix of one list: the units in the order the
 * sampler handed them out. A model looks only when its prefix ends on a
 * round (a multiple of the round size) or is the whole pool, so its looks
 * are among the plan's rounds whatever the stopping decisions were, and
 * the union bound of the plan covers them. A model that is not yet active
 * (see width) catches up on the units it missed before its first look.
 *
 * width: with smallest, only the first `width` models in key
 * order that are still undecided receive items (0: every undecided
 * model). A larger model is then asked only when the ones before it fail
 * or stay open: fewer calls, more rounds of wall time. The statuses and
 * the decision do not depend on it.
 *
 * Each model's intervals are intersected over its looks (all of them hold
 * at once on the event the union bound covers), so statuses never go back:
 * a model that stopped stays stopped. */
struct adapt_run {
	struct adapt_plan plan;
	const struct select_spec *spec;      /* borrowed; outlives the run */
	size_t n_models, n_metrics;
	size_t width;             /* see above; 0 after init */
	enum adapt_metric metric[ADAPT_M_COUNT];   /* the metrics tracked */
	int *req_metric;          /* per requirement: index into metric, -1 unbounded */
	int rank_metric;          /* PREFER_BEST: the omniscience index's, else -1 */
	int err_metric;           /* the error share's index, -1 when max_errors >= 1 */
	enum adapt_method method;  /* ADAPT_UNION after init; set before the first adapt_run_add */
	struct adapt_counts *counts;   /* [model * n_metrics + metric] */
	struct adapt_cs *cs;           /* ADAPT_BETTING: [(model * n_metrics + metric) * 3 + count],
	                                  the counts num, den, aux; set up at the first unit */
	struct adapt_iv *iv;           /* [model * n_metrics + metric], intersected */
	struct adapt_iv *req_iv;       /* [model * (n_req + 1) + r]; the last is the error share */
	long *drawn;                   /* per model: units answered (the prefix length) */
	long *looked;                  /* per model: the prefix length at its last look */
	struct adapt_model *model;
	enum adapt_status *status;
	struct requirement *req;       /* the spec's requirements + "error share <= max_errors" */
	long looks;                    /* looks at which some model had new units */
};

/* Set up a run of n_models (keys[i]: the declared size for smallest,
 * ignored otherwise; NAN unknown) over pool units in rounds of
 * `round`. TRI_USAGE error for a strict spec (strict judges the full
 * grid's Wilson bounds, which this does not estimate) or a bad plan. */
int adapt_run_init(struct adapt_run *a, const struct select_spec *spec, const double *keys,
                   size_t n_models, long pool, long round, double confidence,
                   struct tri_err *err);
/* Record the answer to the next unit of model i's prefix. */
void adapt_run_add(struct adapt_run *a, size_t i, enum verdict v, int security);
/* Units model i has answered: it is sent the list from there on. */
long adapt_run_drawn(const struct adapt_run *a, size_t i);
/* After a round: new intervals for the models with new units, the rule
 * applied. TRI_RUNTIME error when a model's prefix does not end on a
 * round or the pool (its look would not be one the plan covers). */
int adapt_run_look(struct adapt_run *a, struct adapt_decision *out, struct tri_err *err);
/* Should model i receive units now? Undecided, and within the width. */
int adapt_run_active(const struct adapt_run *a, size_t i);
void adapt_run_release(struct adapt_run *a);

#endif
