/* loop.h -- the event loop: one thread, libcurl multi (SPEC §9).
 *
 * loop_run() sends every job its source gives, keeping at most `concurrency` transfers in
 * flight overall and lane->concurrency per lane (a lane is one model),
 * starting each when its lane's pacing allows (pace.h: rpm and tpm spread
 * evenly, slower after the provider throttles). Every attempt that leaves
 * the process is reported to hooks.attempt, classified (attempt.h); one
 * that is worth retrying (attempt_retryable) is sent again after
 * pace_retry_delay(), up to lane->retries times, and the last attempt of a
 * job is marked final: it is the job's outcome. libcurl is not allowed to
 * send a request again by itself (it would on a reused connection that
 * died): that fails the attempt as "dropped", so every send is counted.
 *
 * Stopping: when *hooks.stop becomes non-zero (a signal handler sets it
 * and writes to hooks.wake_fd, which the loop polls, so it notices at
 * once), nothing new starts, hooks.stopping says how many requests are in
 * flight, and they get hooks.grace_s seconds to finish; those still
 * running then are cancelled (an attempt of class "cancelled", not final).
 * Jobs that never reached a final attempt are simply not done: the caller
 * sends them again on resume.
 *
 * Holding (a budget): before each start, hooks.admit (when given) says
 * whether the job may start now. When it may not, nothing new starts in
 * that turn; the requests in flight go on, and each one that ends is a
 * reason to ask again. When it may not and nothing is in flight, nothing
 * will change: the loop stops (*stopped = LOOP_HELD) without a grace or a
 * cancel, and the jobs not started are not done, as after a stop.
 *
 * Jobs come from a source, one at a time, when their lane could start one
 * (its queue is empty, its limits and pacing allow a start): the loop holds
 * only the jobs in flight, waiting for a retry, or taken and held back by
 * admit, so its memory grows with the concurrency, never with the number
 * of jobs. A job's strings are the caller's: they must stay valid until
 * the job's final attempt has been reported, or until loop_run returns.
 *
 * A job's states: (in the source) -> queued -> in flight -> (retry:
 * delayed -> queued) -> done, or abandoned when the loop stops. hooks.turn runs at the end of each turn
 * of the loop, where the caller commits what it stored. */
#ifndef TRI_LOOP_H
#define TRI_LOOP_H

#include <signal.h>
#include <stdint.h>
#include "attempt.h"
#include "err.h"
#include "provider.h"

struct loop_lane {
	const char *headers;   /* "Name: value\n" lines, borrowed (may hold a key) */
	long concurrency;      /* requests in flight on this lane; 0: only the overall limit */
	double rpm, tpm;       /* limits; 0: none */
	long max_tokens;       /* the requests' max_tokens, for tpm estimates; 0: unknown */
	int retries;           /* attempts after the first */
	double timeout_s;      /* per attempt, total */
	int stream;            /* the requests ask for SSE */
	int anthropic;         /* the Messages protocol, not Chat Completions */
	int shared_pace;       /* its starts are reserved through hooks.reserve too */
};

struct loop_job {
	size_t lane;           /* set by the loop: the lane it was asked for */
	const char *url;       /* borrowed */
	const char *body;      /* borrowed; request JSON */
	size_t body_len;
	void *ud;              /* the caller's: given back with each attempt and to admit */
};

/* Where the jobs come from. next fills *job with the next job of lane and
 * returns 1, or returns 0 when the lane has no more (it is not asked
 * again), or -1 with err set. */
struct loop_source {
	void *ctx;
	int (*next)(void *ctx, size_t lane, struct loop_job *job, struct tri_err *err);
};

/* One attempt, as it came back. */
struct loop_attempt {
	void *job;                 /* the job's ud */
	int n;                     /* 1-based */
	double started_wall;       /* Unix time */
	double duration;           /* seconds */
	long http_status;          /* 0 when none came */
	enum att_class cls;
	const char *error;         /* what went wrong; NULL when ok */
	double retry_after;        /* seconds the server asked to wait, NAN when none */
	const struct response *r;  /* what was received */
	int final;                 /* no attempt follows: the job's outcome */
	double reserved_tokens;    /* what hooks.reserve reserved for it (0: nothing) */
	double used_tokens;        /* what it used (0 when throttled); the estimate when unknown */
};

struct loop_hooks {
	void *ctx;
	int (*attempt)(void *ctx, const struct loop_attempt *a, struct tri_err *err);
	int (*turn)(void *ctx, struct tri_err *err);
	void (*stopping)(void *ctx, size_t in_flight, double grace_s);   /* may be NULL */
	/* may be NULL: 1 when job may start now, 0 when not (see Holding);
	 * called right before the start, so a 1 is a start */
	int (*admit)(void *ctx, void *job);
	/* may be NULL: reserve a start for a request of lane estimated at est
	 * tokens in a pacing shared with other processes (the lane's
	 * shared_pace), and say in *wait_s how long until it; the request
	 * starts no earlier (a retry reserves again) */
	int (*reserve)(void *ctx, size_t lane, double est, double *wait_s, struct tri_err *err);
	volatile sig_atomic_t *stop;   /* may be NULL */
	int wake_fd;                   /* readable when stop may have changed; -1: none */
	double grace_s;                /* how long requests in flight may finish after a stop */
};

/* Why the loop ended before every job was done. */
enum { LOOP_STOPPED = 1, LOOP_HELD = 2 };

/* Send the jobs of src over lanes[0..n_lanes). Returns 0 when every lane's
 * source ran dry and every job taken had its final attempt, or the loop
 * was stopped (*stopped = LOOP_STOPPED) or held with nothing in flight
 * (*stopped = LOOP_HELD); -1 when the source, a hook or libcurl failed. */
int loop_run(const struct loop_lane *lanes, size_t n_lanes, long concurrency,
             const struct loop_source *src, const struct loop_hooks *h,
             int *stopped, struct tri_err *err);

#endif
