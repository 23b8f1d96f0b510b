/* pace.c -- pacing and retry delays (see pace.h for the design). */
#include <math.h>
#include "util.h"
#include "pace.h"

static void times_push(struct pace_times *q, double t)
{
	if (q->head && q->head + q->n == q->alloc) {
		memmove(q->v, q->v + q->head, q->n * sizeof(*q->v));
		q->head = 0;
	}
	XGROW(q->v, q->alloc, q->head + q->n + 1);
	q->v[q->head + q->n++] = t;
}

/* Drop times before since. */
static void times_trim(struct pace_times *q, double since)
{
	while (q->n && q->v[q->head] < since) {
		q->head++;
		q->n--;
	}
	if (!q->n)
		q->head = 0;
}

/* How many times are at or after since. */
static size_t times_since(const struct pace_times *q, double since)
{
	size_t k = q->n;
	while (k && q->v[q->head + k - 1] >= since)
		k--;
	return q->n - k;
}

void pace_init(struct pace *p, double rpm, double tpm, long max_tokens)
{
	memset(p, 0, sizeof(*p));
	p->req_rate = rpm > 0 ? rpm / 60.0 : 0;
	p->tok_rate = tpm > 0 ? tpm / 60.0 : 0;
	p->max_tokens = max_tokens > 0 ? max_tokens : 0;
	p->slot = -1;
	p->first_start = -1;
	p->tok_free_at = -INFINITY;
}

void pace_release(struct pace *p)
{
	if (!p)
		return;
	free(p->starts.v);
	free(p->throttled.v);
	memset(p, 0, sizeof(*p));
}

double pace_estimate(const struct pace *p, size_t body_len)
{
	double out = p->max_tokens ? (double)p->max_tokens
		   : p->out_n ? p->out_sum / (double)p->out_n : 256.0;
	return ceil((double)body_len / 4.0) + out;
}

static double learned_now(const struct pace *p, double now)
{
	if (p->learned <= 0)
		return 0;
	return p->learned * (1.0 + PACE_GROWTH * fmax(0.0, now - p->cut_at));
}

double pace_rate(const struct pace *p, double now)
{
	double l = learned_now(p, now);
	if (p->req_rate > 0 && l > 0)
		return fmin(p->req_rate, l);
	return p->req_rate > 0 ? p->req_rate : l;
}

double pace_ready_at(const struct pace *p, double now)
{
	double at = now;
	double r = pace_rate(p, now);
	if (r > 0 && p->slot >= 0)
		at = fmax(at, p->slot + 1.0 / r);
	if (p->tok_rate > 0)
		at = fmax(at, p->tok_free_at);
	return at;
}

void pace_started(struct pace *p, double now, double est)
{
	if (p->first_start < 0)
		p->first_start = now;
	double r = pace_rate(p, now);
	if (r > 0 && p->slot >= 0)
		p->slot = fmax(p->slot + 1.0 / r, now - fmin(PACE_SLACK, 0.5 / r));
	else
		p->slot = now;
	times_trim(&p->starts, now - PACE_WINDOW);
	times_push(&p->starts, now);
	if (p->tok_rate > 0)
		p->tok_free_at = fmax(p->tok_free_at, now) + est / p->tok_rate;
}

/* Throttled: cut the learned rate to what the provider admitted. */
static void cut(struct pace *p, double now)
{
	double w = fmin(PACE_WINDOW, now - p->first_start);
	if (w < 0.05)
		w = 0.05;
	double sent = (double)times_since(&p->starts, now - w);
	double refused = (double)times_since(&p->throttled, now - w);
	double admitted = sent > refused ? sent - refused : 0;
	double rate = admitted > 0 ? PACE_CUT * admitted / w : 0.5 * sent / w;
	double cur = pace_rate(p, now);
	if (cur > 0)
		rate = fmin(rate, PACE_CUT * cur);
	p->learned = fmax(rate, PACE_MIN_RATE);
	p->cut_at = now;
}

void pace_result(struct pace *p, double now, double started, double est, int throttled,
		 double used, double out)
{
	if (p->tok_rate > 0) {
		/* the estimate was charged at the start; settle the difference */
		double actual = throttled ? 0 : used >= 0 ? used : est;
		p->tok_free_at += (actual - est) / p->tok_rate;
	}
	if (out >= 0) {
		p->out_sum += out;
		p->out_n++;
	}
	times_trim(&p->throttled, now - PACE_WINDOW);
	times_trim(&p->starts, now - PACE_WINDOW);
	if (throttled) {
		times_push(&p->throttled, started);
		if (p->learned <= 0 || started >= p->cut_at)
			cut(p, now);
		return;
	}
	/* throttling has stopped long enough that the learned rate is twice
	 * what is being sent: it limits nothing any more */
	double sending = (double)p->starts.n / PACE_WINDOW;
	if (p->learned > 0 && now - p->cut_at > PACE_WINDOW && learned_now(p, now) > 2.0 * sending + 1.0)
		p->learned = 0;
}

double pace_retry_delay(int next, double retry_after, double u)
{
	if (!isnan(retry_after) && retry_after > PACE_MAX_WAIT)
		return -1;
	int k = next < 2 ? 0 : next - 2;
	double backoff = fmin(30.0, 0.25 * pow(2.0, k > 16 ? 16 : k));
	double base = isnan(retry_after) ? backoff : fmax(retry_after, backoff);
	return base * (1.0 + 0.5 * u);
}
