/* loop.h -- the event loop: one thread, libcurl multi (SPEC §9).
 *
 * loop_run() sends every job, keeping at most `concurrency` transfers in
 * flight overall and model->concurrency per model, under each model's
 * requests-per-minute and tokens-per-minute limits. A failed attempt
 * (408, 409, 429, 5xx, connection error, timeout, malformed or truncated
 * body) is retried after an exponential backoff with jitter, or after the
 * server's Retry-After, up to model->retries times. The caller sees every
 * attempt (hooks.attempt), every final outcome (hooks.done), and the end of
 * each turn of the loop (hooks.turn), where it commits what it stored. */
#ifndef TRI_LOOP_H
#define TRI_LOOP_H

#include <signal.h>
#include <stdint.h>
#include "config.h"
#include "provider.h"
#include "store.h"

struct loop_job {
	int64_t task;           /* the store's task id */
	const struct model *model;
	size_t model_index;     /* index into the models array given to loop_run */
	const char *url;        /* borrowed */
	const char *body;       /* borrowed; request JSON */
	size_t body_len;
};

/* The final outcome of a job. response is OK, or the last failure. */
struct loop_outcome {
	struct response *r;
	int ok;
	int http_status;
	int attempts;
	double latency;         /* seconds, the last attempt */
	const char *error_class;/* NULL when ok */
	const char *error;      /* NULL when ok */
};

struct loop_hooks {
	void *ctx;
	int (*attempt)(void *ctx, const struct loop_job *j, const struct store_attempt *a,
	               struct tri_err *err);
	int (*done)(void *ctx, const struct loop_job *j, const struct loop_outcome *o,
	            struct tri_err *err);
	int (*turn)(void *ctx, struct tri_err *err);
	volatile sig_atomic_t *stop;   /* set (by a signal handler) to stop early */
};

/* Send jobs[0..n). models[0..n_models) carry the limits. Returns 0 when
 * every job reached hooks.done (or stop was set), -1 when a hook failed. */
int loop_run(const struct model *models, size_t n_models, long concurrency,
             const struct loop_job *jobs, size_t n, const struct loop_hooks *h,
             struct tri_err *err);

#endif
