/* loop.c -- the event loop (see loop.h).
 *
 * Jobs wait in one FIFO queue per model; a retry waits in the model's
 * delayed list until its time comes. Each turn: move due retries back to
 * their queue, start transfers round-robin over the models while the
 * overall and per-model limits allow, run curl_multi_perform, finish what
 * completed (classify, retry or report), call hooks.turn, then poll until
 * a socket is ready or the next retry or rate-limit slot is due.
 *
 * A transfer's states: queued -> in flight -> (retry: delayed -> queued)
 * -> done. Exactly one hooks.done call per job. */
#include <math.h>
#include "util.h"
#include "buf.h"
#include "curlx.h"
#include "loop.h"

/* libcurl's functions (curlx.h), set by loop_run() before any use. */
static const struct curlx *cx;

struct xfer {
	size_t job;
	int attempt;            /* 1-based, of the current/last attempt */
	double not_before;      /* monotonic time a retry may start */
	double started_wall, started;
	CURL *easy;
	struct response r;
	double retry_after;     /* from the header, NAN when none */
	int stream;             /* the request asked for SSE */
	char errbuf[CURL_ERROR_SIZE];
};

struct mstate {
	const struct model *m;
	struct curl_slist *headers;   /* holds the Authorization header: memory only */
	size_t *queue;                /* job indices (FIFO) */
	size_t q_head, q_len, q_alloc;
	size_t *delayed;              /* job indices waiting for not_before */
	size_t n_delayed, d_alloc;
	int active;
	double *starts;               /* request start times in the last minute (ring) */
	size_t s_len, s_alloc, s_head;
	struct tokens_at { double t, n; } *toks;  /* completions in the last minute */
	size_t t_len, t_alloc;
};

struct loop {
	const struct loop_job *jobs;
	struct xfer *x;               /* one per job */
	struct mstate *ms;
	size_t n_models;
	CURLM *multi;
	long concurrency;
	int active;
	size_t remaining;
	uint64_t rng;
	const struct loop_hooks *h;
};

static double rnd(struct loop *L)
{
	/* xorshift64*: jitter only, nothing secret */
	L->rng ^= L->rng >> 12;
	L->rng ^= L->rng << 25;
	L->rng ^= L->rng >> 27;
	return (double)((L->rng * 2685821657736338717ULL) >> 11) / 9007199254740992.0;
}

/* Body bytes. A 200 to a streaming request is parsed as it arrives, so that
 * the token timings are real; anything else is kept whole for finish(). */
static size_t on_data(char *ptr, size_t size, size_t nmemb, void *ud)
{
	struct xfer *x = ud;
	size_t n = size * nmemb;
	long code = 0;
	cx->easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &code);
	if (x->stream && code == 200)
		return provider_sse_feed(&x->r, ptr, n) < 0 ? 0 : n;
	if (buf_add(&x->r.raw, ptr, n) < 0)
		return 0;   /* over the cap: curl aborts with CURLE_WRITE_ERROR */
	return n;
}

static size_t on_header(char *ptr, size_t size, size_t nmemb, void *ud)
{
	struct xfer *x = ud;
	size_t n = size * nmemb;
	if (n > 7 && !strncasecmp(ptr, "server:", 7)) {
		/* kept with the response: the test server names itself simulated here */
		size_t k = 7;
		while (k < n && (ptr[k] == ' ' || ptr[k] == '\t'))
			k++;
		size_t e = n;
		while (e > k && (ptr[e - 1] == '\r' || ptr[e - 1] == '\n' || ptr[e - 1] == ' '))
			e--;
		json_object_set_new(x->r.meta, "server", json_stringn(ptr + k, e - k));
	}
	if (n > 12 && !strncasecmp(ptr, "retry-after:", 12)) {
		char tmp[64];
		size_t len = n - 12 < sizeof(tmp) - 1 ? n - 12 : sizeof(tmp) - 1;
		memcpy(tmp, ptr + 12, len);
		tmp[len] = '\0';
		char *s = tmp;
		while (*s == ' ' || *s == '\t')
			s++;
		char *e = s + strlen(s);
		while (e > s && (e[-1] == '\r' || e[-1] == '\n' || e[-1] == ' '))
			*--e = '\0';
		double v;
		if (parse_double(s, &v) == 0 && v >= 0) {
			x->retry_after = v;
		} else {
			time_t t = cx->getdate(s, NULL);   /* an HTTP date */
			if (t > 0)
				x->retry_after = fmax(0, (double)t - now_wall());
		}
	}
	return n;
}

/* Drop entries older than 60 s from the model's windows. */
static void window_trim(struct mstate *s, double now)
{
	while (s->s_len && now - s->starts[s->s_head] >= 60) {
		s->s_head = (s->s_head + 1) % s->s_alloc;
		s->s_len--;
	}
	size_t k = 0;
	for (size_t i = 0; i < s->t_len; i++)
		if (now - s->toks[i].t < 60)
			s->toks[k++] = s->toks[i];
	s->t_len = k;
}

/* When may model s start a request? now if it can, else a later time. */
static double model_ready_at(struct mstate *s, double now)
{
	if (s->m->concurrency && s->active >= s->m->concurrency)
		return INFINITY;   /* wakes up when a transfer finishes */
	window_trim(s, now);
	double at = now;
	if (s->m->rpm > 0 && (double)s->s_len >= s->m->rpm)
		at = fmax(at, s->starts[s->s_head] + 60);
	if (s->m->tpm > 0) {
		double sum = 0, oldest = INFINITY;
		for (size_t i = 0; i < s->t_len; i++) {
			sum += s->toks[i].n;
			oldest = fmin(oldest, s->toks[i].t);
		}
		if (sum >= s->m->tpm)
			at = fmax(at, oldest + 60);
	}
	return at;
}

static void note_start(struct mstate *s, double now)
{
	if (s->m->rpm <= 0)
		return;
	if (s->s_len == s->s_alloc) {
		/* grow the ring, unrolling it */
		size_t n = s->s_alloc ? s->s_alloc * 2 : 64;
		double *v = xcalloc(n, sizeof(*v));
		for (size_t i = 0; i < s->s_len; i++)
			v[i] = s->starts[(s->s_head + i) % s->s_alloc];
		free(s->starts);
		s->starts = v;
		s->s_alloc = n;
		s->s_head = 0;
	}
	s->starts[(s->s_head + s->s_len) % s->s_alloc] = now;
	s->s_len++;
}

static void note_tokens(struct mstate *s, double now, double tokens)
{
	if (s->m->tpm <= 0)
		return;
	XGROW(s->toks, s->t_alloc, s->t_len + 1);
	s->toks[s->t_len++] = (struct tokens_at){ now, tokens };
}

static void enqueue(struct mstate *s, size_t job)
{
	if (s->q_head && s->q_head + s->q_len == s->q_alloc) {
		memmove(s->queue, s->queue + s->q_head, s->q_len * sizeof(*s->queue));
		s->q_head = 0;
	}
	XGROW(s->queue, s->q_alloc, s->q_head + s->q_len + 1);
	s->queue[s->q_head + s->q_len++] = job;
}

static int start(struct loop *L, size_t ji, struct tri_err *err)
{
	const struct loop_job *j = &L->jobs[ji];
	struct xfer *x = &L->x[ji];
	struct mstate *s = &L->ms[j->model_index];
	CURL *e = cx->easy_init();
	if (!e)
		return err_set(err, TRI_RUNTIME, "libcurl: cannot create a transfer");
	x->attempt++;
	x->retry_after = NAN;
	x->errbuf[0] = '\0';
	response_release(&x->r);
	x->started = now_mono();
	x->started_wall = now_wall();
	response_init(&x->r, x->started);
	x->easy = e;
	x->stream = j->model->stream;
	long timeout_ms = (long)(j->model->timeout_s * 1000);
	cx->easy_setopt(e, CURLOPT_URL, j->url);
	cx->easy_setopt(e, CURLOPT_POST, 1L);
	cx->easy_setopt(e, CURLOPT_POSTFIELDS, j->body);
	cx->easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)j->body_len);
	cx->easy_setopt(e, CURLOPT_HTTPHEADER, s->headers);
	cx->easy_setopt(e, CURLOPT_WRITEFUNCTION, on_data);
	cx->easy_setopt(e, CURLOPT_WRITEDATA, x);
	cx->easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	cx->easy_setopt(e, CURLOPT_HEADERDATA, x);
	cx->easy_setopt(e, CURLOPT_PRIVATE, x);
	cx->easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
	cx->easy_setopt(e, CURLOPT_TIMEOUT_MS, timeout_ms > 0 ? timeout_ms : 300000L);
	cx->easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, 15000L);
	cx->easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	cx->easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
	cx->easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	cx->easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	cx->easy_setopt(e, CURLOPT_USERAGENT, "trilemma/" TRI_VERSION);
	cx->easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	if (cx->multi_add_handle(L->multi, e) != CURLM_OK) {
		cx->easy_cleanup(e);
		x->easy = NULL;
		return err_set(err, TRI_RUNTIME, "libcurl: cannot start a transfer");
	}
	s->active++;
	L->active++;
	note_start(s, now_mono());
	return 0;
}

static int retryable_status(long code)
{
	return code == 408 || code == 409 || code == 429 || code >= 500;
}

static const char *curl_class(CURLcode rc)
{
	switch (rc) {
	case CURLE_OPERATION_TIMEDOUT:
		return "timeout";
	case CURLE_COULDNT_CONNECT:
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
		return "connect";
	case CURLE_GOT_NOTHING:
		return "dropped";
	case CURLE_PARTIAL_FILE:
		return "truncated";
	case CURLE_WRITE_ERROR:
		return "too_large";
	default:
		return "transport";
	}
}

/* One attempt finished: record it, then retry or report the outcome. */
static int finish(struct loop *L, CURL *e, CURLcode rc, struct tri_err *err)
{
	struct xfer *x = NULL;
	long code = 0;
	cx->easy_getinfo(e, CURLINFO_PRIVATE, (char **)&x);
	cx->easy_getinfo(e, CURLINFO_RESPONSE_CODE, &code);
	const struct loop_job *j = &L->jobs[x->job];
	struct mstate *s = &L->ms[j->model_index];
	double now = now_mono();
	double dur = now - x->started;
	cx->multi_remove_handle(L->multi, e);
	cx->easy_cleanup(e);
	x->easy = NULL;
	s->active--;
	L->active--;

	const char *cls = NULL;
	struct buf msg = BUF_INIT;
	if (rc != CURLE_OK) {
		cls = curl_class(rc);
		buf_addf(&msg, "%s", x->errbuf[0] ? x->errbuf : cx->easy_strerror(rc));
	} else if (code != 200) {
		cls = code == 429 ? "http_429" : code >= 500 ? "http_5xx" : "http_4xx";
		buf_addf(&msg, "HTTP %ld", code);
		/* keep the provider's message: it says what to fix (model name, key) */
		json_t *o = json_loadb(x->r.raw.s, x->r.raw.len, 0, NULL);
		const char *pm = json_string_value(json_object_get(json_object_get(o, "error"), "message"));
		if (pm)
			buf_addf(&msg, ": %.300s", pm);
		json_decref(o);
	} else {
		/* a stream was parsed as it came; a plain body is parsed now */
		if (x->stream) {
			provider_sse_finish(&x->r);
		} else {
			struct buf raw = BUF_INIT;
			buf_add(&raw, x->r.raw.s, x->r.raw.len);
			provider_parse_json(&x->r, raw.s, raw.len);
			buf_release(&raw);
		}
		if (x->r.status != RESP_OK) {
			cls = x->r.status == RESP_PROVIDER_ERROR ? "provider_error" : "malformed";
			buf_adds(&msg, x->r.err.s);
		}
	}
	struct store_attempt a = {
		.n = x->attempt, .started = x->started_wall, .duration = dur,
		.http_status = (int)code, .error_class = cls, .error = cls ? msg.s : NULL,
		.retry_after = x->retry_after,
	};
	int ret = L->h->attempt ? L->h->attempt(L->h->ctx, j, &a, err) : 0;
	if (ret < 0)
		goto out;
	double toks = x->r.tok_in >= 0 ? (double)(x->r.tok_in + (x->r.tok_out > 0 ? x->r.tok_out : 0))
				       : (double)j->body_len / 4;
	note_tokens(s, now, toks);

	int retry = cls && strcmp(cls, "http_4xx") && strcmp(cls, "too_large");
	if (cls && !strcmp(cls, "http_4xx") && retryable_status(code))
		retry = 1;   /* 408, 409 */
	if (retry && x->attempt <= j->model->retries && !(L->h->stop && *L->h->stop)) {
		double backoff = fmin(30.0, 0.25 * pow(2.0, x->attempt - 1));
		double delay = backoff * (0.5 + 0.5 * rnd(L));
		if (!isnan(x->retry_after))
			delay = fmin(x->retry_after, 300.0) + 0.05 * rnd(L);
		x->not_before = now + delay;
		XGROW(s->delayed, s->d_alloc, s->n_delayed + 1);
		s->delayed[s->n_delayed++] = x->job;
		goto out;
	}
	struct loop_outcome o = {
		.r = &x->r, .ok = !cls, .http_status = (int)code, .attempts = x->attempt,
		.latency = dur, .error_class = cls, .error = cls ? msg.s : NULL,
	};
	ret = L->h->done(L->h->ctx, j, &o, err);
	response_release(&x->r);
	L->remaining--;
out:
	buf_release(&msg);
	return ret;
}

/* Move due retries back to the front of their queues; return the next due time. */
static double wake_delayed(struct loop *L, double now)
{
	double next = INFINITY;
	for (size_t m = 0; m < L->n_models; m++) {
		struct mstate *s = &L->ms[m];
		size_t k = 0;
		for (size_t i = 0; i < s->n_delayed; i++) {
			size_t ji = s->delayed[i];
			if (L->x[ji].not_before <= now)
				enqueue(s, ji);
			else {
				next = fmin(next, L->x[ji].not_before);
				s->delayed[k++] = ji;
			}
		}
		s->n_delayed = k;
	}
	return next;
}

/* Start what the limits allow; return when the next blocked model frees up. */
static double fill(struct loop *L, double now, struct tri_err *err, int *failed)
{
	double next = INFINITY;
	int progress = 1;
	while (progress && L->active < L->concurrency) {
		progress = 0;
		for (size_t m = 0; m < L->n_models && L->active < L->concurrency; m++) {
			struct mstate *s = &L->ms[m];
			if (!s->q_len)
				continue;
			double at = model_ready_at(s, now);
			if (at > now) {
				next = fmin(next, at);
				continue;
			}
			size_t ji = s->queue[s->q_head++];
			s->q_len--;
			if (start(L, ji, err) < 0) {
				*failed = 1;
				return now;
			}
			progress = 1;
		}
	}
	return next;
}

static int setup_models(struct loop *L, const struct model *models, size_t n, struct tri_err *err)
{
	L->ms = xcalloc(n, sizeof(*L->ms));
	L->n_models = n;
	for (size_t i = 0; i < n; i++) {
		struct mstate *s = &L->ms[i];
		s->m = &models[i];
		struct curl_slist *h = cx->slist_append(NULL, "Content-Type: application/json");
		const char *key = models[i].key_env ? getenv(models[i].key_env) : NULL;
		if (h && key && *key) {
			struct buf b = BUF_INIT;
			buf_addf(&b, "Authorization: Bearer %s", key);
			struct curl_slist *h2 = cx->slist_append(h, b.s);
			/* wipe our copy of the key; curl keeps its own in the list */
			memset(b.s, 0, b.len);
			buf_release(&b);
			h = h2;
		}
		if (!h)
			return err_set(err, TRI_RUNTIME, "out of memory building request headers");
		s->headers = h;
	}
	return 0;
}

int loop_run(const struct model *models, size_t n_models, long concurrency,
	     const struct loop_job *jobs, size_t n, const struct loop_hooks *h,
	     struct tri_err *err)
{
	struct loop L = { .jobs = jobs, .concurrency = concurrency > 0 ? concurrency : 1,
			  .remaining = n, .h = h };
	int ret = -1, failed = 0;
	if (!(cx = curlx_get(err)))
		return -1;
	L.rng = (uint64_t)(now_wall() * 1e6) | 1;
	L.x = xcalloc(n ? n : 1, sizeof(*L.x));
	L.multi = cx->multi_init();
	if (!L.multi) {
		err_set(err, TRI_RUNTIME, "libcurl: cannot create the event loop");
		goto out;
	}
	cx->multi_setopt(L.multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
	cx->multi_setopt(L.multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, L.concurrency);
	cx->multi_setopt(L.multi, CURLMOPT_MAXCONNECTS, L.concurrency);
	if (setup_models(&L, models, n_models, err) < 0)
		goto out;
	for (size_t i = 0; i < n; i++) {
		L.x[i].job = i;
		L.x[i].retry_after = NAN;
		response_init(&L.x[i].r, 0);
		enqueue(&L.ms[jobs[i].model_index], i);
	}
	while (L.remaining > 0) {
		int stopping = h->stop && *h->stop;
		double now = now_mono();
		double next = wake_delayed(&L, now);
		if (!stopping)
			next = fmin(next, fill(&L, now, err, &failed));
		if (failed)
			goto out;
		if (stopping && L.active == 0)
			break;
		int running = 0;
		cx->multi_perform(L.multi, &running);
		CURLMsg *msg;
		int left;
		while ((msg = cx->multi_info_read(L.multi, &left)))
			if (msg->msg == CURLMSG_DONE && finish(&L, msg->easy_handle, msg->data.result, err) < 0)
				goto out;
		if (h->turn && h->turn(h->ctx, err) < 0)
			goto out;
		if (L.remaining == 0)
			break;
		double wait = isinf(next) ? 1.0 : fmax(0.0, next - now_mono());
		int ms = (int)fmin(1000.0, wait * 1000.0);
		cx->multi_poll(L.multi, NULL, 0, ms, NULL);
	}
	ret = 0;
out:
	for (size_t i = 0; i < n; i++) {
		if (L.x[i].easy) {
			cx->multi_remove_handle(L.multi, L.x[i].easy);
			cx->easy_cleanup(L.x[i].easy);
		}
		response_release(&L.x[i].r);
	}
	for (size_t i = 0; L.ms && i < L.n_models; i++) {
		cx->slist_free_all(L.ms[i].headers);
		free(L.ms[i].queue);
		free(L.ms[i].delayed);
		free(L.ms[i].starts);
		free(L.ms[i].toks);
	}
	free(L.ms);
	free(L.x);
	if (L.multi)
		cx->multi_cleanup(L.multi);
	return ret;
}
