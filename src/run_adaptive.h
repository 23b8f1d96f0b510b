/* run_adaptive.h -- an adaptive run: the units sent in rounds, until the
 * choice is decided (docs/adaptive.md; the statistics are adaptive.h's).
 *
 * The plan is the whole grid, as for any run: every task is planned and
 * stored. What an adaptive run adds is an order: each unit (item x sample)
 * gets a rank, its place in a stratified shuffle by suite, category and
 * difficulty (adapt_sampler, seeded with the seed the run's config
 * records), stored with the unit's tasks (one per model). Round k extends
 * the list to the first k x round units; the models still active are sent
 * their tasks ranked within it (run_send with a rank limit), the answers
 * are graded (and judged), and each model's verdicts are fed to the
 * intervals in rank order, read back from the store; then a look.
 *
 * The state lives in the store only: the ranks, the responses and the
 * grades. Resuming replays the stored verdicts round by round, which
 * rebuilds the intervals and the decisions exactly (every look falls on the
 * same units), and sends only what the interrupted round had not. After
 * each look the state is written for the report (store_put_adaptive):
 *
 *   {confidence, round, seed, pool, units, rounds, looks, alpha_interval,
 *    finished, decided, chosen, models: [{id, status, units, intervals:
 *    {METRIC: {lo, hi, null}}}]}
 *
 * units: the length of the list handed out; rounds: its rounds; finished:
 * the rounds ended (decided, or every active model has its whole pool);
 * chosen: the decided choice (null: none, or nothing decided). */
#ifndef TRI_RUN_ADAPTIVE_H
#define TRI_RUN_ADAPTIVE_H

#include <stdint.h>
#include "config.h"
#include "run.h"
#include "store.h"
#include "suite.h"

/* A seed for a new adaptive run's order (53 bits, so that JSON readers
 * keep it exact). */
long long run_adaptive_seed(void);

/* The rank of every unit of a new run (items in plan order, each with its
 * samples: unit = item x c->samples + sample), 0-based: the order the
 * stratified sampler hands them out in rounds of c->round with seed
 * c->seed. Caller frees *rank (n_units entries). TRI_USAGE when the run
 * has 2^32 units or more. */
int run_adaptive_ranks(const struct config *c, const struct suite *sv, size_t n,
                       uint32_t **rank, size_t *n_units, struct tri_err *err);

/* Send run's tasks in rounds (see above) until the choice is decided or
 * every active model has answered its whole pool, grading (and judging)
 * each round (*n_graded: the answers graded). note (may be NULL) gets one
 * line per look. A stop
 * (opts->stop) ends it with *stopped = 1 after what is in flight: every
 * answer is stored, and calling it again (--resume) goes on. */
int run_adaptive(struct store *st, const char *run, const struct config *c,
                 const struct run_opts *opts, void (*note)(void *ctx, const char *line),
                 void *note_ctx, size_t *n_graded, int *stopped, struct tri_err *err);

#endif
