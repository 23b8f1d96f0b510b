/* test_pace.c -- pacing and retry delays, on a clock of the test's own.
 *
 * Expected times follow from the definitions in pace.h: rpm R means a
 * start every 60/R s; tpm T means a start waits until the tokens of the
 * previous starts have drained at T/60 per second; a throttled attempt
 * cuts the learned rate to PACE_CUT times what was admitted. */
#include <math.h>
#include "t.h"
#include "util.h"
#include "pace.h"

/* Start as soon as allowed, n times from t0; return the start times. */
static void drive(struct pace *p, double t0, int n, double est, double *at)
{
	double now = t0;
	for (int i = 0; i < n; i++) {
		now = pace_ready_at(p, now);
		pace_started(p, now, est);
		at[i] = now;
	}
}

static void test_rpm_even(void)
{
	struct pace p;
	double at[10];
	pace_init(&p, 600, 0, 0);   /* 10 per second: one every 0.1 s */
	drive(&p, 100.0, 10, 0, at);
	T_NEAR(at[0], 100.0, 1e-9);
	for (int i = 1; i < 10; i++)
		T_NEAR(at[i] - at[i - 1], 0.1, 1e-9);
	/* a start that comes late by 3 ms (the loop's own latency) does not
	 * push the next one back: the next slot is still 0.1 after the last */
	double late = pace_ready_at(&p, at[9]) + 0.003;
	pace_started(&p, late, 0);
	T_NEAR(pace_ready_at(&p, late), at[9] + 0.2, 1e-9);
	/* after a long pause there is no burst: one start, then 0.1 s again */
	pace_started(&p, 500.0, 0);
	T_NEAR(pace_ready_at(&p, 500.0), 500.1, 0.006);
	pace_release(&p);
	/* no limit: ready at once, always */
	pace_init(&p, 0, 0, 0);
	drive(&p, 7.0, 10, 0, at);
	T_NEAR(at[9], 7.0, 0);
	T_NEAR(pace_rate(&p, 7.0), 0, 0);
	pace_release(&p);
}

static void test_tpm(void)
{
	struct pace p;
	pace_init(&p, 0, 6000, 100);   /* 100 tokens/s; max_tokens 100 */
	/* a body of 400 bytes: about 100 prompt tokens, plus 100 for the answer */
	double est = pace_estimate(&p, 400);
	T_NEAR(est, 200, 0);
	pace_started(&p, 10.0, est);
	T_NEAR(pace_ready_at(&p, 10.0), 12.0, 1e-9);   /* 200 tokens drain in 2 s */
	/* the answer used only 50 tokens: 1.5 s are given back */
	pace_result(&p, 10.5, 10.0, est, 0, 50, 20);
	T_NEAR(pace_ready_at(&p, 10.5), 10.5, 1e-9);
	pace_release(&p);
	/* without max_tokens the estimate follows the answers seen */
	pace_init(&p, 0, 0, 0);
	T_NEAR(pace_estimate(&p, 40), 10 + 256, 0);
	pace_result(&p, 1, 0, 0, 0, 100, 30);
	pace_result(&p, 1, 0, 0, 0, 100, 50);
	T_NEAR(pace_estimate(&p, 40), 10 + 40, 1e-9);
	pace_release(&p);
}

/* A provider admits 10 of a burst of 30 requests and refuses 20 at once.
 * The first refusal sees only itself refused, so its cut is rough; the
 * refusal of an attempt started after that cut sees all 20 and settles on
 * what was admitted. */
static void test_learn_from_429(void)
{
	struct pace p;
	pace_init(&p, 0, 0, 0);
	double t = 50.0;
	for (int i = 0; i < 30; i++)
		pace_started(&p, t + i * 0.002, 0);   /* a burst of 30 in 60 ms */
	double now = t + 0.1;
	pace_result(&p, now, t + 0.02, 0, 1, -1, -1);
	/* window 0.1 s (since the first start): 30 sent, 1 refused -> 29
	 * admitted, 290/s, cut to 0.95 x 290 */
	T_NEAR(pace_rate(&p, now), 275.5, 1e-6);
	/* the other 19 refusals started before the cut: no new cut */
	for (int i = 11; i < 30; i++)
		pace_result(&p, now, t + i * 0.002, 0, 1, -1, -1);
	T_NEAR(pace_rate(&p, now), 275.5, 1e-6);
	/* a start after the cut is refused: window 0.12 s, 31 sent, 21
	 * refused, 10 admitted: 0.95 x 10 / 0.12 */
	pace_started(&p, now + 0.01, 0);
	pace_result(&p, now + 0.02, now + 0.01, 0, 1, -1, -1);
	double cut = pace_rate(&p, now + 0.02);
	T_NEAR(cut, 0.95 * 10 / 0.12, 1e-6);
	/* starts are now paced at that rate (the last start's slot may sit up
	 * to PACE_SLACK before it: it came after a pause) */
	double at = pace_ready_at(&p, now + 0.02);
	T_CHECK(at <= now + 0.01 + 1 / cut + 1e-9 && at >= now + 0.01 + 1 / cut - PACE_SLACK);
	/* no throttling for 2 s: the rate grows by 10% a second */
	T_NEAR(pace_rate(&p, now + 2.02), cut * 1.2, 1e-6);
	pace_release(&p);
}

/* Throttled with nothing admitted in the window: half the sending rate. */
static void test_nothing_admitted(void)
{
	struct pace p;
	pace_init(&p, 0, 0, 0);
	for (int i = 0; i < 10; i++)
		pace_started(&p, 1.0 + i * 0.1, 0);
	pace_result(&p, 1.95, 1.9, 0, 1, -1, -1);
	/* window 0.95 s (since the first start): all 10 refused? only one came
	 * back refused, so 9 count as admitted: 0.95 * 9 / 0.95 = 9/s */
	T_NEAR(pace_rate(&p, 1.95), 9.0, 1e-6);
	pace_release(&p);
	pace_init(&p, 0, 0, 0);
	pace_started(&p, 1.0, 0);
	pace_result(&p, 1.01, 1.0, 0, 1, -1, -1);
	/* one start in a 0.05 s window, refused: half of 20/s */
	T_NEAR(pace_rate(&p, 1.01), 10.0, 1e-6);
	pace_release(&p);
}

/* When throttling stops and the learned rate is far above what is being
 * sent, it is dropped: no limit at all. */
static void test_learned_rate_dropped(void)
{
	struct pace p;
	pace_init(&p, 0, 0, 0);
	pace_started(&p, 1.0, 0);
	pace_result(&p, 1.01, 1.0, 0, 1, -1, -1);
	T_CHECK(pace_rate(&p, 1.01) > 0);
	/* 30 s later, one request a second goes through */
	pace_started(&p, 31.0, 0);
	pace_result(&p, 31.5, 31.0, 0, 0, 10, 5);
	T_NEAR(pace_rate(&p, 31.5), 0, 0);
	T_NEAR(pace_ready_at(&p, 31.5), 31.5, 0);
	pace_release(&p);
	/* a configured rpm stays, whatever was learned */
	pace_init(&p, 60, 0, 0);
	T_NEAR(pace_rate(&p, 0), 1.0, 0);
	pace_release(&p);
}

static void test_retry_delay(void)
{
	/* the backoff: 0.25 s, doubling, capped at 30 s, plus up to half more */
	T_NEAR(pace_retry_delay(2, NAN, 0), 0.25, 1e-12);
	T_NEAR(pace_retry_delay(3, NAN, 0), 0.5, 1e-12);
	T_NEAR(pace_retry_delay(4, NAN, 0.999999), 1.0 * 1.4999995, 1e-6);
	T_NEAR(pace_retry_delay(40, NAN, 0), 30, 1e-12);
	/* Retry-After is a floor: never sooner, a share of it later */
	for (int i = 0; i < 100; i++) {
		double u = i / 100.0;
		double d = pace_retry_delay(2, 7, u);
		T_CHECK(d >= 7 && d < 7 * 1.5 + 1e-9);
	}
	/* a longer backoff wins over a short Retry-After */
	T_NEAR(pace_retry_delay(7, 1, 0), 8, 1e-12);
	/* requests refused together spread out: 100 draws, 100 distinct times */
	T_CHECK(pace_retry_delay(2, 1, 0.1) != pace_retry_delay(2, 1, 0.2));
	/* too long to wait for */
	T_NEAR(pace_retry_delay(2, PACE_MAX_WAIT + 1, 0.5), -1, 0);
}

int main(void)
{
	T_RUN(test_rpm_even);
	T_RUN(test_tpm);
	T_RUN(test_learn_from_429);
	T_RUN(test_nothing_admitted);
	T_RUN(test_learned_rate_dropped);
	T_RUN(test_retry_delay);
	return t_done("test_pace");
}
