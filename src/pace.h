/* pace.h -- how fast one model may be sent requests, and when to retry.
 *
 * A struct pace holds one model's pacing: the limits the user configured
 * (rpm, tpm) and a rate learned from the provider's throttling (429, 503,
 * 529). The event loop asks pace_ready_at() before it starts a request,
 * tells pace_started() when it does and pace_result() when the attempt
 * comes back. Everything here is pure arithmetic on times the caller
 * passes in (seconds on a monotonic clock), so the unit tests drive it
 * with a clock of their own.
 *
 * Limits are spread evenly, not granted per window: rpm means one start
 * every 60/rpm seconds (the slots follow each other exactly, so a start
 * that came a little late -- the loop's own latency -- does not push every
 * later one back; PACE_SLACK bounds that catching up), and tpm means that a
 * start waits until the tokens
 * of the previous ones (estimated at the start, corrected when the usage
 * comes back) have drained at tpm/60 per second. A window-based limiter
 * lets a whole minute's worth out in a burst, which is what a provider's
 * own limiter then refuses.
 *
 * The learned rate. When an attempt that started after the last cut is
 * throttled, the rate the provider admitted over the last PACE_WINDOW
 * seconds is estimated as the starts in that window minus those that were
 * throttled (throttling answers at once, so the attempts still in flight
 * were admitted), and the learned rate is cut to PACE_CUT times that (or
 * to half the sending rate when nothing was admitted). From then on it
 * grows by PACE_GROWTH per second while no new throttling comes, so it
 * probes back up to the provider's limit, and is dropped altogether once
 * it is twice what is being sent. In flight there are then about rate x
 * latency requests: fewer than before the cut.
 *
 * Retries wait at least the provider's Retry-After, else an exponential
 * backoff, plus a random share of it (jitter), so that requests refused
 * together do not come back together; they then queue for a start like
 * any other request, under the same pacing. */
#ifndef TRI_PACE_H
#define TRI_PACE_H

#include <stddef.h>

#define PACE_WINDOW 1.0        /* seconds over which rates are measured */
#define PACE_CUT 0.95          /* the learned rate after throttling, times the admitted rate */
#define PACE_GROWTH 0.10       /* growth per second of the learned rate */
#define PACE_MIN_RATE 0.02     /* starts per second: the learned rate's floor */
#define PACE_MAX_WAIT 600.0    /* longest Retry-After waited for, in seconds */
#define PACE_SLACK 0.005       /* seconds a late start may catch up */

struct pace_times {            /* a queue of times, oldest first */
	double *v;
	size_t head, n, alloc;
};

struct pace {
	double req_rate;       /* configured starts per second (rpm / 60); 0: none */
	double tok_rate;       /* configured tokens per second (tpm / 60); 0: none */
	double learned;        /* starts per second learned from throttling; 0: none */
	double cut_at;         /* when learned was last set */
	double slot;           /* the time slot the last start used; -1 before the first */
	double first_start;
	double tok_free_at;    /* the token budget allows a start from then on */
	long max_tokens;       /* the request's max_tokens, for estimates; 0: unknown */
	double out_sum;        /* completion tokens seen, for estimates */
	long out_n;
	struct pace_times starts;     /* start times in the window */
	struct pace_times throttled;  /* start times of throttled attempts in the window */
};

void pace_init(struct pace *p, double rpm, double tpm, long max_tokens);
void pace_release(struct pace *p);

/* The tokens a request of body_len bytes is expected to use: its prompt
 * (about 4 bytes a token) and its answer (max_tokens when set, else the
 * mean seen so far, else 256). */
double pace_estimate(const struct pace *p, size_t body_len);

/* The earliest time at or after now at which a request may start. */
double pace_ready_at(const struct pace *p, double now);

/* A request estimated at est tokens started at now. */
void pace_started(struct pace *p, double now, double est);

/* An attempt that started at started (with estimate est) came back at now.
 * throttled: the provider asked to slow down. used: the tokens it used
 * (prompt + completion) when known, else -1; out: its completion tokens,
 * -1 when unknown. */
void pace_result(struct pace *p, double now, double started, double est, int throttled,
                 double used, double out);

/* The current starts per second allowed (configured and learned), 0 when
 * unlimited. For the report and the tests. */
double pace_rate(const struct pace *p, double now);

/* How long to wait before attempt number next (2 for the first retry):
 * the backoff 0.25 s x 2^(next-2) capped at 30 s, or the server's
 * retry_after (seconds, NAN when none) when that is longer, plus up to half
 * of it more,
 * by u in [0, 1). Returns -1 when retry_after is longer than PACE_MAX_WAIT:
 * not worth waiting for. */
double pace_retry_delay(int next, double retry_after, double u);

#endif
