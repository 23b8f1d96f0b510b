/* adaptive_sim.c -- the simulation behind bench/adaptive.
 *
 * Scripted models with known true rates answer a pool of items; for each
 * seed the per-item outcomes are drawn once (so the full grid's metrics
 * are those of that pool, not the true rates), then the choice is made
 * twice: by the full grid (every model, every item: the project's
 * metrics_compute() and select_run() on the complete report) and adaptively (src/adaptive.c: stratified rounds,
 * intervals valid at every look, models stopped as they are decided).
 * Prints, per scenario, how often the two choices agree and the share of
 * the full grid's calls the adaptive run made.
 *
 * Items fall into 4 suites x 3 difficulties (12 strata). An item's
 * chance of a correct answer is the model's accuracy shifted by the
 * difficulty (+0.10, 0, -0.10) and the suite (-0.04 .. +0.04); a wrong
 * answer is a confident one (incorrect) with the model's hallucination
 * rate, else an abstention.
 *
 *   usage: adaptive_sim [--seeds N] [--pool N] [--round N] [--width N]
 *                       [--confidence C] [--scenario NAME] [--method M] [--quiet]
 * --width: adapt_run's width (0, the default: every undecided model
 * receives every round). --method: how the intervals hold at every look,
 * union (hypergeometric intervals, a union bound over the looks) or
 * betting (betting confidence sequences); default adapt_run_init's. */
#include <math.h>
#include "util.h"
#include "err.h"
#include "grade.h"
#include "metrics.h"
#include "select.h"
#include "adaptive.h"

struct model_def {
	const char *name;
	double size;     /* parameters */
	double acc;      /* true accuracy */
	double hr;       /* true hallucination rate */
};

struct scenario {
	const char *name, *what;
	const char *prefer;
	size_t n_models;
	struct model_def m[5];
};

/* Requirements of every scenario: accuracy >= 0.7, hallucination <= 0.1. */
static const struct scenario scenarios[] = {
	{ "easy", "the choice clears both thresholds by 0.06 or more", "smallest", 5, {
		{ "tiny-1b", 1e9, 0.45, 0.40 },
		{ "small-3b", 3e9, 0.60, 0.20 },
		{ "medium-8b", 8e9, 0.82, 0.04 },
		{ "large-30b", 30e9, 0.88, 0.03 },
		{ "xl-70b", 70e9, 0.92, 0.02 } } },
	{ "moderate", "the choice clears accuracy by 0.06, hallucination by 0.04", "smallest", 5, {
		{ "tiny-1b", 1e9, 0.50, 0.35 },
		{ "small-3b", 3e9, 0.64, 0.15 },
		{ "medium-8b", 8e9, 0.76, 0.06 },
		{ "large-30b", 30e9, 0.85, 0.04 },
		{ "xl-70b", 70e9, 0.90, 0.03 } } },
	{ "hard", "two models within 0.03 of a threshold", "smallest", 5, {
		{ "tiny-1b", 1e9, 0.55, 0.30 },
		{ "small-3b", 3e9, 0.68, 0.12 },
		{ "medium-8b", 8e9, 0.73, 0.08 },
		{ "large-30b", 30e9, 0.85, 0.05 },
		{ "xl-70b", 70e9, 0.90, 0.03 } } },
	{ "edge", "the smallest passing model sits on both thresholds", "smallest", 5, {
		{ "tiny-1b", 1e9, 0.55, 0.30 },
		{ "small-3b", 3e9, 0.66, 0.14 },
		{ "medium-8b", 8e9, 0.705, 0.095 },
		{ "large-30b", 30e9, 0.85, 0.05 },
		{ "xl-70b", 70e9, 0.90, 0.03 } } },
	{ "none", "no model meets the requirements (all hallucinate)", "smallest", 4, {
		{ "tiny-1b", 1e9, 0.50, 0.45 },
		{ "small-3b", 3e9, 0.65, 0.35 },
		{ "medium-8b", 8e9, 0.75, 0.25 },
		{ "large-30b", 30e9, 0.85, 0.20 } } },
	{ "best", "preference best: the highest omniscience index of those that pass", "best", 4, {
		{ "small-3b", 3e9, 0.64, 0.08 },
		{ "medium-8b", 8e9, 0.76, 0.06 },
		{ "large-30b", 30e9, 0.84, 0.05 },
		{ "xl-70b", 70e9, 0.90, 0.30 } } },
};

static const char *const requirements[] = { "accuracy >= 0.7", "hallucination_rate <= 0.1" };

#define N_STRATA 12

struct opts {
	long seeds, pool, round, width;
	double confidence;
	const char *only;
	int quiet;
	int method;   /* enum adapt_method, -1 adapt_run_init's default */
};

/* Per-item outcomes of every model for one seed: v[model * pool + item]. */
static void draw_pool(const struct scenario *sc, long pool, uint64_t seed, uint32_t *stratum,
                      enum verdict *v)
{
	static const double diff_shift[3] = { 0.10, 0.0, -0.10 };
	static const double suite_shift[4] = { -0.04, -0.01, 0.01, 0.04 };
	struct adapt_rng r;
	adapt_rng_seed(&r, seed);
	for (long u = 0; u < pool; u++)
		stratum[u] = (uint32_t)(u % N_STRATA);   /* suite = s / 3, difficulty = s % 3 */
	for (size_t i = 0; i < sc->n_models; i++) {
		for (long u = 0; u < pool; u++) {
			double p = sc->m[i].acc + diff_shift[stratum[u] % 3] + suite_shift[stratum[u] / 3];
			p = p < 0 ? 0 : p > 1 ? 1 : p;
			enum verdict x;
			if (adapt_rng_unit(&r) < p)
				x = V_CORRECT;
			else
				x = adapt_rng_unit(&r) < sc->m[i].hr ? V_INCORRECT : V_ABSTAINED;
			v[i * (size_t)pool + (size_t)u] = x;
		}
	}
}

/* The full grid's choice: every outcome of the pool through the
 * project's own metrics_compute() and select_run(), as `trilemma select`
 * would judge the complete run. Returns the chosen model's index, -1 for
 * none, -2 on an error. */
static long full_grid(const struct scenario *sc, const struct select_spec *spec, long pool,
                      const enum verdict *v, struct outcome *out, const struct outcome **ptr)
{
	json_t *models = json_array();
	for (size_t i = 0; i < sc->n_models; i++) {
		for (long u = 0; u < pool; u++) {
			struct outcome *o = &out[u];
			memset(o, 0, sizeof(*o));
			o->model = sc->m[i].name;
			o->suite = "sim";
			o->axis = "knowledge";
			o->item = "i";
			o->verdict = v[i * (size_t)pool + (size_t)u];
			o->score = o->verdict == V_CORRECT;
			o->confidence = o->latency_s = o->ttft_s = o->reasoning_s = o->cost_usd = NAN;
			o->tok_in = o->tok_out = o->tok_reason = -1;
			ptr[u] = o;
		}
		json_t *m = json_pack("{s:s, s:{s:f, s:f}, s:o, s:{s:f}, s:{}, s:{}}",
		                      "id", sc->m[i].name, "size", "total", sc->m[i].size,
		                      "active", sc->m[i].size, "overall",
		                      metrics_compute(ptr, (size_t)pool), "requests",
		                      "error_share", 0.0, "suites", "categories");
		if (!m || json_array_append_new(models, m)) {
			json_decref(models);
			return -2;
		}
	}
	json_t *sel = select_run(models, spec);
	const char *id = json_string_value(json_object_get(sel, "chosen"));
	long chosen = -1;
	for (size_t i = 0; id && i < sc->n_models; i++)
		if (!strcmp(id, sc->m[i].name))
			chosen = (long)i;
	json_decref(sel);
	json_decref(models);
	return chosen;
}

/* One adaptive run; returns the calls made, -1 on an error (printed). */
static long adaptive(const struct scenario *sc, const struct select_spec *spec, long pool,
                     const struct opts *o, uint64_t seed, const uint32_t *stratum,
                     const enum verdict *v, uint32_t *handed, struct adapt_decision *d,
                     long *rounds)
{
	double keys[5];
	for (size_t i = 0; i < sc->n_models; i++)
		keys[i] = sc->m[i].size;
	struct adapt_run a;
	struct adapt_sampler s;
	struct tri_err err;
	if (adapt_run_init(&a, spec, keys, sc->n_models, pool, o->round, o->confidence, &err)) {
		err_print("adaptive_sim", &err);
		return -1;
	}
	if (adapt_sampler_init(&s, stratum, (size_t)pool, seed ^ UINT64_C(0x5eed), &err)) {
		err_print("adaptive_sim", &err);
		adapt_run_release(&a);
		return -1;
	}
	a.width = (size_t)o->width;
	if (o->method >= 0)
		a.method = (enum adapt_method)o->method;
	long calls = 0, drawn = 0;
	size_t got;
	*rounds = 0;
	d->decided = 0;
	d->chosen = -1;
	while (!d->decided) {
		got = adapt_sampler_next(&s, (size_t)o->round, handed + drawn);
		drawn += (long)got;
		/* every model answers a prefix of the units handed out; one that
		 * joins late answers the units it missed first, also after the
		 * last round */
		long sent = 0;
		for (size_t i = 0; i < sc->n_models; i++) {
			if (!adapt_run_active(&a, i))
				continue;
			for (long u = adapt_run_drawn(&a, i); u < drawn; u++, sent++)
				adapt_run_add(&a, i, v[i * (size_t)pool + handed[u]], 0);
		}
		calls += sent;
		if (!sent)
			break;
		++*rounds;
		if (adapt_run_look(&a, d, &err)) {
			err_print("adaptive_sim", &err);
			calls = -1;
			break;
		}
	}
	adapt_sampler_release(&s);
	adapt_run_release(&a);
	return calls;
}

static int run_scenario(const struct scenario *sc, const struct opts *o)
{
	struct select_spec spec;
	struct tri_err err;
	if (select_spec_parse(&spec, (char *const *)requirements, ARRAY_LEN(requirements),
	                      sc->prefer, 0, NAN, &err)) {
		err_print("adaptive_sim", &err);
		return -1;
	}
	size_t pool = (size_t)o->pool;
	uint32_t *stratum = xcalloc(pool, sizeof(*stratum));
	uint32_t *handed = xcalloc(pool, sizeof(*handed));
	enum verdict *v = xcalloc(sc->n_models * pool, sizeof(*v));
	double *share = xcalloc((size_t)o->seeds, sizeof(*share));
	struct outcome *outs = xcalloc(pool, sizeof(*outs));
	const struct outcome **ptrs = xcalloc(pool, sizeof(*ptrs));
	long agree = 0, none = 0, rounds_sum = 0, picked[5] = { 0 };
	int rc = 0;
	for (long k = 0; k < o->seeds; k++) {
		uint64_t seed = (uint64_t)k * 7919 + 1;
		draw_pool(sc, o->pool, seed, stratum, v);
		long grid = full_grid(sc, &spec, o->pool, v, outs, ptrs);
		if (grid < -1) {
			fprintf(stderr, "adaptive_sim: cannot build the full grid's report\n");
			rc = -1;
			break;
		}
		struct adapt_decision d;
		long rounds;
		long calls = adaptive(sc, &spec, o->pool, o, seed, stratum, v, handed, &d, &rounds);
		rounds_sum += rounds;
		if (calls < 0) {
			rc = -1;
			break;
		}
		share[k] = (double)calls / ((double)sc->n_models * (double)o->pool);
		agree += d.decided && d.chosen == grid;
		if (grid < 0)
			none++;
		else
			picked[grid]++;
		if (!o->quiet && !(d.decided && d.chosen == grid))
			printf("  seed %ld: full grid %s, adaptive %s%s\n", k,
			       grid < 0 ? "none" : sc->m[grid].name,
			       d.chosen < 0 ? "none" : sc->m[d.chosen].name,
			       d.decided ? "" : " (not decided)");
	}
	if (!rc) {
		double mean = 0;
		for (long k = 0; k < o->seeds; k++)
			mean += share[k];
		mean /= (double)o->seeds;
		double median = metrics_quantile(share, (size_t)o->seeds, 0.5);
		double p90 = metrics_quantile(share, (size_t)o->seeds, 0.9);
		printf("%-9s same choice %5.1f%%  calls: mean %5.1f%%  median %5.1f%%  "
		       "p90 %5.1f%%  rounds: mean %4.1f\n", sc->name,
		       100.0 * (double)agree / (double)o->seeds, 100 * mean, 100 * median,
		       100 * p90, (double)rounds_sum / (double)o->seeds);
		if (!o->quiet) {
			printf("          %s; the full grid chose", sc->what);
			for (size_t i = 0; i < sc->n_models; i++)
				if (picked[i])
					printf(" %s %ld,", sc->m[i].name, picked[i]);
			printf(" none %ld\n", none);
		}
	}
	free(stratum);
	free(handed);
	free(v);
	free(share);
	free(outs);
	free(ptrs);
	select_spec_release(&spec);
	return rc;
}

static int usage(void)
{
	fprintf(stderr, "usage: adaptive_sim [--seeds N] [--pool N] [--round N] [--width N] "
	        "[--confidence C] [--scenario NAME] [--method union|betting] [--quiet]\n");
	return TRI_USAGE;
}

int main(int argc, char **argv)
{
	struct opts o = { 100, 2000, 100, 0, 0.95, NULL, 0, -1 };
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
		int bad = 0;
		if (!strcmp(a, "--quiet")) {
			o.quiet = 1;
			continue;
		}
		if (!val)
			return usage();
		if (!strcmp(a, "--seeds"))
			bad = parse_long(val, &o.seeds) || o.seeds < 1;
		else if (!strcmp(a, "--pool"))
			bad = parse_long(val, &o.pool) || o.pool < 1;
		else if (!strcmp(a, "--round"))
			bad = parse_long(val, &o.round) || o.round < 1;
		else if (!strcmp(a, "--width"))
			bad = parse_long(val, &o.width) || o.width < 0;
		else if (!strcmp(a, "--confidence"))
			bad = parse_double(val, &o.confidence) || !(o.confidence > 0 && o.confidence < 1);
		else if (!strcmp(a, "--scenario"))
			o.only = val;
		else if (!strcmp(a, "--method"))
			bad = (o.method = !strcmp(val, "union") ? ADAPT_UNION
			       : !strcmp(val, "betting") ? ADAPT_BETTING : -1) < 0;
		else
			return usage();
		if (bad) {
			fprintf(stderr, "adaptive_sim: %s: bad value \"%s\"\n", a, val);
			return TRI_USAGE;
		}
		i++;
	}
	printf("adaptive vs full grid: %ld seeds, pool %ld items in %d strata, rounds of %ld, "
	       "width %ld%s, confidence %g, intervals %s; requirements: %s, %s\n", o.seeds,
	       o.pool, N_STRATA, o.round, o.width, o.width ? "" : " (all)", o.confidence,
	       o.method == ADAPT_BETTING ? "betting" : o.method == ADAPT_UNION ? "union"
	       : "default", requirements[0], requirements[1]);
	int found = 0;
	for (size_t i = 0; i < ARRAY_LEN(scenarios); i++) {
		if (o.only && strcmp(o.only, scenarios[i].name))
			continue;
		found = 1;
		if (run_scenario(&scenarios[i], &o))
			return TRI_RUNTIME;
	}
	if (!found) {
		fprintf(stderr, "adaptive_sim: no scenario \"%s\"\n", o.only);
		return TRI_USAGE;
	}
	return TRI_OK;
}
