/* run.h -- a run: plan the tasks, send them, grade the responses.
 *
 * The life of a run: running (run_plan) -> sending (run_send; may be
 * interrupted and continued by run_send on the same run, which is what
 * --resume does) -> grading (run_grade) -> finished. Each step works from
 * the store, so every step can be repeated after a crash. Nothing here
 * prints: progress goes to callbacks the command provides. */
#ifndef TRI_RUN_H
#define TRI_RUN_H

#include <signal.h>
#include "config.h"
#include "store.h"
#include "suite.h"

struct run_progress {
	size_t total;       /* tasks to send in this invocation */
	size_t done;        /* durable responses (ok or failed) */
	size_t failed;      /* of which failed after retries */
	size_t cached;      /* answered from the store */
	size_t retries;     /* attempts that failed and were sent again */
	double spend_usd;   /* cost of the responses so far (usage.cost or price) */
	double started;     /* now_mono() at the start */
};

/* A budget for the whole run (--max-cost), earlier invocations included:
 * before each request starts, what the run has spent, plus what the
 * requests in flight hold back (estimate_reserve), plus what this one
 * would hold back must stay within max_usd; else nothing new starts, the
 * requests in flight finish, and sending ends as after a stop. A
 * response's actual cost (usage.cost, else its tokens at the model's
 * prices, else the estimate) replaces what it held back. */
struct run_budget {
	double max_usd;      /* in: USD */
	double spent_usd;    /* out: what the run has spent */
	size_t n_left;       /* out, when reached: requests without an ok answer (sent again on resume) */
	double left_usd;     /* out, when reached: what they would hold back */
	int reached;         /* out: the budget ended the sending */
};

struct run_opts {
	int no_cache;
	int judge_only;                /* send only the judge's tasks */
	volatile sig_atomic_t *stop;   /* set by a signal handler: stop sending */
	int wake_fd;                   /* written to by the same handler, or -1 */
	double grace_s;                /* how long requests in flight may finish after a stop */
	void (*progress)(void *ctx, const struct run_progress *p);
	void (*stopping)(void *ctx, size_t in_flight, double grace_s);
	void *ctx;                     /* for progress, stopping and note */
	double poll_s;                 /* batch runs: seconds between polls */
	void (*note)(void *ctx, const char *line);   /* batch runs: what changed */
	struct run_budget *budget;     /* NULL: none; every model needs a price */
	const struct suite *suites;    /* the run's suites, for the typical answer */
	size_t n_suites;               /* lengths the budget estimates (output_tokens) */
	/* an adaptive round (run_adaptive.h): only the model tasks ranked up to
	 * rank_max (0: every task, as planned) never sent (planned), or with
	 * rank_failed only those whose answer failed, of the models i with
	 * lanes_on[i] (NULL: every model), in rank order; no judge task */
	int64_t rank_max;
	int rank_failed;
	const unsigned char *lanes_on;
	/* run_send grades each model answer as it stores it (run_grade then
	 * grades the rest: failures, the cache's answers); it adds how many
	 * to *graded when not NULL */
	size_t *graded;
	/* when not NULL, cleared as run_send links a task to the cache's
	 * answer, which it does not grade: while it stays set, every answer
	 * this process stored is graded, and a run it planned needs no
	 * run_grade() */
	int *all_graded;
	/* several workers (store.h): how long a claimed task stays this
	 * worker's without a renewal, in seconds; 0: RUN_LEASE_S */
	double lease_s;
	/* the run's own lease (run_hold), renewed while sending; 0: none */
	double hold_s;
};

/* Wait s seconds, or until a stop (o->stop, o->wake_fd): 1 when stopped. */
int run_wait(const struct run_opts *o, double s);

/* Take (or renew) the run's own lease, for a run one worker sends at a
 * time (adaptive rounds, the batch APIs): TRI_RUNTIME naming the worker
 * that holds it; a dead process of this machine holds nothing. */
int run_hold(struct store *st, const char *run, double lease_s, struct tri_err *err);

#define RUN_LEASE_S 60.0
#define RUN_LEASE_MIN_S 5.0

/* Every model of c (and the judge) has a price: TRI_USAGE naming the
 * first that has none, for what needs one (e.g. "--max-cost"). */
int run_check_prices(const struct config *c, const char *why, struct tri_err *err);

/* One request of a new run, rendered as run_plan() stores it (and as
 * run --dry-run estimates it without a store). */
struct run_request {
	const struct suite *suite;
	const struct item *item;
	const struct model *model;
	size_t model_index;      /* into c->models */
	long sample;
	int first_of_item;       /* the item's first request */
	const char *body;        /* the request body (JSON), body_len bytes */
	size_t body_len;
	const char *hash;        /* the cache key (base URL, body, and the sample when sampled) */
};

/* Render every request of a new run, in plan order (suite, item, sample,
 * model), and hand each to fn; its strings are valid during the call. The
 * judge's requests are not among them: they are made from the answers. */
int run_each_request(const struct config *c, const struct suite *suites, size_t n_suites,
                     int (*fn)(void *ctx, const struct run_request *rq, struct tri_err *err),
                     void *ctx, struct tri_err *err);

/* Create the run in the store: run row, models, suites, items, planned
 * tasks -- all in one transaction, so a failure leaves nothing behind.
 * rank: for an adaptive run, each unit's place in the order of sending
 * (run_adaptive_ranks), stored with its tasks; else NULL.
 * Caller frees *run_id. */
int run_plan(struct store *st, const struct config *c, const struct suite *suites,
             size_t n_suites, const uint32_t *rank, const char *argv, char **run_id,
             struct tri_err *err);

/* Send every task of run that has no ok response (planned or failed),
 * answering from the cache first unless opts->no_cache. The models come
 * from c (for limits and keys). Returns 0 when every task has a durable
 * response, or when a stop or the budget cut it short (*stopped = 1; the
 * budget says reached). */
int run_send(struct store *st, const char *run, const struct config *c,
             const struct run_opts *opts, int *stopped, struct tri_err *err);

/* Run a batch run's tasks through the providers' batch APIs (batch.h):
 * first collect the batches already submitted (a resumed run polls, it
 * never submits the same tasks again), then submit what has no answer and
 * is in no batch still running (answering from the cache first unless
 * opts->no_cache), then poll every opts->poll_s seconds until every batch
 * has ended and its results are stored (one transaction per batch). A stop
 * (opts->stop) while waiting returns 0 with *stopped = 1: the batches go on
 * at the provider and --resume collects them. Judge tasks are not batched
 * (run_send sends them). */
int run_batch(struct store *st, const char *run, const struct config *c,
              const struct run_opts *opts, int *stopped, struct tri_err *err);

/* ---- shared by run.c and run_batch.c ---- */

/* The cost in USD of a response of m: usage.cost when the provider
 * reported it, else its tokens at m's prices (its batch prices with
 * batch), the prompt cache's reads and writes at Anthropic's rates
 * (provider.h); NAN when unknown. */
struct response;
double run_cost(const struct model *m, const struct response *r, int batch);

/* A task's final answer, as received. */
struct run_answer {
	int64_t task;
	const char *hash;              /* the task's request hash */
	const struct response *r;      /* the parsed body, or NULL when none came */
	int cls;                       /* enum att_class: ATT_OK for a usable answer */
	const char *error;             /* what went wrong, or NULL */
	long http_status;
	double latency, cost;          /* NAN unknown */
};
/* Store it: the response (ok or failed), the task done or failed. */
int run_store_answer(struct store *st, const struct run_answer *a, struct tri_err *err);

/* Grade the responses of run that have no grade (all of them if regrade). */
int run_grade(struct store *st, const char *run, int regrade, size_t *n_graded,
              struct tri_err *err);

/* The judge (when the config has one): plan a judge task for every
 * answered task that wants one and has none -- those graded by the judge
 * grader, and with judge_fallback the uncertain verdicts of the others.
 * The tasks are sent by run_send() like any other (cache, retries, rate
 * limits, resume). */
int run_judge_plan(struct store *st, const char *run, const struct config *c,
                   size_t *n_planned, struct tri_err *err);

/* Apply the judge's replies to the grades they decide (all of them with
 * all, else those not applied yet). A reply that cannot be read, or a
 * judge request that failed, makes a judge-graded item an error and
 * leaves another grader's verdict as it was, saying so. */
int run_judge_apply(struct store *st, const char *run, int all, size_t *n_applied,
                    struct tri_err *err);

/* The suites of a stored run, rebuilt from the store: their headers
 * (templates, graders, output_tokens), without items (n_items 0: the items
 * stream from the store to what needs them). Caller releases each with
 * suite_release() and frees *v. */
int run_load_suite_headers(struct store *st, const char *run, struct suite **v, size_t *n,
                           struct tri_err *err);

/* Load the run's config snapshot into c (models, select). */
int run_load_config(struct store *st, const char *run, struct config *c, struct tri_err *err);

#endif
