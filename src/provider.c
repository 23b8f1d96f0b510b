/* provider.c -- the Chat Completions protocol (see provider.h).
 *
 * Streaming: bytes arrive in arbitrary pieces. provider_sse_feed() keeps
 * the unfinished line in r->line, gathers "data:" lines of one event in
 * r->data, and at the blank line that ends an event applies it: a JSON
 * chunk whose choices[0].delta carries content or reasoning, a final
 * chunk with finish_reason, a usage chunk (stream_options.include_usage),
 * or "[DONE]". A stream that ends without [DONE] or a finish_reason is
 * truncated and counts as malformed, so it is retried, never graded. */
#include <math.h>
#include "util.h"
#include "provider.h"

void response_init(struct response *r, double t0)
{
	memset(r, 0, sizeof(*r));
	buf_init(&r->text);
	buf_init(&r->reasoning);
	buf_init(&r->raw);
	buf_init(&r->err);
	buf_init(&r->line);
	buf_init(&r->data);
	r->text.cap = r->reasoning.cap = r->raw.cap = PROVIDER_MAX_BYTES;
	r->line.cap = r->data.cap = PROVIDER_MAX_BYTES;
	r->tok_in = r->tok_out = r->tok_reason = -1;
	r->cost = NAN;
	r->t_first = r->t_answer = NAN;
	r->t0 = t0;
	r->meta = json_object();
}

void response_release(struct response *r)
{
	if (!r)
		return;
	buf_release(&r->text);
	buf_release(&r->reasoning);
	buf_release(&r->raw);
	buf_release(&r->err);
	buf_release(&r->line);
	buf_release(&r->data);
	free(r->finish_reason);
	json_decref(r->meta);
	r->meta = NULL;
	r->finish_reason = NULL;
}

char *provider_url(const struct model *m)
{
	struct buf b = BUF_INIT;
	buf_addf(&b, "%s/chat/completions", m->base_url);
	return buf_detach(&b);
}

int provider_body(const struct model *m, const json_t *messages, int stream,
		  struct buf *body, struct tri_err *err)
{
	json_t *o = json_object();
	json_t *msgs = json_deep_copy(messages);
	/* the model's own system prompt applies when the item brings none */
	json_t *first = json_array_get(msgs, 0);
	const char *role = json_string_value(json_object_get(first, "role"));
	if (m->system && (!role || strcmp(role, "system")))
		json_array_insert_new(msgs, 0, json_pack("{s:s,s:s}", "role", "system",
							 "content", m->system));
	json_object_set_new(o, "model", json_string(m->name));
	json_object_set_new(o, "messages", msgs);
	json_object_update(o, m->params);
	if (stream) {
		json_object_set_new(o, "stream", json_true());
		json_object_set_new(o, "stream_options", json_pack("{s:b}", "include_usage", 1));
	}
	if (m->extra)
		json_object_update(o, m->extra);
	char *s = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	if (!s)
		return err_set(err, TRI_RUNTIME, "cannot serialise the request for %s", m->id);
	int r = buf_adds(body, s);
	free(s);
	if (r < 0)
		return err_set(err, TRI_USAGE, "the request for %s is too large", m->id);
	return 0;
}

static int64_t int_or(const json_t *v, int64_t dflt)
{
	return json_is_integer(v) ? (int64_t)json_integer_value(v) : dflt;
}

static void read_usage(struct response *r, const json_t *u)
{
	if (!json_is_object(u))
		return;
	r->tok_in = int_or(json_object_get(u, "prompt_tokens"), r->tok_in);
	r->tok_out = int_or(json_object_get(u, "completion_tokens"), r->tok_out);
	json_t *d = json_object_get(u, "completion_tokens_details");
	r->tok_reason = int_or(json_object_get(d, "reasoning_tokens"), r->tok_reason);
	json_t *cost = json_object_get(u, "cost");
	if (json_is_number(cost))
		r->cost = json_number_value(cost);
}

static void read_meta(struct response *r, const json_t *o)
{
	static const char *const keys[] = { "id", "model", "provider", "timings", "system_fingerprint" };
	for (size_t i = 0; i < ARRAY_LEN(keys); i++) {
		json_t *v = json_object_get(o, keys[i]);
		if (v && !json_is_null(v))
			json_object_set(r->meta, keys[i], v);
	}
}

static const char *reasoning_of(const json_t *msg)
{
	const char *s = json_string_value(json_object_get(msg, "reasoning_content"));
	return s ? s : json_string_value(json_object_get(msg, "reasoning"));
}

static int provider_error(struct response *r, const json_t *o)
{
	json_t *e = json_object_get(o, "error");
	if (!e)
		return 0;
	const char *msg = json_string_value(json_object_get(e, "message"));
	buf_reset(&r->err);
	buf_addf(&r->err, "provider error: %s", msg ? msg : json_is_string(e) ? json_string_value(e) : "unknown");
	r->status = RESP_PROVIDER_ERROR;
	return 1;
}

static void set_finish(struct response *r, const json_t *fr)
{
	if (!json_is_string(fr))
		return;
	free(r->finish_reason);
	r->finish_reason = xstrdup(json_string_value(fr));
}

void provider_parse_json(struct response *r, const char *body, size_t len)
{
	json_error_t je;
	buf_reset(&r->raw);
	buf_add(&r->raw, body, len < PROVIDER_MAX_BYTES ? len : PROVIDER_MAX_BYTES);
	json_t *o = json_loadb(body, len, 0, &je);
	if (!json_is_object(o)) {
		r->status = RESP_MALFORMED;
		buf_addf(&r->err, "malformed response body: %s", o ? "not an object" : je.text);
		json_decref(o);
		return;
	}
	if (provider_error(r, o))
		goto out;
	json_t *choice = json_array_get(json_object_get(o, "choices"), 0);
	json_t *msg = json_object_get(choice, "message");
	json_t *content = json_object_get(msg, "content");
	if (!json_is_object(msg) || !(json_is_string(content) || json_is_null(content))) {
		r->status = RESP_MALFORMED;
		buf_adds(&r->err, "malformed response: no choices[0].message.content");
		goto out;
	}
	const char *text = json_string_value(content);
	const char *reasoning = reasoning_of(msg);
	if ((text && buf_adds(&r->text, text) < 0) ||
	    (reasoning && buf_adds(&r->reasoning, reasoning) < 0)) {
		r->status = RESP_MALFORMED;
		buf_adds(&r->err, "response too large");
		goto out;
	}
	set_finish(r, json_object_get(choice, "finish_reason"));
	read_usage(r, json_object_get(o, "usage"));
	read_meta(r, o);
	r->status = RESP_OK;
out:
	json_decref(o);
}

/* Apply one complete SSE event's data. */
static void sse_event(struct response *r, const char *data, size_t len)
{
	if (len == 6 && !memcmp(data, "[DONE]", 6)) {
		r->saw_done = 1;
		return;
	}
	json_error_t je;
	json_t *o = json_loadb(data, len, 0, &je);
	if (!json_is_object(o)) {
		if (r->status == RESP_PENDING) {
			r->status = RESP_MALFORMED;
			buf_addf(&r->err, "malformed stream event: %s", o ? "not an object" : je.text);
		}
		json_decref(o);
		return;
	}
	if (provider_error(r, o)) {
		json_decref(o);
		return;
	}
	json_t *choice = json_array_get(json_object_get(o, "choices"), 0);
	json_t *delta = json_object_get(choice, "delta");
	const char *content = json_string_value(json_object_get(delta, "content"));
	const char *reasoning = reasoning_of(delta);
	double t = now_mono() - r->t0;
	if (reasoning && *reasoning) {
		if (isnan(r->t_first))
			r->t_first = t;
		if (buf_adds(&r->reasoning, reasoning) < 0 && r->status == RESP_PENDING) {
			r->status = RESP_MALFORMED;
			buf_adds(&r->err, "reasoning too large");
		}
	}
	if (content && *content) {
		if (isnan(r->t_first))
			r->t_first = t;
		if (isnan(r->t_answer))
			r->t_answer = t;
		if (buf_adds(&r->text, content) < 0 && r->status == RESP_PENDING) {
			r->status = RESP_MALFORMED;
			buf_adds(&r->err, "answer too large");
		}
	}
	json_t *fr = json_object_get(choice, "finish_reason");
	if (json_is_string(fr)) {
		set_finish(r, fr);
		r->saw_done = 1;
	}
	read_usage(r, json_object_get(o, "usage"));
	read_meta(r, o);
	json_decref(o);
}

static void sse_line(struct response *r, const char *line, size_t len)
{
	if (len && line[len - 1] == '\r')
		len--;
	if (len == 0) {
		if (r->data.len)
			sse_event(r, r->data.s, r->data.len);
		buf_reset(&r->data);
		return;
	}
	if (line[0] == ':')
		return;   /* comment / keep-alive */
	if (len >= 5 && !memcmp(line, "data:", 5)) {
		size_t skip = (len > 5 && line[5] == ' ') ? 6 : 5;
		if (r->data.len)
			buf_addc(&r->data, '\n');
		buf_add(&r->data, line + skip, len - skip);
		return;
	}
	/* A JSON error body instead of a stream (some servers do this). */
	if (line[0] == '{')
		buf_add(&r->data, line, len);
}

int provider_sse_feed(struct response *r, const char *data, size_t len)
{
	if (buf_add(&r->raw, data, len) < 0)
		return -1;
	while (len) {
		const char *nl = memchr(data, '\n', len);
		if (!nl) {
			return buf_add(&r->line, data, len);
		}
		size_t n = (size_t)(nl - data);
		if (r->line.len) {
			if (buf_add(&r->line, data, n) < 0)
				return -1;
			sse_line(r, r->line.s, r->line.len);
			buf_reset(&r->line);
		} else {
			sse_line(r, data, n);
		}
		data += n + 1;
		len -= n + 1;
	}
	return 0;
}

void provider_sse_finish(struct response *r)
{
	if (r->line.len) {
		sse_line(r, r->line.s, r->line.len);
		buf_reset(&r->line);
	}
	sse_line(r, "", 0);   /* flush a last event without its blank line */
	if (r->status != RESP_PENDING)
		return;
	if (!r->saw_done) {
		/* maybe the server ignored stream:true and sent one JSON body */
		if (r->raw.len && r->raw.s[0] == '{') {
			struct buf raw = BUF_INIT;
			buf_add(&raw, r->raw.s, r->raw.len);
			buf_reset(&r->text);
			provider_parse_json(r, raw.s, raw.len);
			buf_release(&raw);
			return;
		}
		r->status = RESP_MALFORMED;
		buf_adds(&r->err, "truncated stream: no finish_reason and no [DONE]");
		return;
	}
	r->status = RESP_OK;
}
