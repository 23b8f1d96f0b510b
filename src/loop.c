/* loop.c -- the event loop (see loop.h).
 *
 * Jobs wait in one double-ended queue per lane; a retry waits in the
 * delayed list until its time comes and then goes to the front of its
 * lane's queue. Each turn: notice a stop, move due retries back, start
 * transfers round-robin over the lanes while the overall limit, the lane's
 * limit and the lane's pacing allow, run curl_multi_perform, finish what
 * completed (classify, report, retry or not), call hooks.turn, then poll
 * until a socket is ready, the wake descriptor is readable, or the next
 * retry, paced start or stop deadline is due.
 *
 * Transfers come from a pool of `concurrency` slots (each keeps its
 * libcurl handle from one transfer to the next), and a lane takes a
 * job from the source only when it could start it, so the memory of the
 * loop grows with the concurrency, not with the number of jobs. The
 * request body is handed to libcurl by a read callback that cannot seek:
 * when a reused connection dies after the request was sent, libcurl would
 * rewind the body and send it again on a new connection, unseen; without
 * a way to rewind it fails the transfer (CURLE_SEND_FAIL_REWIND) and the
 * retry is ours, counted and capped like any other. */
#include <math.h>
#include <unistd.h>
#include "util.h"
#include "buf.h"
#include "curlx.h"
#include "loop.h"
#include "pace.h"

struct loop;

/* A job taken from the source, until its final attempt or the end. */
struct ljob {
	struct loop_job j;
	int attempts;           /* attempts started */
	int reserved;           /* hooks.reserve gave it a start: at slot */
	double slot, est;       /* the start (monotonic clock) and the tokens reserved */
};

struct xfer {
	struct loop *L;
	struct ljob *job;
	CURL *easy;             /* in flight: the slot's handle; NULL when free */
	CURL *kept;             /* the slot's handle, kept between transfers */
	struct response r;
	double started, started_wall;
	double est;             /* tokens estimated at the start */
	double retry_after;     /* from the header, NAN when none */
	size_t sent;            /* body bytes handed to libcurl */
	long status;            /* the HTTP status, once the body starts */
	int stream;             /* the attempt asked for SSE */
	char errbuf[CURL_ERROR_SIZE];
};

struct deque {
	struct ljob **v;
	size_t cap, head, len;
};

struct lane {
	const struct loop_lane *cfg;
	struct curl_slist *headers;
	struct deque queue;
	int dry;                /* the source has no more jobs for it */
	long active;
	struct pace pace;
};

struct delayed {
	struct ljob *job;
	double at;
};

struct loop {
	const struct curlx *cx;
	const struct loop_source *src;
	struct xfer *pool;            /* concurrency slots */
	size_t *free_slots, n_free;
	struct lane *lanes;
	size_t n_lanes;
	struct delayed *delayed;
	size_t n_delayed, d_alloc;
	CURLM *multi;
	long concurrency;
	long active;
	size_t live;                  /* jobs taken without a final attempt */
	size_t n_dry;                 /* lanes whose source ran dry */
	int stopping;
	int held;                     /* admit said no in this turn */
	double stop_at;
	uint64_t rng;
	const struct loop_hooks *h;
};

/* ---- small pieces ------------------------------------------------------ */

static double rnd(struct loop *L)
{
	/* xorshift64*: jitter only, nothing secret */
	L->rng ^= L->rng >> 12;
	L->rng ^= L->rng << 25;
	L->rng ^= L->rng >> 27;
	return (double)((L->rng * 2685821657736338717ULL) >> 11) / 9007199254740992.0;
}

static void dq_grow(struct deque *q)
{
	if (q->len < q->cap)
		return;
	size_t n = q->cap ? q->cap * 2 : 64;
	struct ljob **v = xreallocarray(NULL, n, sizeof(*v));
	for (size_t i = 0; i < q->len; i++)
		v[i] = q->v[(q->head + i) % q->cap];
	free(q->v);
	q->v = v;
	q->cap = n;
	q->head = 0;
}

static void dq_push_back(struct deque *q, struct ljob *x)
{
	dq_grow(q);
	q->v[(q->head + q->len++) % q->cap] = x;
}

static void dq_push_front(struct deque *q, struct ljob *x)
{
	dq_grow(q);
	q->head = (q->head + q->cap - 1) % q->cap;
	q->v[q->head] = x;
	q->len++;
}

static struct ljob *dq_pop_front(struct deque *q)
{
	struct ljob *x = q->v[q->head];
	q->head = (q->head + 1) % q->cap;
	q->len--;
	return x;
}

/* ---- libcurl callbacks --------------------------------------------------- */

static size_t on_read(char *dst, size_t size, size_t nitems, void *ud)
{
	struct xfer *x = ud;
	const struct loop_job *j = &x->job->j;
	size_t room = size * nitems, left = j->body_len - x->sent;
	size_t n = left < room ? left : room;
	memcpy(dst, j->body + x->sent, n);
	x->sent += n;
	return n;
}

/* A request is never sent twice by libcurl: see the head comment. */
static int on_seek(void *ud, curl_off_t offset, int origin)
{
	return CURL_SEEKFUNC_FAIL;
}

/* Body bytes: an event stream is parsed as it arrives, so that the token
 * timings are real; anything else is kept for the end. */
static size_t on_data(char *ptr, size_t size, size_t nmemb, void *ud)
{
	struct xfer *x = ud;
	size_t n = size * nmemb;
	if (!x->status)
		x->L->cx->easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &x->status);
	enum feed k = x->status != 200 ? FEED_ERROR : x->stream ? FEED_EVENTS : FEED_BODY;
	if (provider_feed(&x->r, k, ptr, n) < 0)
		return 0;   /* over a cap: libcurl ends the transfer with CURLE_WRITE_ERROR */
	return n;
}

/* The value of header "name:" in the line ptr[0..n), trimmed, or NULL. */
static const char *header_value(const char *ptr, size_t n, const char *name, size_t *len)
{
	size_t k = strlen(name);
	if (n <= k || strncasecmp(ptr, name, k))
		return NULL;
	while (k < n && (ptr[k] == ' ' || ptr[k] == '\t'))
		k++;
	size_t e = n;
	while (e > k && (ptr[e - 1] == '\r' || ptr[e - 1] == '\n' || ptr[e - 1] == ' '))
		e--;
	*len = e - k;
	return ptr + k;
}

static size_t on_header(char *ptr, size_t size, size_t nmemb, void *ud)
{
	struct xfer *x = ud;
	size_t n = size * nmemb, len;
	const char *v;
	if ((v = header_value(ptr, n, "server:", &len))) {
		/* kept with the response: the test server names itself simulated here */
		json_object_set_new(x->r.meta, "server", json_stringn(v, len < 200 ? len : 200));
	} else if ((v = header_value(ptr, n, "retry-after:", &len)) && len < 64) {
		char tmp[64];
		memcpy(tmp, v, len);
		tmp[len] = '\0';
		double s;
		if (parse_double(tmp, &s) == 0 && s >= 0) {
			x->retry_after = s;
		} else {
			time_t t = x->L->cx->getdate(tmp, NULL);   /* an HTTP date */
			if (t > 0)
				x->retry_after = fmax(0, (double)t - now_wall());
		}
	}
	return n;
}

/* ---- starting and finishing ------------------------------------------------ */

/* The options of a slot's handle that stay the same for every transfer:
 * set once, when the slot first starts one. Reusing the handle spares a
 * handle's allocations and two dozen setopt calls per request. */
static void setup_handle(const struct curlx *cx, CURL *e, struct xfer *x)
{
	cx->easy_setopt(e, CURLOPT_POST, 1L);
	cx->easy_setopt(e, CURLOPT_READFUNCTION, on_read);
	cx->easy_setopt(e, CURLOPT_READDATA, x);
	cx->easy_setopt(e, CURLOPT_SEEKFUNCTION, on_seek);
	cx->easy_setopt(e, CURLOPT_SEEKDATA, x);
	cx->easy_setopt(e, CURLOPT_WRITEFUNCTION, on_data);
	cx->easy_setopt(e, CURLOPT_WRITEDATA, x);
	cx->easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	cx->easy_setopt(e, CURLOPT_HEADERDATA, x);
	cx->easy_setopt(e, CURLOPT_PRIVATE, x);
	cx->easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
	cx->easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, 15000L);
	cx->easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	cx->easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
	cx->easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	cx->easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	cx->easy_setopt(e, CURLOPT_USERAGENT, "trilemma/" TRI_VERSION);
	cx->easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
}

static int start(struct loop *L, struct ljob *ji, double now, struct tri_err *err)
{
	const struct curlx *cx = L->cx;
	const struct loop_job *j = &ji->j;
	struct lane *ln = &L->lanes[j->lane];
	struct xfer *x = &L->pool[L->free_slots[L->n_free - 1]];
	CURL *e = x->kept;
	if (!e) {
		if (!(e = cx->easy_init()))
			return err_set(err, TRI_RUNTIME, "libcurl: cannot create a transfer");
		setup_handle(cx, e, x);
	}
	L->n_free--;
	memset(x, 0, sizeof(*x));
	x->L = L;
	x->job = ji;
	x->easy = x->kept = e;
	x->retry_after = NAN;
	x->stream = ln->cfg->stream;
	x->started = now;
	x->started_wall = now_wall();
	x->est = pace_estimate(&ln->pace, j->body_len);
	response_init(&x->r, now);
	x->r.anthropic = ln->cfg->anthropic;
	long timeout_ms = (long)(ln->cfg->timeout_s * 1000);
	cx->easy_setopt(e, CURLOPT_URL, j->url);
	cx->easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)j->body_len);
	cx->easy_setopt(e, CURLOPT_HTTPHEADER, ln->headers);
	cx->easy_setopt(e, CURLOPT_TIMEOUT_MS, timeout_ms > 0 ? timeout_ms : 300000L);
	if (cx->multi_add_handle(L->multi, e) != CURLM_OK) {
		x->easy = NULL;
		response_release(&x->r);
		L->n_free++;
		return err_set(err, TRI_RUNTIME, "libcurl: cannot start a transfer");
	}
	ji->attempts++;
	ln->active++;
	L->active++;
	pace_started(&ln->pace, now, x->est);
	return 0;
}

/* Take x out of libcurl and give its slot back. */
static void release(struct loop *L, struct xfer *x)
{
	struct lane *ln = &L->lanes[x->job->j.lane];
	L->cx->multi_remove_handle(L->multi, x->easy);
	x->easy = NULL;         /* kept for the slot's next transfer */
	response_release(&x->r);
	ln->active--;
	L->active--;
	L->free_slots[L->n_free++] = (size_t)(x - L->pool);
}

/* What went wrong, in words, for an attempt of class cls. */
static void describe(struct loop *L, struct xfer *x, CURLcode rc, enum att_class cls,
		     struct buf *msg)
{
	if (cls == ATT_OK)
		return;
	if (x->status && x->status != 200) {
		buf_addf(msg, "HTTP %ld", x->status);
		provider_error_message(&x->r, msg);
	} else if (rc == CURLE_SEND_FAIL_REWIND) {
		buf_adds(msg, "the connection closed after the request was sent");
	} else if (rc != CURLE_OK) {
		buf_adds(msg, x->errbuf[0] ? x->errbuf : L->cx->easy_strerror(rc));
	} else {
		buf_adds(msg, x->r.err.len ? x->r.err.s : "unusable response");
	}
}

/* One attempt finished: report it, then retry the job or count it done. */
static int finish(struct loop *L, CURL *e, CURLcode rc, struct tri_err *err)
{
	struct xfer *x = NULL;
	L->cx->easy_getinfo(e, CURLINFO_PRIVATE, (char **)&x);
	L->cx->easy_getinfo(e, CURLINFO_RESPONSE_CODE, &x->status);
	struct ljob *job = x->job;
	struct lane *ln = &L->lanes[job->j.lane];
	double now = now_mono();
	if (rc == CURLE_OK && x->status == 200)
		provider_finish(&x->r);
	enum att_class cls = attempt_classify((int)rc, x->status,
					      x->status == 200 ? (int)x->r.status : 0);
	struct buf msg = BUF_INIT;
	describe(L, x, rc, cls, &msg);

	int n = job->attempts;
	int retry = attempt_retryable(cls) && n <= ln->cfg->retries && !L->stopping;
	double delay = retry ? pace_retry_delay(n + 1, x->retry_after, rnd(L)) : -1;
	if (retry && delay < 0) {
		retry = 0;
		buf_addf(&msg, " (the server asks to wait %.0f s: not waited for)", x->retry_after);
	}
	double used = x->r.tok_in >= 0 && x->r.tok_out >= 0 ? (double)(x->r.tok_in + x->r.tok_out) : -1;
	pace_result(&ln->pace, now, x->started, x->est, attempt_throttled(cls),
		    cls == ATT_OK ? used : cls == ATT_RATE_LIMITED ? 0 : used,
		    cls == ATT_OK ? (double)x->r.tok_out : -1);

	struct loop_attempt a = {
		.job = job->j.ud, .n = n, .started_wall = x->started_wall,
		.duration = now - x->started, .http_status = x->status, .cls = cls,
		.error = cls == ATT_OK ? NULL : msg.s, .retry_after = x->retry_after,
		.r = &x->r, .final = !retry,
		.reserved_tokens = job->reserved ? job->est : 0,
		.used_tokens = attempt_throttled(cls) ? 0 : used >= 0 ? used : job->est,
	};
	job->reserved = 0;   /* a retry reserves a start of its own */
	int ret = L->h->attempt(L->h->ctx, &a, err);
	release(L, x);
	if (retry) {
		XGROW(L->delayed, L->d_alloc, L->n_delayed + 1);
		L->delayed[L->n_delayed++] = (struct delayed){ job, now + delay };
	} else {
		L->live--;
		free(job);
	}
	buf_release(&msg);
	return ret;
}

/* Cancel everything in flight (a stop whose grace is over). */
static int cancel_all(struct loop *L, struct tri_err *err)
{
	double now = now_mono();
	for (long i = 0; i < L->concurrency; i++) {
		struct xfer *x = &L->pool[i];
		if (!x->easy)
			continue;
		struct buf msg = BUF_INIT;
		buf_addf(&msg, "cancelled after %.1f s by a stop (sent again on --resume)",
			 now - L->stop_at);
		struct ljob *job = x->job;
		struct loop_attempt a = {
			.job = job->j.ud, .n = job->attempts, .started_wall = x->started_wall,
			.duration = now - x->started, .http_status = 0, .cls = ATT_CANCELLED,
			.error = msg.s, .retry_after = NAN, .r = &x->r, .final = 0,
		};
		int ret = L->h->attempt(L->h->ctx, &a, err);
		buf_release(&msg);
		release(L, x);
		L->live--;   /* abandoned: the caller sends it again on resume */
		free(job);
		if (ret < 0)
			return -1;
	}
	return 0;
}

/* Move due retries to the front of their lanes; return the next due time. */
static double wake_delayed(struct loop *L, double now)
{
	double next = INFINITY;
	size_t k = 0;
	for (size_t i = 0; i < L->n_delayed; i++) {
		struct delayed d = L->delayed[i];
		if (d.at <= now) {
			dq_push_front(&L->lanes[d.job->j.lane].queue, d.job);
		} else {
			next = fmin(next, d.at);
			L->delayed[k++] = d;
		}
	}
	L->n_delayed = k;
	return next;
}

/* Take the next job of lane i from the source into its queue: 1, or 0 when
 * the source has no more for it, or -1. */
static int take(struct loop *L, size_t i, struct tri_err *err)
{
	struct lane *ln = &L->lanes[i];
	struct loop_job j = { 0 };
	int r = L->src->next(L->src->ctx, i, &j, err);
	if (r <= 0) {
		if (r == 0) {
			ln->dry = 1;
			L->n_dry++;
		}
		return r;
	}
	struct ljob *lj = xcalloc(1, sizeof(*lj));
	lj->j = j;
	lj->j.lane = i;
	dq_push_back(&ln->queue, lj);
	L->live++;
	return 1;
}

static int all_done(const struct loop *L)
{
	return L->live == 0 && L->n_dry == L->n_lanes;
}

/* Start what the limits allow; return when the next paced lane may start. */
static double fill(struct loop *L, double now, struct tri_err *err, int *failed)
{
	double next = INFINITY;
	int progress = 1;
	while (progress && L->active < L->concurrency) {
		progress = 0;
		for (size_t i = 0; i < L->n_lanes && L->active < L->concurrency; i++) {
			struct lane *ln = &L->lanes[i];
			if (!ln->queue.len && ln->dry)
				continue;
			if (ln->cfg->concurrency > 0 && ln->active >= ln->cfg->concurrency)
				continue;   /* wakes up when one of its transfers finishes */
			double at = pace_ready_at(&ln->pace, now);
			if (at > now) {
				next = fmin(next, at);
				continue;
			}
			if (!ln->queue.len) {
				int r = take(L, i, err);
				if (r < 0) {
					*failed = 1;
					return now;
				}
				if (r == 0)
					continue;
			}
			struct ljob *ji = ln->queue.v[ln->queue.head];
			if (ln->cfg->shared_pace && L->h->reserve && !ji->reserved) {
				double wait;
				ji->est = pace_estimate(&ln->pace, ji->j.body_len);
				if (L->h->reserve(L->h->ctx, i, ji->est, &wait, err) < 0) {
					*failed = 1;
					return now;
				}
				ji->reserved = 1;
				ji->slot = now + fmax(0.0, wait);
			}
			if (ji->reserved && ji->slot > now) {
				next = fmin(next, ji->slot);
				continue;
			}
			if (L->h->admit && !L->h->admit(L->h->ctx, ji->j.ud)) {
				L->held = 1;   /* nothing new starts in this turn */
				return next;
			}
			/* taken off the queue once started: a job that could
			 * not start is still queued, freed with the loop */
			if (start(L, ji, now, err) < 0) {
				*failed = 1;
				return now;
			}
			dq_pop_front(&ln->queue);
			progress = 1;
		}
	}
	return next;
}

static int setup_lanes(struct loop *L, const struct loop_lane *lanes, size_t n, struct tri_err *err)
{
	L->lanes = xcalloc(n ? n : 1, sizeof(*L->lanes));
	L->n_lanes = n;
	for (size_t i = 0; i < n; i++) {
		struct lane *ln = &L->lanes[i];
		ln->cfg = &lanes[i];
		pace_init(&ln->pace, lanes[i].rpm, lanes[i].tpm, lanes[i].max_tokens);
		/* no "Expect: 100-continue": it waits for the server before the body */
		struct curl_slist *h = L->cx->slist_append(NULL, "Expect:");
		struct buf line = BUF_INIT;
		for (const char *p = lanes[i].headers; h && p && *p;) {
			const char *nl = strchr(p, '\n');
			size_t len = nl ? (size_t)(nl - p) : strlen(p);
			buf_reset(&line);
			buf_add(&line, p, len);
			struct curl_slist *h2 = L->cx->slist_append(h, line.s);
			if (!h2) {
				L->cx->slist_free_all(h);
				h = NULL;
			} else {
				h = h2;
			}
			p += len + (nl != NULL);
		}
		provider_headers_wipe(&line);   /* it held the key */
		if (!h)
			return err_set(err, TRI_RUNTIME, "out of memory building request headers");
		ln->headers = h;
	}
	return 0;
}

static void drain(int fd)
{
	char b[64];
	while (fd >= 0 && read(fd, b, sizeof(b)) > 0)
		;
}

int loop_run(const struct loop_lane *lanes, size_t n_lanes, long concurrency,
	     const struct loop_source *src, const struct loop_hooks *h,
	     int *stopped, struct tri_err *err)
{
	struct loop L = { .src = src, .concurrency = concurrency > 0 ? concurrency : 1, .h = h };
	int ret = -1, failed = 0;
	*stopped = 0;
	if (!(L.cx = curlx_get(err)))
		return -1;
	L.rng = (uint64_t)(now_wall() * 1e6) | 1;
	L.pool = xcalloc((size_t)L.concurrency, sizeof(*L.pool));
	L.free_slots = xcalloc((size_t)L.concurrency, sizeof(*L.free_slots));
	for (long i = 0; i < L.concurrency; i++)
		L.free_slots[L.n_free++] = (size_t)(L.concurrency - 1 - i);
	L.multi = L.cx->multi_init();
	if (!L.multi) {
		err_set(err, TRI_RUNTIME, "libcurl: cannot create the event loop");
		goto out;
	}
	L.cx->multi_setopt(L.multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
	L.cx->multi_setopt(L.multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, L.concurrency);
	L.cx->multi_setopt(L.multi, CURLMOPT_MAXCONNECTS, L.concurrency);
	if (setup_lanes(&L, lanes, n_lanes, err) < 0)
		goto out;
	while (!all_done(&L)) {
		double now = now_mono();
		if (!L.stopping && h->stop && *h->stop) {
			L.stopping = 1;
			L.stop_at = now;
			if (h->stopping)
				h->stopping(h->ctx, (size_t)L.active, h->grace_s);
		}
		if (L.stopping && (L.active == 0 || now >= L.stop_at + h->grace_s)) {
			if (cancel_all(&L, err) < 0 || (h->turn && h->turn(h->ctx, err) < 0))
				goto out;
			*stopped = LOOP_STOPPED;
			break;
		}
		double next = L.stopping ? L.stop_at + h->grace_s : wake_delayed(&L, now);
		L.held = 0;
		if (!L.stopping)
			next = fmin(next, fill(&L, now, err, &failed));
		if (failed)
			goto out;
		if (L.held && L.active == 0) {
			/* held with nothing in flight: nothing would change */
			if (h->turn && h->turn(h->ctx, err) < 0)
				goto out;
			*stopped = LOOP_HELD;
			break;
		}
		int running = 0;
		L.cx->multi_perform(L.multi, &running);
		CURLMsg *msg;
		int left, finished = 0;
		while ((msg = L.cx->multi_info_read(L.multi, &left))) {
			if (msg->msg != CURLMSG_DONE)
				continue;
			if (finish(&L, msg->easy_handle, msg->data.result, err) < 0)
				goto out;
			finished = 1;
		}
		if (h->turn && h->turn(h->ctx, err) < 0)
			goto out;
		if (all_done(&L))
			break;
		/* a transfer that ended freed a slot: fill it now, not after the
		 * wait (nothing on the sockets would end that wait early) */
		if (finished && !L.stopping)
			continue;
		double wait = isinf(next) ? 1.0 : fmax(0.0, next - now_mono());
		int ms = (int)ceil(fmin(1000.0, wait * 1000.0));
		struct curl_waitfd wfd = { .fd = h->wake_fd, .events = CURL_WAIT_POLLIN };
		L.cx->multi_poll(L.multi, h->wake_fd >= 0 ? &wfd : NULL, h->wake_fd >= 0, ms, NULL);
		if (wfd.revents)
			drain(h->wake_fd);
	}
	ret = 0;
out:
	/* the jobs not done are abandoned: in flight (after a failure),
	 * waiting for a retry, or queued */
	for (long i = 0; L.pool && i < L.concurrency; i++)
		if (L.pool[i].easy) {
			struct ljob *job = L.pool[i].job;
			release(&L, &L.pool[i]);
			free(job);
		}
	for (long i = 0; L.pool && i < L.concurrency; i++)
		if (L.pool[i].kept)
			L.cx->easy_cleanup(L.pool[i].kept);
	for (size_t i = 0; i < L.n_delayed; i++)
		free(L.delayed[i].job);
	for (size_t i = 0; L.lanes && i < L.n_lanes; i++) {
		struct deque *q = &L.lanes[i].queue;
		while (q->len)
			free(dq_pop_front(q));
		L.cx->slist_free_all(L.lanes[i].headers);
		free(q->v);
		pace_release(&L.lanes[i].pace);
	}
	free(L.lanes);
	free(L.delayed);
	free(L.pool);
	free(L.free_slots);
	if (L.multi)
		L.cx->multi_cleanup(L.multi);
	return ret;
}
