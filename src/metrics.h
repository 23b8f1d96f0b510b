/* metrics.h -- the metrics of SPEC §6 over a set of graded outcomes.
 *
 * The report layer groups outcomes (per model; per model and suite; per
 * model and category; per difficulty ...) and calls metrics_compute() on
 * each group. `error` outcomes are excluded from every denominator and
 * counted on their own. A metric that cannot be computed is JSON null. */
#ifndef TRI_METRICS_H
#define TRI_METRICS_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>
#include "grade.h"

/* One graded response. Unknown numbers are NAN (doubles) or -1 (tokens). */
struct outcome {
	const char *model;      /* model id */
	const char *suite;      /* suite name */
	const char *axis;       /* the suite's axis */
	const char *item;       /* item id */
	const char *category;   /* NULL when none */
	int difficulty;         /* 0 when none */
	int sample;             /* sample index, 0-based */
	enum verdict verdict;
	double score;
	double confidence;      /* NAN when not stated */
	int64_t tok_in, tok_out, tok_reason;
	double latency_s;       /* total seconds of the successful attempt */
	double ttft_s;          /* time to first token, NAN when not streamed */
	double reasoning_s;     /* time until the first answer token after reasoning, NAN */
	double cost_usd;        /* NAN when neither usage.cost nor a price is known */
};

/* The METRICS object of SPEC §6 for outcomes v[0..n). New reference. */
json_t *metrics_compute(const struct outcome *const *v, size_t n);

/* The same, as the outcomes come: metrics_acc_add() each (the outcome is
 * not kept: its strings may go after the call), metrics_acc_json() for
 * the METRICS object (new reference; the accumulator may take more
 * outcomes after). Memory does not grow with the outcomes: counts and
 * sums, and for the quantiles at most 256 samples kept exactly, then bins
 * (token counts exact; seconds within 0.5%, relative); for AUROC the
 * distinct stated confidences. */
struct metrics_acc;
struct metrics_acc *metrics_acc_new(void);
void metrics_acc_add(struct metrics_acc *a, const struct outcome *o);
json_t *metrics_acc_json(struct metrics_acc *a);
void metrics_acc_free(struct metrics_acc *a);

/* Wilson score interval at 95% for k successes of n; n = 0 gives NAN. */
void metrics_wilson(long k, long n, double *lo, double *hi);
/* Two-sided exact McNemar p-value for b and c discordant pairs. */
double metrics_mcnemar_p(long b, long c);
/* The q-quantile (0..1) of v[0..n) by linear interpolation; sorts v. */
double metrics_quantile(double *v, size_t n, double q);

/* The paired comparison of models a and b (one entry of the report's
 * "comparisons"): their outcomes on the same unit (suite, item, sample),
 * where neither is an error, counted pair by pair with
 * metrics_pairs_add(); metrics_pairs_json() gives {"a","b","suite",
 * "pairs","both","a_only","b_only","neither","p_value"} with McNemar's
 * exact p on a_only/b_only (p_value null when nothing paired; suite NULL
 * gives null). New reference. */
struct metrics_pairs {
	long pairs, both, a_only, b_only, neither;
};
void metrics_pairs_add(struct metrics_pairs *p, int a_correct, int b_correct);
json_t *metrics_pairs_json(const char *a, const char *b, const char *suite,
                           const struct metrics_pairs *p);

#endif
