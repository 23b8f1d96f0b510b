/* trisim.c -- the test server: simulated language models over real HTTP.
 *
 *   trisim --script FILE [--ledger FILE] [--port N] [--port-file FILE]
 *
 * The only stand-in for a language model in the project. It speaks the
 * OpenAI Chat Completions protocol on 127.0.0.1 (POST /v1/chat/completions,
 * GET /v1/models) and the Anthropic Messages API (POST /v1/messages),
 * and both providers' batch APIs (batch.c, which answers each request of
 * a batch through sim_batch_answer below),
 * answers from a script (script.c, docs/test-server.md)
 * and can fail on purpose in every way a real provider fails: error
 * statuses, Retry-After, dropped and truncated connections, invalid JSON,
 * stalls and empty choices. Everything it shows calls itself "simulated".
 *
 * Threads. libmicrohttpd runs one thread per connection (plus one that
 * accepts), so a request that sleeps for its scripted latency holds only
 * its own thread: 256 concurrent requests with 100 ms latency finish in
 * about 100 ms, not 25 s. Each request is decided once, when its body has
 * arrived (sim_plan in script.c): rule, fault, latency, usage. A
 * non-streaming answer sleeps in the access handler and is queued whole;
 * a streaming answer is a list of SSE events prepared up front, each with
 * the delay to wait before it, handed out by a content-reader callback
 * with chunked encoding, so every event goes out as soon as it is due.
 *
 * Shared state, all in struct sim: the script (read-only after load), the
 * attempt counts per request key and the stop flag (under sim->mu), and
 * the ledger file (under sim->ledger_mu). Every sleep is a timed wait on
 * sim->cond, so SIGTERM/SIGINT wake every sleeping request at once: the
 * main thread waits for the signal with sigwait(), sets the stop flag,
 * broadcasts, stops the daemon (which joins the connection threads) and
 * closes the ledger.
 *
 * The ledger gets one JSON line per chat-completions or messages request
 * (and per request inside a batch, and per batch operation), written
 * before the last byte of the outcome leaves the server (before the
 * final "data: [DONE]" of a stream, before a fault is acted out), so a
 * client that has seen the outcome always finds the line. A stream the
 * client abandons is logged as "served": false when its response is freed. */
#include <errno.h>
#include <poll.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>

#include <jansson.h>
#include <microhttpd.h>

#include "trisim.h"
#include "batch.h"

#define BODY_CAP (64u << 20)  /* largest request body accepted */
#define PROMPT_LOG_BYTES 200  /* bytes of the prompt kept in the ledger */

struct sim {
	struct script script;
	FILE *ledger;               /* NULL: no ledger */
	pthread_mutex_t ledger_mu;
	pthread_mutex_t mu;         /* guards stopping and the attempt table */
	pthread_cond_t cond;        /* broadcast when stopping */
	int stopping;
	uint64_t *att_keys;         /* open addressing; 0 is an empty slot */
	unsigned *att_counts;
	size_t att_cap, att_n;
	struct bucket {             /* per model with rate_limit: a token bucket */
		double tokens, last;
	} *buckets;                 /* under mu */
	struct batch_store *batches; /* files and batches, under its own lock */
};

/* ---- small growable byte string (trisim.h) ---- */

void sb_add(struct sb *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *p = realloc(b->s, cap);
		if (!p)
			abort();
		b->s = p;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void sb_adds(struct sb *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

static json_t *must(json_t *v)
{
	if (!v)
		abort(); /* jansson fails only when out of memory */
	return v;
}

static char *dump(const json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT);
	if (!s)
		abort();
	return s;
}

/* The length of the longest prefix of S (length N) of at most MAX bytes
 * that does not end inside a UTF-8 sequence. */
static size_t utf8_cut(const char *s, size_t n, size_t max)
{
	if (n <= max)
		return n;
	size_t k = max;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return k;
}

/* ---- stop flag, interruptible sleep, attempt counts ---- */

/* Sleep MS milliseconds; return -1 at once when the server is stopping. */
static int sim_sleep(struct sim *sim, long ms)
{
	struct timespec dl;
	clock_gettime(CLOCK_MONOTONIC, &dl);
	dl.tv_sec += ms / 1000;
	dl.tv_nsec += (ms % 1000) * 1000000L;
	if (dl.tv_nsec >= 1000000000L) {
		dl.tv_sec++;
		dl.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&sim->mu);
	while (!sim->stopping && ms > 0) {
		if (pthread_cond_timedwait(&sim->cond, &sim->mu, &dl) == ETIMEDOUT)
			break;
	}
	int stop = sim->stopping;
	pthread_mutex_unlock(&sim->mu);
	return stop ? -1 : 0;
}

static void att_put(uint64_t *keys, unsigned *counts, size_t cap, uint64_t key,
		    unsigned count)
{
	size_t i = (size_t)key & (cap - 1);
	while (keys[i] && keys[i] != key)
		i = (i + 1) & (cap - 1);
	keys[i] = key;
	counts[i] = count;
}

/* Count one more attempt of KEY and return its number (1 the first time). */
static unsigned next_attempt(struct sim *sim, uint64_t key)
{
	if (key == 0)
		key = 1;
	pthread_mutex_lock(&sim->mu);
	if ((sim->att_n + 1) * 2 > sim->att_cap) {
		size_t cap = sim->att_cap ? sim->att_cap * 2 : 1024;
		uint64_t *k = calloc(cap, sizeof *k);
		unsigned *c = calloc(cap, sizeof *c);
		if (!k || !c)
			abort();
		for (size_t i = 0; i < sim->att_cap; i++)
			if (sim->att_keys[i])
				att_put(k, c, cap, sim->att_keys[i], sim->att_counts[i]);
		free(sim->att_keys);
		free(sim->att_counts);
		sim->att_keys = k;
		sim->att_counts = c;
		sim->att_cap = cap;
	}
	size_t i = (size_t)key & (sim->att_cap - 1);
	while (sim->att_keys[i] && sim->att_keys[i] != key)
		i = (i + 1) & (sim->att_cap - 1);
	if (!sim->att_keys[i]) {
		sim->att_keys[i] = key;
		sim->att_n++;
	}
	unsigned a = ++sim->att_counts[i];
	pthread_mutex_unlock(&sim->mu);
	return a;
}

/* The model's rate limit: -1 when the request is admitted (a token taken),
 * else the Retry-After in whole seconds (at least 1) until one is there. */
static long rate_check(struct sim *sim, const struct model *m)
{
	if (m->rate_rps <= 0)
		return -1;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	double now = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
	long ra = -1;
	pthread_mutex_lock(&sim->mu);
	struct bucket *b = &sim->buckets[m - sim->script.models];
	if (b->last == 0)
		b->tokens = m->rate_burst;
	else
		b->tokens += (now - b->last) * m->rate_rps;
	if (b->tokens > m->rate_burst)
		b->tokens = m->rate_burst;
	b->last = now;
	if (b->tokens >= 1) {
		b->tokens -= 1;
	} else {
		double wait = (1 - b->tokens) / m->rate_rps;
		ra = (long)wait + (wait > (double)(long)wait);
		if (ra < 1)
			ra = 1;
	}
	pthread_mutex_unlock(&sim->mu);
	return ra;
}

/* ---- the ledger ---- */

struct lrec {
	char *model;     /* NULL when the request named none */
	char key[17];    /* hex; empty when there was no valid request */
	char *prompt;    /* the last user message, cut to PROMPT_LOG_BYTES */
	unsigned attempt;/* 0: not counted (400, 401, 404) */
	int stream;
	char *fault;     /* NULL: no fault */
	int auth;
	const char *api;  /* "anthropic" for /v1/messages; NULL: chat completions */
	const char *batch;     /* borrowed: the batch of a request inside one, or NULL */
	const char *custom_id; /* borrowed: its custom_id */
};

static void lrec_release(struct lrec *r)
{
	free(r->model);
	free(r->prompt);
	free(r->fault);
	memset(r, 0, sizeof *r);
}

static void ledger_line(struct sim *sim, json_t *o);

static void ledger_write(struct sim *sim, const struct lrec *r, int status, int served)
{
	if (!sim->ledger)
		return;
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	double t = (double)now.tv_sec + (double)now.tv_nsec / 1e9;
	json_t *o = must(json_object());
	json_object_set_new(o, "t", must(json_real(t)));
	json_object_set_new(o, "model", r->model ? must(json_string(r->model)) : json_null());
	json_object_set_new(o, "key", r->key[0] ? must(json_string(r->key)) : json_null());
	json_object_set_new(o, "prompt", must(json_string(r->prompt ? r->prompt : "")));
	json_object_set_new(o, "attempt", must(json_integer(r->attempt)));
	json_object_set_new(o, "stream", json_boolean(r->stream));
	json_object_set_new(o, "fault", r->fault ? must(json_string(r->fault)) : json_null());
	json_object_set_new(o, "status", must(json_integer(status)));
	json_object_set_new(o, "served", json_boolean(served));
	json_object_set_new(o, "auth", json_boolean(r->auth));
	if (r->api)
		json_object_set_new(o, "api", must(json_string(r->api)));
	if (r->batch) {
		json_object_set_new(o, "batch", must(json_string(r->batch)));
		json_object_set_new(o, "custom_id", must(json_string(r->custom_id)));
	}
	ledger_line(sim, o);
}

/* Write the JSON object O (consumed) as one ledger line. */
static void ledger_line(struct sim *sim, json_t *o)
{
	char *line = dump(o);
	json_decref(o);
	pthread_mutex_lock(&sim->ledger_mu);
	fputs(line, sim->ledger);
	fputc('\n', sim->ledger);
	fflush(sim->ledger);
	pthread_mutex_unlock(&sim->ledger_mu);
	free(line);
}

/* Has the client closed its end? A client that gave up during a latency
 * sleep must not be logged as served. */
static int client_gone(struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
	if (!ci)
		return 0;
	struct pollfd pfd = { .fd = ci->connect_fd, .events = POLLIN | POLLRDHUP };
	if (poll(&pfd, 1, 0) <= 0)
		return 0;
	return (pfd.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

/* ---- plain responses ---- */

static enum MHD_Result send_body(struct MHD_Connection *c, unsigned status,
				 const char *ctype, char *body, size_t len,
				 long retry_after)
{
	struct MHD_Response *resp =
		MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		free(body);
		return MHD_NO;
	}
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
	MHD_add_response_header(resp, MHD_HTTP_HEADER_SERVER, "trisim (simulated models)");
	if (retry_after >= 0) {
		char ra[32];
		snprintf(ra, sizeof ra, "%ld", retry_after);
		MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER, ra);
	}
	enum MHD_Result rc = MHD_queue_response(c, status, resp);
	MHD_destroy_response(resp);
	return rc;
}

static enum MHD_Result send_json(struct MHD_Connection *c, unsigned status, json_t *v,
				 long retry_after)
{
	char *s = dump(v);
	json_decref(v);
	return send_body(c, status, "application/json", s, strlen(s), retry_after);
}

json_t *sim_openai_error(const char *type, const char *code, const char *param,
			 const char *msg)
{
	json_t *e = must(json_pack("{s:{s:s, s:s}}", "error", "message", msg, "type", type));
	json_t *in = json_object_get(e, "error");
	json_object_set_new(in, "param", param ? must(json_string(param)) : json_null());
	json_object_set_new(in, "code", code ? must(json_string(code)) : json_null());
	return e;
}

json_t *sim_anth_error(const char *type, const char *msg)
{
	return must(json_pack("{s:s, s:{s:s, s:s}}", "type", "error", "error",
			      "type", type, "message", msg));
}

enum MHD_Result sim_send_body(struct MHD_Connection *c, unsigned status, const char *ctype,
			      char *body, size_t len)
{
	return send_body(c, status, ctype, body, len, -1);
}

enum MHD_Result sim_send_json(struct MHD_Connection *c, unsigned status, json_t *v)
{
	return send_json(c, status, v, -1);
}

/* An OpenAI-style error: {"error": {"message", "type", "param", "code"}}. */
static enum MHD_Result send_error(struct MHD_Connection *c, unsigned status,
				  const char *type, const char *code, long retry_after,
				  const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static enum MHD_Result send_error(struct MHD_Connection *c, unsigned status,
				  const char *type, const char *code, long retry_after,
				  const char *fmt, ...)
{
	va_list ap;
	char *msg = NULL;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	json_t *e = sim_openai_error(type, code, NULL, msg ? msg : "error");
	free(msg);
	return send_json(c, status, e, retry_after);
}

/* ---- answers ---- */

static json_t *usage_json(const struct plan *p)
{
	json_t *u = must(json_pack("{s:I, s:I, s:I, s:{s:I}}",
		"prompt_tokens", (json_int_t)p->prompt_tokens,
		"completion_tokens", (json_int_t)p->completion_tokens,
		"total_tokens", (json_int_t)(p->prompt_tokens + p->completion_tokens),
		"completion_tokens_details",
		"reasoning_tokens", (json_int_t)p->reasoning_tokens));
	if (p->m->has_cost)
		json_object_set_new(u, "cost", must(json_real(p->m->cost)));
	return u;
}

/* llama.cpp's "timings": the first-token delay counts as prompt time, the
 * rest of the latency as generation time. */
static json_t *timings_json(const struct plan *p)
{
	double pms = (double)p->first_token_ms;
	double gms = (double)(p->latency_ms - p->first_token_ms);
	double rate = gms > 0 ? (double)p->completion_tokens * 1000.0 / gms : 0.0;
	return must(json_pack("{s:I, s:f, s:I, s:f, s:f}",
		"prompt_n", (json_int_t)p->prompt_tokens, "prompt_ms", pms,
		"predicted_n", (json_int_t)p->completion_tokens, "predicted_ms", gms,
		"predicted_per_second", rate));
}

static void add_extras(json_t *o, const struct plan *p, int with_timings)
{
	if (p->m->provider)
		json_object_set_new(o, "provider", must(json_string(p->m->provider)));
	if (with_timings && p->m->timings)
		json_object_set_new(o, "timings", timings_json(p));
}

static char *completion_id(const struct plan *p)
{
	char *id = sim_asprintf("chatcmpl-sim-%016llx-%u",
				(unsigned long long)p->key, p->attempt);
	if (!id)
		abort();
	return id;
}

/* The arguments of a scripted call as the protocol sends them: JSON text
 * (a string in the script is sent as it is, valid JSON or not). */
static char *call_args(const json_t *c)
{
	const json_t *a = json_object_get(c, "arguments");
	char *s = json_is_string(a) ? strdup(json_string_value(a)) : dump((json_t *)a);
	if (!s)
		abort();
	return s;
}

/* The scripted calls as "tool_calls" of a message: ids call_0, call_1 ... */
static json_t *calls_json(const json_t *calls)
{
	json_t *arr = must(json_array()), *c;
	size_t i;
	json_array_foreach(calls, i, c) {
		char *id = sim_asprintf("call_%zu", i), *a = call_args(c);
		if (!id)
			abort();
		json_array_append_new(arr, must(json_pack("{s:s, s:s, s:{s:O, s:s}}", "id", id,
			"type", "function", "function", "name", json_object_get(c, "name"),
			"arguments", a)));
		free(id);
		free(a);
	}
	return arr;
}

/* The non-streaming answer; CHOICES false gives "choices": [] (fault "empty"). */
static json_t *answer_json(const struct plan *p, const char *model, int choices)
{
	char *id = completion_id(p);
	json_t *o = must(json_pack("{s:s, s:s, s:I, s:s}", "id", id,
		"object", "chat.completion", "created", (json_int_t)time(NULL),
		"model", model));
	free(id);
	json_t *arr = must(json_array());
	if (choices) {
		json_t *msg = must(json_pack("{s:s, s:s}", "role", "assistant",
					     "content", p->text));
		if (p->reasoning)
			json_object_set_new(msg, "reasoning_content",
					    must(json_string(p->reasoning)));
		if (p->r->tool_calls) {
			if (!*p->text)
				json_object_set_new(msg, "content", json_null());
			json_object_set_new(msg, "tool_calls", calls_json(p->r->tool_calls));
		}
		json_array_append_new(arr, must(json_pack("{s:i, s:o, s:s}", "index", 0,
			"message", msg, "finish_reason", p->r->finish_reason)));
	}
	json_object_set_new(o, "choices", arr);
	json_object_set_new(o, "usage", usage_json(p));
	add_extras(o, p, 1);
	return o;
}

/* ---- streaming ---- */

struct event {
	char *data;
	size_t len;
	long delay_ms;   /* wait this long before sending */
};

struct stream {
	struct sim *sim;
	struct MHD_Connection *conn;
	struct event *ev;
	size_t nev, cap;
	size_t nsend;    /* events to send: nev, or fewer when truncating */
	size_t cur, off; /* next event, and bytes of it already sent */
	int waited;      /* the delay of ev[cur] is over */
	int cut;         /* end with an error after nsend events */
	size_t log_at;   /* write the ledger line before sending this event */
	int logged;
	struct lrec rec;
};

static void stream_push(struct stream *st, char *data, size_t len, long delay_ms)
{
	if (st->nev == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 16;
		st->ev = realloc(st->ev, st->cap * sizeof *st->ev);
		if (!st->ev)
			abort();
	}
	st->ev[st->nev++] = (struct event){ data, len, delay_ms };
}

/* Append the SSE event "data: JSON\n\n" for V (consumed). */
static void stream_push_json(struct stream *st, json_t *v, long delay_ms)
{
	char *j = dump(v);
	json_decref(v);
	char *e = sim_asprintf("data: %s\n\n", j);
	free(j);
	if (!e)
		abort();
	stream_push(st, e, strlen(e), delay_ms);
}

static json_t *chunk_json(const struct plan *p, const char *id, json_int_t created,
			  const char *model, json_t *delta, const char *finish)
{
	json_t *o = must(json_pack("{s:s, s:s, s:I, s:s}", "id", id,
		"object", "chat.completion.chunk", "created", created, "model", model));
	if (p->m->provider)
		json_object_set_new(o, "provider", must(json_string(p->m->provider)));
	json_t *choice = must(json_pack("{s:i, s:o}", "index", 0, "delta", delta));
	json_object_set_new(choice, "finish_reason", finish ? must(json_string(finish)) : json_null());
	json_object_set_new(o, "choices", must(json_pack("[o]", choice)));
	return o;
}

/* Split TEXT into chunks of chunk_bytes (never inside a UTF-8 sequence)
 * and push one delta event for each, with delay 0 (set later). */
static void push_text(struct stream *st, const struct plan *p, const char *id,
		      json_int_t created, const char *model, const char *field,
		      const char *text)
{
	size_t n = strlen(text), at = 0;
	while (at < n) {
		size_t k = p->m->chunk_bytes;
		if (k > n - at)
			k = n - at;
		while (at + k < n && ((unsigned char)text[at + k] & 0xC0) == 0x80)
			k++;
		json_t *delta = must(json_object());
		json_object_set_new(delta, field, must(json_stringn(text + at, k)));
		stream_push_json(st, chunk_json(p, id, created, model, delta, NULL), 0);
		at += k;
	}
}

/* The scripted calls as deltas: for each, one with its index, id and name,
 * then its arguments in chunk_bytes pieces. */
static void push_calls(struct stream *st, const struct plan *p, const char *id,
		       json_int_t created, const char *model)
{
	size_t i;
	json_t *c;
	json_array_foreach(p->r->tool_calls, i, c) {
		char *cid = sim_asprintf("call_%zu", i), *a = call_args(c);
		if (!cid)
			abort();
		json_t *d = must(json_pack("{s:[{s:I, s:s, s:s, s:{s:O, s:s}}]}", "tool_calls",
			"index", (json_int_t)i, "id", cid, "type", "function", "function",
			"name", json_object_get(c, "name"), "arguments", ""));
		stream_push_json(st, chunk_json(p, id, created, model, d, NULL), 0);
		size_t n = strlen(a), at = 0;
		while (at < n) {
			size_t k = p->m->chunk_bytes;
			if (k > n - at)
				k = n - at;
			while (at + k < n && ((unsigned char)a[at + k] & 0xC0) == 0x80)
				k++;
			/* script strings are UTF-8 and cut between sequences */
			json_t *piece = must(json_stringn(a + at, k));
			d = must(json_pack("{s:[{s:I, s:{s:o}}]}", "tool_calls", "index", (json_int_t)i,
					   "function", "arguments", piece));
			stream_push_json(st, chunk_json(p, id, created, model, d, NULL), 0);
			at += k;
		}
		free(cid);
		free(a);
	}
}

/* The events of a streamed answer, timed: first_token_ms before the first
 * reasoning or content chunk, the rest of the latency spread evenly over
 * the later chunks and the finish chunk. */
static void build_stream(struct stream *st, const struct plan *p, const char *model,
			 int include_usage)
{
	char *id = completion_id(p);
	json_int_t created = (json_int_t)time(NULL);

	stream_push_json(st, chunk_json(p, id, created, model,
		must(json_pack("{s:s, s:s}", "role", "assistant", "content", "")), NULL), 0);
	size_t first = st->nev;
	if (p->reasoning)
		push_text(st, p, id, created, model, "reasoning_content", p->reasoning);
	push_text(st, p, id, created, model, "content", p->text);
	push_calls(st, p, id, created, model);
	json_t *fin = chunk_json(p, id, created, model, must(json_object()),
				 p->r->finish_reason);
	if (p->m->timings)
		json_object_set_new(fin, "timings", timings_json(p));
	stream_push_json(st, fin, 0);

	/* events first .. nev-1: first_token_ms, then the rest shared out */
	size_t later = st->nev - first - 1;
	long rest = p->latency_ms - p->first_token_ms;
	st->ev[first].delay_ms = later ? p->first_token_ms : p->latency_ms;
	for (size_t i = 0; i < later; i++)
		st->ev[first + 1 + i].delay_ms =
			(long)((long long)rest * (long long)(i + 1) / (long long)later -
			       (long long)rest * (long long)i / (long long)later);

	if (include_usage) {
		json_t *u = must(json_pack("{s:s, s:s, s:I, s:s, s:[]}", "id", id,
			"object", "chat.completion.chunk", "created", created,
			"model", model, "choices"));
		json_object_set_new(u, "usage", usage_json(p));
		if (p->m->provider)
			json_object_set_new(u, "provider", must(json_string(p->m->provider)));
		stream_push_json(st, u, 0);
	}
	char *done = sim_asprintf("data: [DONE]\n\n");
	if (!done)
		abort();
	stream_push(st, done, strlen(done), 0);
	free(id);
}

static ssize_t stream_read(void *cls, uint64_t pos, char *buf, size_t max)
{
	struct stream *st = cls;
	(void)pos;
	if (st->cur >= st->nsend)
		return st->cut ? MHD_CONTENT_READER_END_WITH_ERROR
			       : MHD_CONTENT_READER_END_OF_STREAM;
	struct event *e = &st->ev[st->cur];
	if (!st->waited) {
		if (sim_sleep(st->sim, e->delay_ms) < 0)
			return MHD_CONTENT_READER_END_WITH_ERROR;
		st->waited = 1;
		if (!st->logged && st->cur == st->log_at) {
			if (client_gone(st->conn))
				return MHD_CONTENT_READER_END_WITH_ERROR;
			ledger_write(st->sim, &st->rec, 200, 1);
			st->logged = 1;
		}
	}
	size_t n = e->len - st->off;
	if (n > max)
		n = max;
	memcpy(buf, e->data + st->off, n);
	st->off += n;
	if (st->off == e->len) {
		st->cur++;
		st->off = 0;
		st->waited = 0;
	}
	return (ssize_t)n;
}

static void stream_free(void *cls)
{
	struct stream *st = cls;
	if (!st->logged)
		ledger_write(st->sim, &st->rec, 200, 0);
	for (size_t i = 0; i < st->nev; i++)
		free(st->ev[i].data);
	free(st->ev);
	lrec_release(&st->rec);
	free(st);
}

static struct stream *stream_alloc(struct sim *sim, struct MHD_Connection *c,
				   struct lrec *rec)
{
	struct stream *st = calloc(1, sizeof *st);
	if (!st)
		abort();
	st->sim = sim;
	st->conn = c;
	st->rec = *rec; /* takes over the record's strings */
	memset(rec, 0, sizeof *rec);
	st->log_at = SIZE_MAX;
	return st;
}

/* Queue ST as the response: chunked SSE when SIZE is MHD_SIZE_UNKNOWN,
 * else SIZE bytes of CTYPE. The response owns ST from here on. */
static enum MHD_Result queue_stream(struct MHD_Connection *c, struct stream *st,
				    uint64_t size, const char *ctype)
{
	struct MHD_Response *resp = MHD_create_response_from_callback(size, 16 * 1024,
		stream_read, st, stream_free);
	if (!resp) {
		stream_free(st);
		return MHD_NO;
	}
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
	MHD_add_response_header(resp, MHD_HTTP_HEADER_SERVER, "trisim (simulated models)");
	if (size == MHD_SIZE_UNKNOWN)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
	enum MHD_Result rc = MHD_queue_response(c, MHD_HTTP_OK, resp);
	MHD_destroy_response(resp);
	return rc;
}

/* ---- one chat-completions request ---- */

struct conn {
	struct sb body;
	int too_big;
};

/* The text of a message's content: a string, or the "text" of each part
 * of an array of content parts, concatenated. */
static void content_text(json_t *content, struct sb *out)
{
	if (json_is_string(content)) {
		sb_add(out, json_string_value(content), json_string_length(content));
		return;
	}
	size_t i;
	json_t *part;
	json_array_foreach(content, i, part) {
		json_t *t = json_object_get(part, "text");
		if (json_is_string(t))
			sb_add(out, json_string_value(t), json_string_length(t));
	}
}

/* MSG (consumed), padded with 'x' to the model's error_body_bytes. */
static char *pad_error(const struct model *m, char *msg)
{
	if (!msg)
		abort();
	size_t n = strlen(msg), want = (size_t)m->error_body_bytes;
	if (want <= n)
		return msg;
	char *p = realloc(msg, want + 1);
	if (!p)
		abort();
	memset(p + n, 'x', want - n);
	p[want] = '\0';
	return p;
}

/* The "truncate" fault, for either protocol: half the events of the
 * stream built by build, or half the body answer makes, then the
 * connection ends. */
static enum MHD_Result send_cut(struct sim *sim, struct MHD_Connection *c, struct lrec *rec,
				const struct plan *p, const char *model, int stream,
				void (*build)(struct stream *, const struct plan *, const char *, int),
				int build_arg, json_t *(*answer)(const struct plan *, const char *, int))
{
	ledger_write(sim, rec, 200, 0);
	struct stream *st = stream_alloc(sim, c, rec);
	st->logged = 1;
	st->cut = 1;
	if (stream) {
		build(st, p, model, build_arg);
		st->nsend = st->nev / 2;
		return queue_stream(c, st, MHD_SIZE_UNKNOWN, "text/event-stream");
	}
	if (sim_sleep(sim, p->latency_ms) < 0) {
		stream_free(st);
		return MHD_NO;
	}
	json_t *a = answer(p, model, 1);
	char *j = dump(a);
	json_decref(a);
	size_t full = strlen(j);
	stream_push(st, j, full / 2, 0);
	st->nsend = 1;
	return queue_stream(c, st, full, "application/json");
}

static enum MHD_Result act_fault(struct sim *sim, struct MHD_Connection *c,
				 const struct plan *p, struct lrec *rec, const char *model,
				 int stream, int include_usage)
{
	static const char sse[] = "text/event-stream";
	const char *kind = sim_fault_name(p->fault.kind);
	switch (p->fault.kind) {
	case FAULT_429:
	case FAULT_429_RA: {
		ledger_write(sim, rec, 429, 0);
		char *msg = pad_error(p->m, sim_asprintf("simulated fault: rate limit reached for %s",
							 model));
		enum MHD_Result rc = send_error(c, 429, "rate_limit_error", "rate_limit_exceeded",
				  p->fault.kind == FAULT_429_RA ? p->fault.retry_after : -1, "%s", msg);
		free(msg);
		return rc;
	}
	case FAULT_500:
	case FAULT_502:
	case FAULT_503: {
		unsigned st = p->fault.kind == FAULT_500 ? 500 : p->fault.kind == FAULT_502 ? 502 : 503;
		ledger_write(sim, rec, (int)st, 0);
		char *msg = pad_error(p->m, sim_asprintf("simulated fault: %u from the simulated "
							 "model %s", st, model));
		enum MHD_Result rc = send_error(c, st, "server_error", kind, -1, "%s", msg);
		free(msg);
		return rc;
	}
	case FAULT_DROP:
		ledger_write(sim, rec, 0, 0);
		return MHD_NO;
	case FAULT_STALL:
		ledger_write(sim, rec, 0, 0);
		sim_sleep(sim, p->m->stall_ms);
		return MHD_NO;
	case FAULT_INVALID_JSON: {
		ledger_write(sim, rec, 200, 0);
		const char *b = stream ? "data: {\"choices\": [\n\ndata: [DONE]\n\n"
				       : "{\"choices\": [";
		char *body = strdup(b);
		if (!body)
			abort();
		return send_body(c, 200, stream ? sse : "application/json", body,
				 strlen(body), -1);
	}
	case FAULT_EMPTY: {
		ledger_write(sim, rec, 200, 0);
		json_t *a = answer_json(p, model, 0);
		if (!stream)
			return send_json(c, 200, a, -1);
		json_object_set_new(a, "object", must(json_string("chat.completion.chunk")));
		char *j = dump(a);
		json_decref(a);
		char *body = sim_asprintf("data: %s\n\ndata: [DONE]\n\n", j);
		free(j);
		if (!body)
			abort();
		return send_body(c, 200, sse, body, strlen(body), -1);
	}
	case FAULT_TRUNCATE:
		return send_cut(sim, c, rec, p, model, stream, build_stream, include_usage, answer_json);
	case FAULT_NONE:
		break;
	}
	return MHD_NO;
}

/* The bytes of the tools offered, as real APIs bill them: for each tool
 * its name, its description and the compact JSON of its parameters
 * (OpenAI: tools[].function.{name, description, parameters}; Anthropic:
 * tools[].{name, description, input_schema}). 0 without tools. */
static size_t tools_bytes(json_t *tools, int anthropic)
{
	size_t bytes = 0, i;
	json_t *t;
	json_array_foreach(tools, i, t) {
		json_t *f = anthropic ? t : json_object_get(t, "function");
		json_t *name = json_object_get(f, "name"), *desc = json_object_get(f, "description");
		json_t *schema = json_object_get(f, anthropic ? "input_schema" : "parameters");
		if (json_is_string(name))
			bytes += json_string_length(name);
		if (json_is_string(desc))
			bytes += json_string_length(desc);
		if (schema) {
			char *j = json_dumps(schema, JSON_COMPACT | JSON_ENCODE_ANY);
			if (!j)
				abort();
			bytes += strlen(j);
			free(j);
		}
	}
	return bytes;
}

/* Sum the content bytes of all MESSAGES, set LAST to the text of the last
 * user message ("" when there is none) and append every message's text
 * to ALL; return the sum. */
static size_t scan_messages(json_t *msgs, struct sb *last, struct sb *all)
{
	size_t bytes = 0, i;
	json_t *msg;
	json_array_foreach(msgs, i, msg) {
		struct sb t = { 0 };
		content_text(json_object_get(msg, "content"), &t);
		bytes += t.len;
		if (t.len) {
			sb_add(all, t.s, t.len);
			sb_add(all, "\n", 1);
		}
		json_t *role = json_object_get(msg, "role");
		if (json_is_string(role) && strcmp(json_string_value(role), "user") == 0) {
			free(last->s);
			*last = t;
		} else {
			free(t.s);
		}
	}
	if (!last->s)
		sb_adds(last, "");
	return bytes;
}

/* A successful answer: a timed stream, or the whole JSON after the latency.
 * Takes over REC's strings for a stream. */
static enum MHD_Result send_answer(struct sim *sim, struct MHD_Connection *c,
				   const struct plan *p, struct lrec *rec,
				   const char *model, int include_usage)
{
	if (rec->stream) {
		struct stream *st = stream_alloc(sim, c, rec);
		build_stream(st, p, model, include_usage);
		st->nsend = st->nev;
		st->log_at = st->nev - 1;
		return queue_stream(c, st, MHD_SIZE_UNKNOWN, "text/event-stream");
	}
	if (sim_sleep(sim, p->latency_ms) < 0 || client_gone(c)) {
		ledger_write(sim, rec, 0, 0);
		return MHD_NO;
	}
	ledger_write(sim, rec, 200, 1);
	return send_json(c, 200, answer_json(p, model, 1), -1);
}

/* The token of an "Authorization: Bearer TOKEN" header, or NULL. */
static const char *bearer_token(struct MHD_Connection *c)
{
	const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
						       MHD_HTTP_HEADER_AUTHORIZATION);
	if (!auth || strncasecmp(auth, "Bearer ", 7) != 0)
		return NULL;
	auth += 7;
	while (*auth == ' ')
		auth++;
	return auth;
}

static int key_ok(struct sim *sim, const char *token)
{
	return !sim->script.require_key ||
	       (token && strcmp(token, sim->script.require_key) == 0);
}

static enum MHD_Result send_401(struct MHD_Connection *c)
{
	return send_error(c, 401, "invalid_request_error", "invalid_api_key", -1,
			  "simulated: incorrect API key provided");
}

/* The end of reading a request, either protocol: REC gets KEY and the last
 * user text as its prompt; ALL is at least "". Returns KEY. */
static uint64_t read_done(struct lrec *rec, uint64_t key, const struct sb *last, struct sb *all)
{
	snprintf(rec->key, sizeof rec->key, "%016llx", (unsigned long long)key);
	if (!all->s)
		sb_adds(all, "");
	rec->prompt = strndup(last->s, utf8_cut(last->s, last->len, PROMPT_LOG_BYTES));
	if (!rec->prompt)
		abort();
	return key;
}

/* What a chat-completions request REQ (with its MODEL and MESSAGES) asks,
 * for the interactive endpoint and for batches alike: set REC's key and
 * prompt, LAST to the last user message, ALL to the conversation, and
 * *PROMPT_BYTES to the prompt size; return the request key. */
static uint64_t chat_read(json_t *req, const char *model, json_t *msgs, struct lrec *rec,
			  struct sb *last, struct sb *all, size_t *prompt_bytes)
{
	char *canon = json_dumps(msgs, JSON_COMPACT | JSON_SORT_KEYS);
	if (!canon)
		abort();
	uint64_t key = sim_request_key(model, canon);
	free(canon);
	*prompt_bytes = scan_messages(msgs, last, all) +
			tools_bytes(json_object_get(req, "tools"), 0);
	return read_done(rec, key, last, all);
}

static enum MHD_Result handle_chat(struct sim *sim, struct MHD_Connection *c,
				   struct conn *cs)
{
	struct lrec rec;
	memset(&rec, 0, sizeof rec);
	json_t *req = NULL;
	struct sb last = { 0 }, all = { 0 };
	enum MHD_Result rc;

	const char *token = bearer_token(c);
	rec.auth = token != NULL;

	if (cs->too_big) {
		ledger_write(sim, &rec, 413, 0);
		rc = send_error(c, 413, "invalid_request_error", "request_too_large", -1,
				"request body larger than %u bytes", BODY_CAP);
		goto out;
	}
	json_error_t jerr;
	req = json_loadb(cs->body.s ? cs->body.s : "", cs->body.len, 0, &jerr);
	json_t *jm = req ? json_object_get(req, "model") : NULL;
	json_t *msgs = req ? json_object_get(req, "messages") : NULL;
	if (json_is_string(jm) && !(rec.model = strdup(json_string_value(jm))))
		abort();
	if (!req || !json_is_string(jm) || !json_is_array(msgs)) {
		ledger_write(sim, &rec, 400, 0);
		rc = send_error(c, 400, "invalid_request_error", "invalid_request", -1,
				"%s", !req ? "the request body is not JSON"
				: !json_is_string(jm) ? "\"model\" (a string) is required"
				: "\"messages\" (an array) is required");
		goto out;
	}
	const char *model = json_string_value(jm);
	rec.stream = json_is_true(json_object_get(req, "stream"));
	int include_usage = json_is_true(json_object_get(
		json_object_get(req, "stream_options"), "include_usage"));

	size_t prompt_bytes;
	uint64_t key = chat_read(req, model, msgs, &rec, &last, &all, &prompt_bytes);

	if (!key_ok(sim, token)) {
		ledger_write(sim, &rec, 401, 0);
		rc = send_401(c);
		goto out;
	}
	const struct model *m = script_model(&sim->script, model);
	if (!m) {
		ledger_write(sim, &rec, 404, 0);
		rc = send_error(c, 404, "invalid_request_error", "model_not_found", -1,
				"The model `%s` does not exist among the simulated models", model);
		goto out;
	}

	struct plan p;
	rec.attempt = next_attempt(sim, key);
	long ra = rate_check(sim, m);
	if (ra >= 0) {
		if (!(rec.fault = strdup("rate-limit")))
			abort();
		ledger_write(sim, &rec, 429, 0);
		char *msg = pad_error(m, sim_asprintf("simulated: rate limit of %g requests/s reached "
						      "for %s", m->rate_rps, model));
		rc = send_error(c, 429, "rate_limit_error", "rate_limit_exceeded", ra, "%s", msg);
		free(msg);
		goto out;
	}
	sim_plan(&p, m, last.s, all.s, prompt_bytes, key, rec.attempt);
	if (p.fault.kind != FAULT_NONE) {
		rec.fault = p.fault.kind == FAULT_429_RA
			? sim_asprintf("429-retry-after:%ld", p.fault.retry_after)
			: strdup(sim_fault_name(p.fault.kind));
		if (!rec.fault)
			abort();
		rc = act_fault(sim, c, &p, &rec, model, rec.stream, include_usage);
		goto out;
	}
	rc = send_answer(sim, c, &p, &rec, model, include_usage);
out:
	free(last.s);
	free(all.s);
	json_decref(req);
	lrec_release(&rec);
	return rc;
}

/* ---- the Anthropic Messages API (POST /v1/messages) ----
 *
 * The same models, rules, faults, latency, usage and ledger as chat
 * completions, in Anthropic's shapes: content blocks (thinking, text,
 * tool_use), stop_reason, input/output tokens, and named SSE events. */

/* An Anthropic-style error: {"type": "error", "error": {"type", "message"}}. */
static enum MHD_Result anth_error(struct MHD_Connection *c, unsigned status,
				  const char *type, long retry_after,
				  const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static enum MHD_Result anth_error(struct MHD_Connection *c, unsigned status,
				  const char *type, long retry_after,
				  const char *fmt, ...)
{
	va_list ap;
	char *msg = NULL;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	json_t *e = sim_anth_error(type, msg ? msg : "error");
	free(msg);
	return send_json(c, status, e, retry_after);
}

/* Append to OUT the text of an Anthropic content: a string, or the "text"
 * of its text blocks, concatenated. Returns whether it had any text (a
 * string, or at least one text block). */
static int anth_text(json_t *content, struct sb *out)
{
	if (json_is_string(content)) {
		sb_add(out, json_string_value(content), json_string_length(content));
		return 1;
	}
	int any = 0;
	size_t i;
	json_t *b;
	json_array_foreach(content, i, b) {
		json_t *type = json_object_get(b, "type"), *t = json_object_get(b, "text");
		if (json_is_string(type) && strcmp(json_string_value(type), "text") == 0 &&
		    json_is_string(t)) {
			sb_add(out, json_string_value(t), json_string_length(t));
			any = 1;
		}
	}
	return any;
}

/* Append to OUT the content of every tool_result block of CONTENT (a string
 * or text blocks), each followed by a newline; return the bytes of content. */
static size_t anth_results(json_t *content, struct sb *out)
{
	size_t bytes = 0, i;
	json_t *b;
	if (!json_is_array(content))
		return 0;
	json_array_foreach(content, i, b) {
		json_t *type = json_object_get(b, "type");
		if (!json_is_string(type) || strcmp(json_string_value(type), "tool_result") != 0)
			continue;
		struct sb r = { 0 };
		anth_text(json_object_get(b, "content"), &r);
		if (r.len) {
			sb_add(out, r.s, r.len);
			sb_add(out, "\n", 1);
		}
		bytes += r.len;
		free(r.s);
	}
	return bytes;
}

/* Scan an Anthropic request: SYS gets the system text; LAST the text of
 * the last user message that has text (a user message of tool_result
 * blocks only is not user text); ALL the system text, every message's text
 * and every tool_result's content, newline-separated. Returns the bytes of
 * the system text, the texts and the tool results: the prompt size. */
static size_t anth_scan(json_t *system, json_t *msgs, struct sb *sys, struct sb *last,
			struct sb *all)
{
	anth_text(system, sys);
	size_t bytes = sys->len, i;
	if (sys->len) {
		sb_add(all, sys->s, sys->len);
		sb_add(all, "\n", 1);
	}
	json_t *msg;
	json_array_foreach(msgs, i, msg) {
		json_t *content = json_object_get(msg, "content");
		struct sb t = { 0 };
		int has = anth_text(content, &t);
		bytes += t.len;
		if (t.len) {
			sb_add(all, t.s, t.len);
			sb_add(all, "\n", 1);
		}
		bytes += anth_results(content, all);
		json_t *role = json_object_get(msg, "role");
		if (has && json_is_string(role) && strcmp(json_string_value(role), "user") == 0) {
			free(last->s);
			*last = t;
			if (!last->s)
				sb_adds(last, "");
		} else {
			free(t.s);
		}
	}
	if (!last->s)
		sb_adds(last, "");
	if (!sys->s)
		sb_adds(sys, "");
	return bytes;
}

static char *anth_id(const struct plan *p)
{
	char *id = sim_asprintf("msg_sim_%016llx_%u", (unsigned long long)p->key, p->attempt);
	if (!id)
		abort();
	return id;
}

static int has_calls(const struct plan *p)
{
	return p->r->tool_calls && json_array_size(p->r->tool_calls) > 0;
}

static const char *anth_stop_reason(const struct plan *p)
{
	if (has_calls(p))
		return "tool_use";
	if (strcmp(p->r->finish_reason, "length") == 0)
		return "max_tokens";
	return "end_turn";
}

/* Anthropic counts thinking inside output_tokens, as completion_tokens
 * already does. */
static json_t *anth_usage(const struct plan *p, long output)
{
	return must(json_pack("{s:I, s:I, s:I, s:I}",
		"input_tokens", (json_int_t)p->prompt_tokens,
		"output_tokens", (json_int_t)output,
		"cache_read_input_tokens", (json_int_t)p->cache_read_tokens,
		"cache_creation_input_tokens", (json_int_t)p->cache_write_tokens));
}

/* A scripted call's "input": its arguments object, or a string sent as the
 * JSON string it is (a client must see that it is not an object). */
static json_t *call_input(const json_t *c)
{
	return json_incref(json_object_get(c, "arguments"));
}

static char *tool_use_id(size_t i)
{
	char *id = sim_asprintf("toolu_%zu", i);
	if (!id)
		abort();
	return id;
}

/* The non-streamed message; BLOCKS false gives "content": [] (fault "empty"). */
static json_t *anth_answer(const struct plan *p, const char *model, int blocks)
{
	json_t *content = must(json_array());
	if (blocks) {
		if (p->reasoning)
			json_array_append_new(content, must(json_pack("{s:s, s:s, s:s}",
				"type", "thinking", "thinking", p->reasoning,
				"signature", "simulated")));
		if (*p->text)
			json_array_append_new(content, must(json_pack("{s:s, s:s}",
				"type", "text", "text", p->text)));
		size_t i;
		json_t *c;
		if (p->r->tool_calls)
			json_array_foreach(p->r->tool_calls, i, c) {
				char *id = tool_use_id(i);
				json_array_append_new(content, must(json_pack("{s:s, s:s, s:O, s:o}",
					"type", "tool_use", "id", id, "name",
					json_object_get(c, "name"), "input", call_input(c))));
				free(id);
			}
	}
	char *id = anth_id(p);
	json_t *o = must(json_pack("{s:s, s:s, s:s, s:s, s:o, s:s, s:n, s:o}",
		"id", id, "type", "message", "role", "assistant", "model", model,
		"content", content, "stop_reason", anth_stop_reason(p),
		"stop_sequence", "usage", anth_usage(p, p->completion_tokens)));
	free(id);
	return o;
}

#define TIMED (-1L) /* an event's delay, to be set once all are known */

/* Append the SSE event "event: NAME\ndata: JSON\n\n" for V (consumed), whose
 * "type" is NAME. */
static void anth_push(struct stream *st, const char *name, json_t *v, long delay_ms)
{
	json_t *o = must(json_pack("{s:s}", "type", name));
	json_object_update(o, v);
	json_decref(v);
	char *j = dump(o);
	json_decref(o);
	char *e = sim_asprintf("event: %s\ndata: %s\n\n", name, j);
	free(j);
	if (!e)
		abort();
	stream_push(st, e, strlen(e), delay_ms);
}

/* TEXT as content_block_delta events of block INDEX in chunk_bytes pieces
 * (never cut inside a UTF-8 sequence): delta {"type": DTYPE, FIELD: piece}. */
static void anth_pieces(struct stream *st, const struct plan *p, size_t index,
			const char *dtype, const char *field, const char *text)
{
	size_t n = strlen(text), at = 0;
	while (at < n) {
		size_t k = p->m->chunk_bytes;
		if (k > n - at)
			k = n - at;
		while (at + k < n && ((unsigned char)text[at + k] & 0xC0) == 0x80)
			k++;
		json_t *d = must(json_pack("{s:s}", "type", dtype));
		json_object_set_new(d, field, must(json_stringn(text + at, k)));
		anth_push(st, "content_block_delta",
			  must(json_pack("{s:I, s:o}", "index", (json_int_t)index, "delta", d)),
			  TIMED);
		at += k;
	}
}

static void anth_block(struct stream *st, const struct plan *p, size_t index,
		       json_t *start, const char *dtype, const char *field, const char *text)
{
	anth_push(st, "content_block_start", must(json_pack("{s:I, s:o}", "index",
		(json_int_t)index, "content_block", start)), 0);
	anth_pieces(st, p, index, dtype, field, text);
}

static void anth_block_stop(struct stream *st, size_t index)
{
	anth_push(st, "content_block_stop",
		  must(json_pack("{s:I}", "index", (json_int_t)index)), 0);
}

/* The events of a streamed message, timed like chat completions: the first
 * content_block_delta waits first_token_ms, the rest of the latency is
 * spread evenly over the later deltas and message_delta. BLOCKS false
 * gives message_start then message_stop (fault "empty"). */
static void anth_build_stream(struct stream *st, const struct plan *p, const char *model,
			      int blocks)
{
	char *id = anth_id(p);
	json_t *msg = must(json_pack("{s:s, s:s, s:s, s:s, s:[], s:n, s:n, s:o}",
		"id", id, "type", "message", "role", "assistant", "model", model,
		"content", "stop_reason", "stop_sequence", "usage", anth_usage(p, 1)));
	free(id);
	anth_push(st, "message_start", must(json_pack("{s:o}", "message", msg)), 0);
	if (!blocks) {
		anth_push(st, "message_stop", must(json_object()), 0);
		return;
	}
	anth_push(st, "ping", must(json_object()), 0);
	size_t index = 0;
	if (p->reasoning) {
		anth_block(st, p, index, must(json_pack("{s:s, s:s}", "type", "thinking",
			"thinking", "")), "thinking_delta", "thinking", p->reasoning);
		anth_push(st, "content_block_delta", must(json_pack("{s:I, s:{s:s, s:s}}",
			"index", (json_int_t)index, "delta", "type", "signature_delta",
			"signature", "simulated")), 0);
		anth_block_stop(st, index++);
	}
	if (*p->text) {
		anth_block(st, p, index, must(json_pack("{s:s, s:s}", "type", "text", "text", "")),
			   "text_delta", "text", p->text);
		anth_block_stop(st, index++);
	}
	size_t i;
	json_t *c;
	if (p->r->tool_calls)
		json_array_foreach(p->r->tool_calls, i, c) {
			char *tid = tool_use_id(i), *a = call_args(c);
			anth_block(st, p, index, must(json_pack("{s:s, s:s, s:O, s:{}}",
				"type", "tool_use", "id", tid, "name", json_object_get(c, "name"),
				"input")), "input_json_delta", "partial_json", a);
			anth_block_stop(st, index++);
			free(tid);
			free(a);
		}
	anth_push(st, "message_delta", must(json_pack("{s:{s:s, s:n}, s:{s:I}}",
		"delta", "stop_reason", anth_stop_reason(p), "stop_sequence",
		"usage", "output_tokens", (json_int_t)p->completion_tokens)), TIMED);

	/* the timed events: first_token_ms, then the rest shared out */
	size_t ntimed = 0, k = 0;
	for (size_t e = 0; e < st->nev; e++)
		ntimed += st->ev[e].delay_ms == TIMED;
	size_t later = ntimed - 1;
	long rest = p->latency_ms - p->first_token_ms;
	for (size_t e = 0; e < st->nev; e++) {
		if (st->ev[e].delay_ms != TIMED)
			continue;
		if (k == 0)
			st->ev[e].delay_ms = later ? p->first_token_ms : p->latency_ms;
		else
			st->ev[e].delay_ms = (long)((long long)rest * (long long)k / (long long)later -
				(long long)rest * (long long)(k - 1) / (long long)later);
		k++;
	}
	anth_push(st, "message_stop", must(json_object()), 0);
}

static enum MHD_Result anth_fault(struct sim *sim, struct MHD_Connection *c,
				  const struct plan *p, struct lrec *rec, const char *model,
				  int stream)
{
	static const char sse[] = "text/event-stream";
	switch (p->fault.kind) {
	case FAULT_429:
	case FAULT_429_RA: {
		ledger_write(sim, rec, 429, 0);
		char *msg = pad_error(p->m, sim_asprintf("simulated fault: rate limit reached for %s",
							 model));
		enum MHD_Result rc = anth_error(c, 429, "rate_limit_error",
			p->fault.kind == FAULT_429_RA ? p->fault.retry_after : -1, "%s", msg);
		free(msg);
		return rc;
	}
	case FAULT_500:
	case FAULT_502: {
		unsigned st = p->fault.kind == FAULT_500 ? 500 : 502;
		ledger_write(sim, rec, (int)st, 0);
		char *msg = pad_error(p->m, sim_asprintf("simulated fault: %u from the simulated "
							 "model %s", st, model));
		enum MHD_Result rc = anth_error(c, st, "api_error", -1, "%s", msg);
		free(msg);
		return rc;
	}
	case FAULT_503: {
		ledger_write(sim, rec, 529, 0);
		char *msg = pad_error(p->m, sim_asprintf("simulated: overloaded"));
		enum MHD_Result rc = anth_error(c, 529, "overloaded_error", -1, "%s", msg);
		free(msg);
		return rc;
	}
	case FAULT_DROP:
		ledger_write(sim, rec, 0, 0);
		return MHD_NO;
	case FAULT_STALL:
		ledger_write(sim, rec, 0, 0);
		sim_sleep(sim, p->m->stall_ms);
		return MHD_NO;
	case FAULT_INVALID_JSON: {
		ledger_write(sim, rec, 200, 0);
		const char *b = stream
			? "event: message_start\ndata: {\"type\": \"message_start\", \"message\": {\n\n"
			  "event: message_stop\ndata: {\"type\": \"message_stop\"}\n\n"
			: "{\"type\": \"message\", \"content\": [";
		char *body = strdup(b);
		if (!body)
			abort();
		return send_body(c, 200, stream ? sse : "application/json", body,
				 strlen(body), -1);
	}
	case FAULT_EMPTY: {
		ledger_write(sim, rec, 200, 0);
		if (!stream)
			return send_json(c, 200, anth_answer(p, model, 0), -1);
		struct stream *st = stream_alloc(sim, c, rec);
		st->logged = 1;
		anth_build_stream(st, p, model, 0);
		st->nsend = st->nev;
		return queue_stream(c, st, MHD_SIZE_UNKNOWN, sse);
	}
	case FAULT_TRUNCATE:
		return send_cut(sim, c, rec, p, model, stream, anth_build_stream, 1, anth_answer);
	case FAULT_NONE:
		break;
	}
	return MHD_NO;
}

static enum MHD_Result anth_send_answer(struct sim *sim, struct MHD_Connection *c,
					const struct plan *p, struct lrec *rec,
					const char *model)
{
	if (rec->stream) {
		struct stream *st = stream_alloc(sim, c, rec);
		anth_build_stream(st, p, model, 1);
		st->nsend = st->nev;
		st->log_at = st->nev - 1;
		return queue_stream(c, st, MHD_SIZE_UNKNOWN, "text/event-stream");
	}
	if (sim_sleep(sim, p->latency_ms) < 0 || client_gone(c)) {
		ledger_write(sim, rec, 0, 0);
		return MHD_NO;
	}
	ledger_write(sim, rec, 200, 1);
	return send_json(c, 200, anth_answer(p, model, 1), -1);
}

/* The rules of the Messages API a request must keep, as the real one
 * enforces them: max_tokens; roles that alternate, starting with the user;
 * a tool_result only for a tool_use of the turn before; with extended
 * thinking, a budget below max_tokens, no temperature or top_k, no forced
 * tool choice, and no final assistant turn of tool calls without a
 * thinking block. The broken rule, or NULL. */
static const char *anth_rules(json_t *req)
{
	json_t *msgs = json_object_get(req, "messages"), *m, *th = json_object_get(req, "thinking");
	json_t *mt = json_object_get(req, "max_tokens");
	if (!json_is_integer(mt) || json_integer_value(mt) < 1)
		return "max_tokens: a positive integer is required";
	const char *prev = NULL;
	size_t i;
	json_array_foreach(msgs, i, m) {
		const char *role = json_string_value(json_object_get(m, "role"));
		if (!role || (strcmp(role, "user") && strcmp(role, "assistant")))
			return "messages: roles are user and assistant";
		if ((!prev && strcmp(role, "user")) || (prev && !strcmp(prev, role)))
			return "messages: roles must alternate, starting with user";
		json_t *content = json_object_get(m, "content"), *b;
		size_t k;
		json_array_foreach(content, k, b) {
			const char *type = json_string_value(json_object_get(b, "type"));
			if (!type || strcmp(type, "tool_result"))
				continue;
			/* the tool_use it answers is in the turn before */
			const char *id = json_string_value(json_object_get(b, "tool_use_id"));
			json_t *pc = i ? json_object_get(json_array_get(msgs, i - 1), "content") : NULL, *u;
			size_t j;
			int found = 0;
			json_array_foreach(pc, j, u)
				found |= id && json_is_string(json_object_get(u, "id")) &&
					 !strcmp(json_string_value(json_object_get(u, "id")), id);
			if (!found)
				return "messages: a tool_result has no tool_use in the turn before";
		}
		prev = role;
	}
	if (!th || !json_is_object(th) || strcmp(json_string_value(json_object_get(th, "type")) ?
						   json_string_value(json_object_get(th, "type")) : "",
						   "enabled"))
		return NULL;
	json_t *bt = json_object_get(th, "budget_tokens");
	if (!json_is_integer(bt) || json_integer_value(bt) < 1024 ||
	    json_integer_value(bt) >= json_integer_value(mt))
		return "thinking.budget_tokens: at least 1024 and less than max_tokens";
	if (json_object_get(req, "temperature") || json_object_get(req, "top_k"))
		return "temperature and top_k may not be set with thinking";
	const char *tc = json_string_value(json_object_get(json_object_get(req, "tool_choice"), "type"));
	if (tc && (!strcmp(tc, "any") || !strcmp(tc, "tool")))
		return "thinking may not be used with a forced tool_choice";
	json_t *last = json_array_get(msgs, json_array_size(msgs) - 1);
	if (i && last && !strcmp(json_string_value(json_object_get(last, "role")), "assistant")) {
		json_t *first = json_array_get(json_object_get(last, "content"), 0);
		const char *ft = json_string_value(json_object_get(first, "type"));
		if (!ft || strcmp(ft, "thinking"))
			return "a final assistant message must start with a thinking block";
	}
	/* an assistant turn of tool calls before a user turn of results */
	json_array_foreach(msgs, i, m) {
		json_t *b;
		size_t k;
		int tools = 0, thinks = 0;
		if (strcmp(json_string_value(json_object_get(m, "role")), "assistant"))
			continue;
		json_array_foreach(json_object_get(m, "content"), k, b) {
			const char *t = json_string_value(json_object_get(b, "type"));
			tools |= t && !strcmp(t, "tool_use");
			thinks |= t && k == 0 && !strcmp(t, "thinking");
		}
		if (tools && !thinks && i + 2 == json_array_size(msgs))
			return "with thinking, the assistant turn before tool results must start with a "
			       "thinking block";
	}
	return NULL;
}

/* What a Messages request REQ (with its MODEL and MESSAGES) asks, for the
 * interactive endpoint and for batches alike: the request key (messages,
 * then the system text) into REC with the last user text as its prompt;
 * SYS, LAST and ALL as anth_scan sets them, and *PROMPT_BYTES the prompt
 * size. Returns the key. */
static uint64_t anth_read(json_t *req, const char *model, json_t *msgs, struct lrec *rec,
			  struct sb *sys, struct sb *last, struct sb *all, size_t *prompt_bytes)
{
	*prompt_bytes = anth_scan(json_object_get(req, "system"), msgs, sys, last, all) +
			tools_bytes(json_object_get(req, "tools"), 1);
	char *cm = json_dumps(msgs, JSON_COMPACT | JSON_SORT_KEYS);
	if (!cm)
		abort();
	char *canon = sys->len ? sim_asprintf("%s\n%s", cm, sys->s) : strdup(cm);
	free(cm);
	if (!canon)
		abort();
	uint64_t key = sim_request_key(model, canon);
	free(canon);
	return read_done(rec, key, last, all);
}

static enum MHD_Result handle_messages(struct sim *sim, struct MHD_Connection *c,
				       struct conn *cs)
{
	struct lrec rec;
	memset(&rec, 0, sizeof rec);
	rec.api = "anthropic";
	json_t *req = NULL;
	struct sb last = { 0 }, all = { 0 }, sys = { 0 };
	enum MHD_Result rc;

	const char *token = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "x-api-key");
	const char *version = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
							  "anthropic-version");
	rec.auth = token != NULL;

	if (cs->too_big) {
		ledger_write(sim, &rec, 413, 0);
		rc = anth_error(c, 413, "request_too_large", -1,
				"request body larger than %u bytes", BODY_CAP);
		goto out;
	}
	json_error_t jerr;
	req = json_loadb(cs->body.s ? cs->body.s : "", cs->body.len, 0, &jerr);
	json_t *jm = req ? json_object_get(req, "model") : NULL;
	json_t *msgs = req ? json_object_get(req, "messages") : NULL;
	if (json_is_string(jm) && !(rec.model = strdup(json_string_value(jm))))
		abort();
	if (!version || !req || !json_is_string(jm) || !json_is_array(msgs)) {
		ledger_write(sim, &rec, 400, 0);
		rc = anth_error(c, 400, "invalid_request_error", -1, "%s",
				!version ? "anthropic-version: header is required"
				: !req ? "the request body is not JSON"
				: !json_is_string(jm) ? "model: a string is required"
				: "messages: an array is required");
		goto out;
	}
	const char *model = json_string_value(jm);
	rec.stream = json_is_true(json_object_get(req, "stream"));
	const char *rule = anth_rules(req);
	if (rule) {
		ledger_write(sim, &rec, 400, 0);
		rc = anth_error(c, 400, "invalid_request_error", -1, "%s", rule);
		goto out;
	}

	size_t prompt_bytes;
	uint64_t key = anth_read(req, model, msgs, &rec, &sys, &last, &all, &prompt_bytes);

	if (!key_ok(sim, token)) {
		ledger_write(sim, &rec, 401, 0);
		rc = anth_error(c, 401, "authentication_error", -1, "simulated: invalid x-api-key");
		goto out;
	}
	const struct model *m = script_model(&sim->script, model);
	if (!m) {
		ledger_write(sim, &rec, 404, 0);
		rc = anth_error(c, 404, "not_found_error", -1,
				"model: %s is not among the simulated models", model);
		goto out;
	}

	struct plan p;
	rec.attempt = next_attempt(sim, key);
	long ra = rate_check(sim, m);
	if (ra >= 0) {
		if (!(rec.fault = strdup("rate-limit")))
			abort();
		ledger_write(sim, &rec, 429, 0);
		char *msg = pad_error(m, sim_asprintf("simulated: rate limit of %g requests/s reached "
						      "for %s", m->rate_rps, model));
		rc = anth_error(c, 429, "rate_limit_error", ra, "%s", msg);
		free(msg);
		goto out;
	}
	sim_plan(&p, m, last.s, all.s, prompt_bytes, key, rec.attempt);
	if (p.fault.kind != FAULT_NONE) {
		rec.fault = p.fault.kind == FAULT_429_RA
			? sim_asprintf("429-retry-after:%ld", p.fault.retry_after)
			: strdup(sim_fault_name(p.fault.kind));
		if (!rec.fault)
			abort();
		rc = anth_fault(sim, c, &p, &rec, model, rec.stream);
		goto out;
	}
	rc = anth_send_answer(sim, c, &p, &rec, model);
out:
	free(last.s);
	free(all.s);
	free(sys.s);
	json_decref(req);
	lrec_release(&rec);
	return rc;
}

/* ---- requests inside a batch (batch.c) ----
 *
 * Each request of a batch is decided by the steps of handle_chat and
 * handle_messages, in the same order and with the same helpers (chat_read /
 * anth_read for the key and the prompt size, anth_rules, next_attempt,
 * sim_plan, answer_json / anth_answer), but the outcome is a status and a
 * body instead of an HTTP response: no latency, no stream, no rate limit
 * (batches do not count against it), and a fault that is not an HTTP
 * status becomes 500, as a provider reports a request it failed on. */

const struct script *sim_script(const struct sim *sim)
{
	return &sim->script;
}

int sim_auth(struct sim *sim, struct MHD_Connection *c, enum sim_api api, int *has_key)
{
	if (api == API_OPENAI) {
		const char *token = bearer_token(c);
		*has_key = token != NULL;
		return key_ok(sim, token) ? 0 : 401;
	}
	const char *token = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "x-api-key");
	*has_key = token != NULL;
	if (!MHD_lookup_connection_value(c, MHD_HEADER_KIND, "anthropic-version"))
		return 400;
	return key_ok(sim, token) ? 0 : 401;
}

void sim_ledger_op(struct sim *sim, const char *op, enum sim_api api, const char *batch,
		   const char *file, long requests, int status)
{
	if (!sim->ledger)
		return;
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	json_t *o = must(json_pack("{s:f, s:s, s:s}",
		"t", (double)now.tv_sec + (double)now.tv_nsec / 1e9, "op", op,
		"api", api == API_ANTHROPIC ? "anthropic" : "openai"));
	json_object_set_new(o, "batch", batch ? must(json_string(batch)) : json_null());
	if (file)
		json_object_set_new(o, "file", must(json_string(file)));
	if (requests >= 0)
		json_object_set_new(o, "requests", must(json_integer(requests)));
	json_object_set_new(o, "status", must(json_integer(status)));
	ledger_line(sim, o);
}

/* The fault of P as a status and an error body of API; sets REC's fault. */
static int batch_fault(const struct plan *p, struct lrec *rec, enum sim_api api,
		       const char *model, json_t **out)
{
	rec->fault = p->fault.kind == FAULT_429_RA
		? sim_asprintf("429-retry-after:%ld", p->fault.retry_after)
		: strdup(sim_fault_name(p->fault.kind));
	if (!rec->fault)
		abort();
	int status = 500;
	const char *otype = "server_error", *atype = "api_error", *code = "server_error";
	char *msg;
	switch (p->fault.kind) {
	case FAULT_429:
	case FAULT_429_RA:
		status = 429;
		otype = atype = "rate_limit_error";
		code = "rate_limit_exceeded";
		msg = sim_asprintf("simulated fault: rate limit reached for %s", model);
		break;
	case FAULT_500:
	case FAULT_502:
	case FAULT_503:
		status = p->fault.kind == FAULT_500 ? 500 : p->fault.kind == FAULT_502 ? 502 : 503;
		code = sim_fault_name(p->fault.kind);
		if (api == API_ANTHROPIC && status == 503) {
			status = 529;
			atype = "overloaded_error";
			msg = sim_asprintf("simulated: overloaded");
		} else {
			msg = sim_asprintf("simulated fault: %d from the simulated model %s",
					   status, model);
		}
		break;
	default:
		msg = sim_asprintf("simulated fault: %s inside a batch: the request failed on "
				   "the server", rec->fault);
		break;
	}
	msg = pad_error(p->m, msg);
	*out = api == API_ANTHROPIC ? sim_anth_error(atype, msg)
				    : sim_openai_error(otype, code, NULL, msg);
	free(msg);
	return status;
}

/* The answer of scripted model m to one request of a batch: its plan,
 * then the answer or the error result a fault becomes. Returns the status. */
static int batch_plan(struct sim *sim, const struct model *m, int api, const char *model,
		      const struct sb *last, const struct sb *all, size_t prompt_bytes,
		      uint64_t key, struct lrec *rec, json_t **out)
{
	struct plan p;
	rec->attempt = next_attempt(sim, key);
	sim_plan(&p, m, last->s, all->s, prompt_bytes, key, rec->attempt);
	if (p.fault.kind != FAULT_NONE)
		return batch_fault(&p, rec, api, model, out);
	*out = api == API_ANTHROPIC ? anth_answer(&p, model, 1) : answer_json(&p, model, 1);
	return 200;
}

static int chat_batch_one(struct sim *sim, json_t *req, struct lrec *rec, json_t **out)
{
	struct sb last = { 0 }, all = { 0 };
	int status;
	json_t *jm = json_object_get(req, "model");
	json_t *msgs = json_object_get(req, "messages");
	if (json_is_string(jm) && !(rec->model = strdup(json_string_value(jm))))
		abort();
	if (!json_is_object(req) || !json_is_string(jm) || !json_is_array(msgs)) {
		status = 400;
		*out = sim_openai_error("invalid_request_error", "invalid_request", NULL,
					!json_is_object(req) ? "body: an object is required"
					: !json_is_string(jm) ? "\"model\" (a string) is required"
					: "\"messages\" (an array) is required");
		ledger_write(sim, rec, status, 0);
		return status;
	}
	const char *model = json_string_value(jm);
	rec->stream = json_is_true(json_object_get(req, "stream"));
	size_t prompt_bytes;
	uint64_t key = chat_read(req, model, msgs, rec, &last, &all, &prompt_bytes);
	const struct model *m = script_model(&sim->script, model);
	if (rec->stream) {
		status = 400;
		*out = sim_openai_error("invalid_request_error", "invalid_request", "stream",
					"stream is not supported in batches");
	} else if (!m) {
		status = 404;
		char *msg = sim_asprintf("The model `%s` does not exist among the simulated "
					 "models", model);
		if (!msg)
			abort();
		*out = sim_openai_error("invalid_request_error", "model_not_found", NULL, msg);
		free(msg);
	} else {
		status = batch_plan(sim, m, API_OPENAI, model, &last, &all, prompt_bytes, key, rec, out);
	}
	ledger_write(sim, rec, status, status == 200);
	free(last.s);
	free(all.s);
	return status;
}

static int anth_batch_one(struct sim *sim, json_t *req, struct lrec *rec, json_t **out)
{
	struct sb last = { 0 }, all = { 0 }, sys = { 0 };
	int status;
	json_t *jm = json_object_get(req, "model");
	json_t *msgs = json_object_get(req, "messages");
	if (json_is_string(jm) && !(rec->model = strdup(json_string_value(jm))))
		abort();
	const char *rule = !json_is_object(req) ? "params: an object is required"
		: !json_is_string(jm) ? "model: a string is required"
		: !json_is_array(msgs) ? "messages: an array is required"
		: json_is_true(json_object_get(req, "stream")) ? "stream is not supported in batches"
		: anth_rules(req);
	rec->stream = json_is_true(json_object_get(req, "stream"));
	if (rule) {
		status = 400;
		*out = sim_anth_error("invalid_request_error", rule);
		ledger_write(sim, rec, status, 0);
		return status;
	}
	const char *model = json_string_value(jm);
	size_t prompt_bytes;
	uint64_t key = anth_read(req, model, msgs, rec, &sys, &last, &all, &prompt_bytes);
	const struct model *m = script_model(&sim->script, model);
	if (!m) {
		status = 404;
		char *msg = sim_asprintf("model: %s is not among the simulated models", model);
		if (!msg)
			abort();
		*out = sim_anth_error("not_found_error", msg);
		free(msg);
	} else {
		status = batch_plan(sim, m, API_ANTHROPIC, model, &last, &all, prompt_bytes, key, rec,
				    out);
	}
	ledger_write(sim, rec, status, status == 200);
	free(last.s);
	free(all.s);
	free(sys.s);
	return status;
}

int sim_batch_answer(struct sim *sim, enum sim_api api, json_t *body, const char *batch,
		     const char *custom_id, int auth, json_t **out)
{
	struct lrec rec;
	memset(&rec, 0, sizeof rec);
	rec.auth = auth;
	rec.batch = batch;
	rec.custom_id = custom_id;
	rec.api = api == API_ANTHROPIC ? "anthropic" : NULL;
	int status = api == API_ANTHROPIC ? anth_batch_one(sim, body, &rec, out)
					  : chat_batch_one(sim, body, &rec, out);
	lrec_release(&rec);
	return status;
}

static enum MHD_Result handle_models(struct sim *sim, struct MHD_Connection *c)
{
	json_t *data = must(json_array());
	for (size_t i = 0; i < sim->script.nmodels; i++) {
		const struct model *m = &sim->script.models[i];
		json_array_append_new(data, must(json_pack("{s:s, s:s, s:i, s:s, s:s}",
			"id", m->name, "object", "model", "created", 0,
			"owned_by", "simulated",
			"label", m->label ? m->label : "simulated model")));
	}
	return send_json(c, 200, must(json_pack("{s:s, s:o}", "object", "list",
						"data", data)), -1);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version,
				  const char *upload, size_t *upload_size, void **con_cls)
{
	struct sim *sim = cls;
	struct conn *cs = *con_cls;
	(void)version;
	if (!cs) {
		cs = calloc(1, sizeof *cs);
		if (!cs)
			return MHD_NO;
		*con_cls = cs;
		return MHD_YES;
	}
	if (*upload_size) {
		if (cs->body.len + *upload_size > BODY_CAP)
			cs->too_big = 1;
		else
			sb_add(&cs->body, upload, *upload_size);
		*upload_size = 0;
		return MHD_YES;
	}
	if (strcmp(url, "/v1/chat/completions") == 0 && strcmp(method, "POST") == 0)
		return handle_chat(sim, c, cs);
	if (strcmp(url, "/v1/messages") == 0 && strcmp(method, "POST") == 0)
		return handle_messages(sim, c, cs);
	if (strcmp(url, "/v1/models") == 0 && strcmp(method, "GET") == 0)
		return key_ok(sim, bearer_token(c)) ? handle_models(sim, c) : send_401(c);
	enum MHD_Result rc;
	if (batch_route(sim, sim->batches, c, url, method, cs->body.s ? cs->body.s : "",
			cs->body.len, cs->too_big, &rc))
		return rc;
	return send_error(c, 404, "invalid_request_error", "not_found", -1,
			  "no route for %s %s: the test server serves POST "
			  "/v1/chat/completions, POST /v1/messages, GET /v1/models and the "
			  "batch APIs (/v1/files, /v1/batches, /v1/messages/batches)", method, url);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct conn *cs = *con_cls;
	(void)cls;
	(void)c;
	(void)toe;
	if (!cs)
		return;
	free(cs->body.s);
	free(cs);
	*con_cls = NULL;
}

/* ---- main ---- */

static void usage(void)
{
	fputs("usage: trisim --script FILE [--ledger FILE] [--port N] [--port-file FILE]\n"
	      "  serves simulated models on 127.0.0.1 (see docs/test-server.md)\n", stderr);
}

/* Write PORT to PATH through a temporary file and a rename, so a reader
 * sees either no file or the whole number. */
static int write_port_file(const char *path, unsigned port)
{
	char *tmp = sim_asprintf("%s.tmp.%ld", path, (long)getpid());
	if (!tmp)
		return -1;
	FILE *f = fopen(tmp, "w");
	int ok = f && fprintf(f, "%u\n", port) > 0;
	if (f && fclose(f) != 0)
		ok = 0;
	if (ok && rename(tmp, path) != 0)
		ok = 0;
	if (!ok)
		unlink(tmp);
	free(tmp);
	return ok ? 0 : -1;
}

/* Thread-per-connection needs a descriptor per client: raise the soft
 * limit to the hard one so the connection limit below is reachable. */
static void raise_fd_limit(void)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

int main(int argc, char **argv)
{
	const char *script_path = NULL, *ledger_path = NULL, *port_file = NULL;
	long port = 0;
	struct sim sim;
	char *err = NULL;
	int rc = 1;

	memset(&sim, 0, sizeof sim);
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (i + 1 >= argc) {
			fprintf(stderr, "trisim: %s: missing value\n", a);
			usage();
			return 2;
		}
		if (strcmp(a, "--script") == 0) {
			script_path = argv[++i];
		} else if (strcmp(a, "--ledger") == 0) {
			ledger_path = argv[++i];
		} else if (strcmp(a, "--port-file") == 0) {
			port_file = argv[++i];
		} else if (strcmp(a, "--port") == 0) {
			char *end;
			errno = 0;
			port = strtol(argv[++i], &end, 10);
			if (errno || *end || end == argv[i] || port < 0 || port > 65535) {
				fprintf(stderr, "trisim: --port %s: not a port number (0-65535)\n", argv[i]);
				return 2;
			}
		} else {
			fprintf(stderr, "trisim: unknown option %s\n", a);
			usage();
			return 2;
		}
	}
	if (!script_path) {
		fputs("trisim: --script FILE is required\n", stderr);
		usage();
		return 2;
	}
	if (script_load(&sim.script, script_path, &err) < 0) {
		fprintf(stderr, "trisim: bad script: %s\n", err ? err : script_path);
		free(err);
		return 2;
	}
	sim.buckets = calloc(sim.script.nmodels, sizeof *sim.buckets);
	sim.batches = batch_store_alloc();
	if (!sim.buckets || !sim.batches)
		abort();
	if (ledger_path && !(sim.ledger = fopen(ledger_path, "a"))) {
		fprintf(stderr, "trisim: cannot open ledger %s: %s\n", ledger_path, strerror(errno));
		free(sim.buckets);
		batch_store_free(sim.batches);
		script_release(&sim.script);
		return 2;
	}

	pthread_mutex_init(&sim.ledger_mu, NULL);
	pthread_mutex_init(&sim.mu, NULL);
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&sim.cond, &ca);
	pthread_condattr_destroy(&ca);

	/* Block the stop signals in every thread; main takes them with sigwait. */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGINT);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGTERM, SIG_DFL); /* a shell starts background jobs ignoring SIGINT */
	signal(SIGINT, SIG_DFL);
	signal(SIGPIPE, SIG_IGN);
	raise_fd_limit();

	struct sockaddr_in addr;
	memset(&addr, 0, sizeof addr);
	addr.sin_family = AF_INET;
	addr.sin_port = htons((uint16_t)port);
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	struct MHD_Daemon *d = MHD_start_daemon(
		MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL,
		(uint16_t)port, NULL, NULL, on_request, &sim,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned int)4096,
		MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned int)4096,
		MHD_OPTION_THREAD_STACK_SIZE, (size_t)(512 * 1024),
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, &sim,
		MHD_OPTION_END);
	if (!d) {
		fprintf(stderr, "trisim: cannot listen on 127.0.0.1:%ld (port in use?)\n", port);
		goto out;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	unsigned bound = info ? info->port : (unsigned)port;
	if (port_file && write_port_file(port_file, bound) < 0) {
		fprintf(stderr, "trisim: cannot write port file %s: %s\n", port_file, strerror(errno));
		goto stop;
	}
	fprintf(stderr, "trisim: simulated models listening on 127.0.0.1:%u\n", bound);

	int sig;
	while (sigwait(&stop, &sig) != 0)
		;
	rc = 0;
stop:
	pthread_mutex_lock(&sim.mu);
	sim.stopping = 1;
	pthread_cond_broadcast(&sim.cond);
	pthread_mutex_unlock(&sim.mu);
	MHD_stop_daemon(d);
out:
	if (sim.ledger && fclose(sim.ledger) != 0) {
		fprintf(stderr, "trisim: writing ledger %s: %s\n", ledger_path, strerror(errno));
		rc = 1;
	}
	pthread_cond_destroy(&sim.cond);
	pthread_mutex_destroy(&sim.mu);
	pthread_mutex_destroy(&sim.ledger_mu);
	free(sim.att_keys);
	free(sim.att_counts);
	free(sim.buckets);
	batch_store_free(sim.batches);
	script_release(&sim.script);
	return rc;
}
