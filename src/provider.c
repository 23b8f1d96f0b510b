/* provider.c -- the Chat Completions protocol (see provider.h).
 *
 * Streaming: bytes arrive in arbitrary pieces. provider_sse_feed() keeps
 * the unfinished line in r->line, gathers the "data:" lines of one event in
 * r->data, and at the blank line that ends an event applies it: a JSON
 * chunk whose choices[0].delta carries content or reasoning, a final chunk
 * with finish_reason, a usage chunk (stream_options.include_usage), or
 * "[DONE]". Lines end with CRLF, LF or a lone CR, as the SSE specification
 * allows; a CRLF split between two pieces is one line end (r->after_cr).
 *
 * What counts as an answer: a stream that ends without [DONE] or a
 * finish_reason is truncated (malformed); one whose chunks never carried a
 * choice, or an answer with neither content nor reasoning, is empty (unless
 * the provider's content filter stopped it, which is the deployment's
 * answer). Malformed and empty attempts are retried and, when retries run
 * out, stored as errors: never graded as a wrong answer. */
#include <math.h>
#include "util.h"
#include "provider.h"

/* ---- raw bytes, both ends ------------------------------------------- */

static void rawkeep_add(struct rawkeep *k, const char *data, size_t len)
{
	k->total += len;
	size_t room = PROVIDER_RAW_KEEP - k->head.len;
	size_t take = len < room ? len : room;
	buf_add(&k->head, data, take);
	data += take;
	len -= take;
	if (!len)
		return;
	if (!k->ring)
		k->ring = xmalloc(PROVIDER_RAW_KEEP);
	if (len >= PROVIDER_RAW_KEEP) {
		memcpy(k->ring, data + len - PROVIDER_RAW_KEEP, PROVIDER_RAW_KEEP);
		k->ring_len = PROVIDER_RAW_KEEP;
		k->ring_pos = 0;
		return;
	}
	while (len) {
		size_t n = PROVIDER_RAW_KEEP - k->ring_pos;
		if (n > len)
			n = len;
		memcpy(k->ring + k->ring_pos, data, n);
		k->ring_pos = (k->ring_pos + n) % PROVIDER_RAW_KEEP;
		k->ring_len = k->ring_len + n > PROVIDER_RAW_KEEP ? PROVIDER_RAW_KEEP : k->ring_len + n;
		data += n;
		len -= n;
	}
}

void provider_raw(const struct response *r, struct buf *out)
{
	const struct rawkeep *k = &r->raw;
	buf_add(out, k->head.s, k->head.len);
	if (!k->ring_len)
		return;
	size_t left_out = k->total - k->head.len - k->ring_len;
	if (left_out)
		buf_addf(out, "\n[... %zu bytes left out ...]\n", left_out);
	/* the ring's oldest byte is at ring_pos once it is full, at 0 before */
	size_t start = k->ring_len == PROVIDER_RAW_KEEP ? k->ring_pos : 0;
	size_t first = PROVIDER_RAW_KEEP - start < k->ring_len ? PROVIDER_RAW_KEEP - start : k->ring_len;
	buf_add(out, k->ring + start, first);
	buf_add(out, k->ring, k->ring_len - first);
}

/* ---- the response ----------------------------------------------------- */

void response_init(struct response *r, double t0)
{
	memset(r, 0, sizeof(*r));
	buf_init(&r->text);
	buf_init(&r->reasoning);
	buf_init(&r->err);
	buf_init(&r->raw.head);
	buf_init(&r->body);
	buf_init(&r->line);
	buf_init(&r->data);
	r->text.cap = r->reasoning.cap = r->line.cap = r->data.cap = PROVIDER_MAX_TEXT;
	r->body.cap = PROVIDER_MAX_BODY;
	r->tok_in = r->tok_out = r->tok_reason = -1;
	r->cost = NAN;
	r->t_first = r->t_answer = NAN;
	r->stream = -1;   /* decided by the first bytes fed */
	r->t0 = t0;
	r->meta = json_object();
}

void response_release(struct response *r)
{
	if (!r)
		return;
	buf_release(&r->text);
	buf_release(&r->reasoning);
	buf_release(&r->err);
	buf_release(&r->raw.head);
	free(r->raw.ring);
	buf_release(&r->body);
	buf_release(&r->line);
	buf_release(&r->data);
	free(r->finish_reason);
	json_decref(r->meta);
	for (size_t i = 0; i < r->n_calls; i++) {
		free(r->calls[i].id);
		free(r->calls[i].name);
		buf_release(&r->calls[i].args);
	}
	free(r->calls);
	memset(r, 0, sizeof(*r));
}

static int fail(struct response *r, enum resp_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int fail(struct response *r, enum resp_status st, const char *fmt, ...)
{
	va_list ap;
	if (r->status != RESP_PENDING && r->status != RESP_OK)
		return -1;   /* the first problem is the one reported */
	r->status = st;
	buf_reset(&r->err);
	va_start(ap, fmt);
	buf_vaddf(&r->err, fmt, ap);
	va_end(ap);
	return -1;
}

/* ---- requests ----------------------------------------------------------- */

static int is_anthropic(const struct model *m)
{
	return m->provider && !strcmp(m->provider, "anthropic");
}

char *provider_url(const struct model *m)
{
	struct buf b = BUF_INIT;
	buf_addf(&b, "%s/%s", m->base_url, is_anthropic(m) ? "messages" : "chat/completions");
	return buf_detach(&b);
}

void provider_headers(const struct model *m, struct buf *out)
{
	buf_adds(out, "Content-Type: application/json\n");
	const char *key = m->key_env ? getenv(m->key_env) : NULL;
	if (is_anthropic(m))
		buf_addf(out, "anthropic-version: %s\n", ANTHROPIC_VERSION);
	if (key && *key && !strpbrk(key, "\r\n"))
		buf_addf(out, is_anthropic(m) ? "x-api-key: %s\n" : "Authorization: Bearer %s\n", key);
}

void provider_headers_wipe(struct buf *h)
{
	if (h->alloc)
		memset(h->s, 0, h->alloc);
	buf_release(h);
}

/* The messages in the Chat Completions shape: an assistant's earlier tool
 * calls as {id, type, function: {name, arguments (JSON text)}}, a tool
 * result as {role: tool, tool_call_id, content}. New reference. */
static json_t *chat_messages(const json_t *messages)
{
	json_t *out = json_array(), *m;
	size_t i;
	json_array_foreach(messages, i, m) {
		json_t *c = json_deep_copy(m);
		const json_t *calls = json_object_get(m, "tool_calls"), *call;
		size_t k;
		if (json_is_array(calls)) {
			json_t *tc = json_array();
			json_array_foreach(calls, k, call) {
				char *a = json_dumps(json_object_get(call, "arguments"),
						     JSON_COMPACT | JSON_ENCODE_ANY);
				json_array_append_new(tc, json_pack("{s:O,s:s,s:{s:O,s:s}}",
					"id", json_object_get(call, "id"), "type", "function", "function",
					"name", json_object_get(call, "name"), "arguments", a ? a : "{}"));
				free(a);
			}
			json_object_set_new(c, "tool_calls", tc);
			if (!json_string_length(json_object_get(c, "content")))
				json_object_set_new(c, "content", json_null());
		}
		if (!strcmp(json_string_value(json_object_get(c, "role")) ?
			    json_string_value(json_object_get(c, "role")) : "", "tool"))
			json_object_del(c, "name");
		json_array_append_new(out, c);
	}
	return out;
}

/* The item's tools as Chat Completions functions, and its tool_choice. */
static void chat_tools(json_t *o, const json_t *tools, const json_t *choice)
{
	json_t *arr = json_array(), *t;
	size_t i;
	json_array_foreach(tools, i, t)
		json_array_append_new(arr, json_pack("{s:s,s:O}", "type", "function", "function", t));
	json_object_set_new(o, "tools", arr);
	if (json_is_string(choice))
		json_object_set(o, "tool_choice", (json_t *)choice);
	else if (json_is_object(choice))
		json_object_set_new(o, "tool_choice", json_pack("{s:s,s:{s:O}}", "type", "function",
			"function", "name", json_object_get(choice, "name")));
}

/* The model's extra keys over the body o (consumed), written to body. */
static int body_done(const struct model *m, json_t *o, struct buf *body, struct tri_err *err)
{
	if (m->extra)
		json_object_update(o, m->extra);
	char *s = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	if (!s)
		return err_set(err, TRI_RUNTIME, "cannot serialise the request for %s", m->id);
	buf_adds(body, s);
	free(s);
	return 0;
}

/* ---- the Messages protocol: requests ---- */

/* A text as a content block. */
static json_t *text_block(const char *t)
{
	return json_pack("{s:s,s:s}", "type", "text", "text", t);
}

/* Append content blocks to the message of role at the end of out, or a
 * new message when the last has another role (the protocol alternates
 * user and assistant; tool results are a user's turn). */
static json_t *turn(json_t *out, const char *role)
{
	json_t *last = json_array_get(out, json_array_size(out) - 1);
	const char *r = json_string_value(json_object_get(last, "role"));
	if (last && r && !strcmp(r, role))
		return json_object_get(last, "content");
	json_t *content = json_array();
	json_array_append_new(out, json_pack("{s:s,s:o}", "role", role, "content", content));
	return content;
}

/* The item's messages as Messages ones: system text apart (*system, a
 * new string or NULL), an assistant's tool calls as tool_use blocks, tool
 * results as tool_result blocks of a user turn. New reference. */
static json_t *anthropic_messages(const json_t *messages, char **system)
{
	json_t *out = json_array(), *m;
	struct buf sys = BUF_INIT;
	size_t i;
	json_array_foreach(messages, i, m) {
		const char *role = json_string_value(json_object_get(m, "role"));
		const char *content = json_string_value(json_object_get(m, "content"));
		if (!role || !content)
			continue;
		if (!strcmp(role, "system")) {
			buf_addf(&sys, "%s%s", sys.len ? "\n\n" : "", content);
			continue;
		}
		if (!strcmp(role, "tool")) {
			json_array_append_new(turn(out, "user"), json_pack("{s:s,s:O,s:s}",
				"type", "tool_result", "tool_use_id", json_object_get(m, "tool_call_id"),
				"content", content));
			continue;
		}
		json_t *blocks = turn(out, strcmp(role, "assistant") ? "user" : "assistant");
		if (*content)
			json_array_append_new(blocks, text_block(content));
		size_t k;
		const json_t *c;
		json_array_foreach(json_object_get(m, "tool_calls"), k, c)
			json_array_append_new(blocks, json_pack("{s:s,s:O,s:O,s:O}", "type", "tool_use",
				"id", json_object_get(c, "id"), "name", json_object_get(c, "name"),
				"input", json_object_get(c, "arguments")));
	}
	*system = sys.len ? buf_detach(&sys) : NULL;
	buf_release(&sys);
	return out;
}

/* reasoning_effort as an extended-thinking budget (tokens). */
static long thinking_budget(const char *effort)
{
	static const struct { const char *name; long budget; } map[] = {
		{ "minimal", 1024 }, { "low", 2048 }, { "medium", 8192 }, { "high", 24576 },
	};
	for (size_t i = 0; effort && i < ARRAY_LEN(map); i++)
		if (!strcmp(effort, map[i].name))
			return map[i].budget;
	return 0;
}

static int anthropic_body(const struct model *m, const json_t *messages, const json_t *tools,
			  const json_t *tool_choice, int stream, struct buf *body, struct tri_err *err)
{
	char *system = NULL;
	json_t *o = json_object();
	json_object_set_new(o, "model", json_string(m->name));
	json_object_set_new(o, "messages", anthropic_messages(messages, &system));
	if (system || m->system)
		json_object_set_new(o, "system", json_string(system ? system : m->system));
	free(system);
	/* the protocol needs max_tokens; the thinking budget counts inside it */
	const json_t *mt = json_object_get(m->params, "max_tokens");
	json_int_t max = json_is_integer(mt) ? json_integer_value(mt) : ANTHROPIC_MAX_TOKENS;
	long budget = thinking_budget(json_string_value(json_object_get(m->params,
									"reasoning_effort")));
	/* the API refuses thinking with a forced tool choice, and after an
	 * assistant turn of tool calls that has no (signed) thinking block,
	 * which a written transcript cannot have: such a request goes
	 * without thinking */
	size_t k;
	const json_t *msg;
	json_array_foreach(messages, k, msg)
		if (json_array_size(json_object_get(msg, "tool_calls")))
			budget = 0;
	if (json_is_object(tool_choice) ||
	    (json_is_string(tool_choice) && !strcmp(json_string_value(tool_choice), "required")))
		budget = 0;
	if (budget) {
		json_object_set_new(o, "thinking", json_pack("{s:s,s:I}", "type", "enabled",
							     "budget_tokens", (json_int_t)budget));
		if (max <= budget)
			max = budget + ANTHROPIC_MAX_TOKENS;
	}
	json_object_set_new(o, "max_tokens", json_integer(max));
	/* with extended thinking the API takes no temperature or top_k, and
	 * top_p only from 0.95: the sampling settings are left out */
	static const char *const same[] = { "temperature", "top_p", "top_k" };
	for (size_t i = 0; i < ARRAY_LEN(same) && !budget; i++)
		if (json_object_get(m->params, same[i]))
			json_object_set(o, same[i], json_object_get(m->params, same[i]));
	const json_t *stop = json_object_get(m->params, "stop");
	if (stop)
		json_object_set_new(o, "stop_sequences", json_is_string(stop) ?
				    json_pack("[O]", stop) : json_incref((json_t *)stop));
	if (json_array_size(tools)) {
		json_t *arr = json_array(), *t;
		size_t i;
		json_array_foreach(tools, i, t) {
			json_t *x = json_pack("{s:O}", "name", json_object_get(t, "name"));
			if (json_object_get(t, "description"))
				json_object_set(x, "description", json_object_get(t, "description"));
			json_object_set_new(x, "input_schema", json_object_get(t, "parameters") ?
				json_incref(json_object_get(t, "parameters")) :
				json_pack("{s:s}", "type", "object"));
			json_array_append_new(arr, x);
		}
		json_object_set_new(o, "tools", arr);
		const char *c = json_string_value(tool_choice);
		if (c)
			json_object_set_new(o, "tool_choice", json_pack("{s:s}", "type",
				!strcmp(c, "required") ? "any" : c));
		else if (json_is_object(tool_choice))
			json_object_set_new(o, "tool_choice", json_pack("{s:s,s:O}", "type", "tool",
				"name", json_object_get(tool_choice, "name")));
	}
	if (stream)
		json_object_set_new(o, "stream", json_true());
	return body_done(m, o, body, err);
}

int provider_body(const struct model *m, const json_t *messages, const json_t *tools,
		  const json_t *tool_choice, int stream, struct buf *body, struct tri_err *err)
{
	if (is_anthropic(m))
		return anthropic_body(m, messages, tools, tool_choice, stream, body, err);
	json_t *o = json_object();
	json_t *msgs = chat_messages(messages);
	/* the model's own system prompt applies when the item brings none */
	json_t *first = json_array_get(msgs, 0);
	const char *role = json_string_value(json_object_get(first, "role"));
	if (m->system && (!role || strcmp(role, "system")))
		json_array_insert_new(msgs, 0, json_pack("{s:s,s:s}", "role", "system",
							 "content", m->system));
	json_object_set_new(o, "model", json_string(m->name));
	json_object_set_new(o, "messages", msgs);
	if (json_array_size(tools))
		chat_tools(o, tools, tool_choice);
	json_object_update(o, m->params);
	if (stream) {
		json_object_set_new(o, "stream", json_true());
		json_object_set_new(o, "stream_options", json_pack("{s:b}", "include_usage", 1));
	}
	return body_done(m, o, body, err);
}

/* ---- reading answers ---------------------------------------------------- */

static int64_t int_or(const json_t *v, int64_t dflt)
{
	return json_is_integer(v) && json_integer_value(v) >= 0 ? (int64_t)json_integer_value(v) : dflt;
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
	if (json_is_number(cost) && json_number_value(cost) >= 0)
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

/* Append a message's content: a string, or the "text" of each part of an
 * array of content parts. 0, or -1 past the cap. */
static int add_content(struct buf *b, const json_t *content)
{
	if (json_is_string(content))
		return buf_try_add(b, json_string_value(content), json_string_length(content));
	size_t i;
	json_t *part;
	json_array_foreach(content, i, part) {
		const json_t *t = json_object_get(part, "text");
		if (json_is_string(t) && buf_try_add(b, json_string_value(t), json_string_length(t)))
			return -1;
	}
	return 0;
}

static int provider_error(struct response *r, const json_t *o)
{
	json_t *e = json_object_get(o, "error");
	if (!e || json_is_null(e))
		return 0;
	const char *msg = json_string_value(json_object_get(e, "message"));
	if (!msg)
		msg = json_is_string(e) ? json_string_value(e) : "unknown";
	fail(r, RESP_PROVIDER_ERROR, "provider error: %.300s", msg);
	return 1;
}

static void set_finish(struct response *r, const json_t *fr)
{
	if (!json_is_string(fr))
		return;
	free(r->finish_reason);
	r->finish_reason = xstrdup(json_string_value(fr));
}

/* After a complete answer: is there anything in it? */
static void judge_content(struct response *r)
{
	if (r->status != RESP_PENDING)
		return;
	if (!r->saw_choice) {
		fail(r, RESP_EMPTY, "empty response: no choice in it");
		return;
	}
	int filtered = r->finish_reason && !strcmp(r->finish_reason, "content_filter");
	for (size_t i = 0; i < r->n_calls; i++)
		if (!r->calls[i].name) {
			/* a gap in the indexes, or a call with no function name:
			 * not the protocol, so not a wrong answer either */
			fail(r, RESP_MALFORMED, "malformed response: tool call %zu has no name", i);
			return;
		}
	if (!r->text.len && !r->reasoning.len && !r->n_calls && !filtered) {
		fail(r, RESP_EMPTY, "empty response: no content (finish_reason %s)",
		     r->finish_reason ? r->finish_reason : "none");
		return;
	}
	r->status = RESP_OK;
}

/* The tool call at index i, made when new; NULL past the cap (the
 * answer fails as too large). */
static struct tool_call *call_at(struct response *r, size_t i)
{
	if (i >= PROVIDER_MAX_CALLS) {
		fail(r, RESP_TOO_LARGE, "more than %d tool calls", PROVIDER_MAX_CALLS);
		return NULL;
	}
	if (i >= r->n_calls) {
		XGROW(r->calls, r->calls_alloc, i + 1);
		memset(r->calls + r->n_calls, 0, (i + 1 - r->n_calls) * sizeof(*r->calls));
		r->n_calls = i + 1;
	}
	return &r->calls[i];
}

/* One tool call object, whole or a streamed piece: {index, id, function:
 * {name, arguments}}. Arguments come as JSON text (or, from some servers,
 * as an object, kept as its text). */
static void read_call(struct response *r, const json_t *c, size_t pos)
{
	const json_t *idx = json_object_get(c, "index");
	const char *id = json_string_value(json_object_get(c, "id"));
	size_t i = pos;
	if (json_is_integer(idx) && json_integer_value(idx) >= 0)
		i = (size_t)json_integer_value(idx);
	else if (r->stream == 1 && r->n_calls)
		/* a server that streams calls without an index: a new id starts
		 * a new call, anything else continues the last one */
		i = id && r->calls[r->n_calls - 1].id && strcmp(id, r->calls[r->n_calls - 1].id) ?
		    r->n_calls : r->n_calls - 1;
	struct tool_call *tc = call_at(r, i);
	if (!tc)
		return;
	const json_t *fn = json_object_get(c, "function");
	const char *name = json_string_value(json_object_get(fn, "name"));
	const json_t *args = json_object_get(fn, "arguments");
	if (id && !tc->id) {
		tc->id = xstrdup(id);
		r->calls_bytes += strlen(id);
	}
	if (name && *name && !tc->name) {
		tc->name = xstrdup(name);
		r->calls_bytes += strlen(name);
	}
	if (r->calls_bytes > PROVIDER_MAX_TEXT)
		fail(r, RESP_TOO_LARGE, "the tool calls are larger than %zu bytes", PROVIDER_MAX_TEXT);
	char *dumped = NULL;
	const char *a = json_string_value(args);
	size_t n = json_string_length(args);
	if (!a && args && !json_is_null(args)) {
		dumped = json_dumps(args, JSON_COMPACT | JSON_ENCODE_ANY);
		a = dumped;
		n = dumped ? strlen(dumped) : 0;
	}
	if (a && n) {
		r->calls_bytes += n;
		if (r->calls_bytes > PROVIDER_MAX_TEXT || buf_try_add(&tc->args, a, n))
			fail(r, RESP_TOO_LARGE, "the tool calls are larger than %zu bytes",
			     PROVIDER_MAX_TEXT);
	}
	free(dumped);
}

static void read_calls(struct response *r, const json_t *calls)
{
	size_t i;
	const json_t *c;
	json_array_foreach(calls, i, c)
		if (json_is_object(c))
			read_call(r, c, i);
}

json_t *provider_calls(const struct response *r)
{
	if (!r->n_calls)
		return NULL;
	json_t *out = json_array();
	for (size_t i = 0; i < r->n_calls; i++) {
		const struct tool_call *tc = &r->calls[i];
		/* no argument text at all is a call with no arguments (a tool
		 * without parameters; servers send "" or nothing) */
		json_t *args = tc->args.len ? json_loadb(tc->args.s, tc->args.len, 0, NULL)
					    : json_object();
		if (args && !json_is_object(args)) {
			json_decref(args);
			args = NULL;
		}
		/* the pieces were JSON strings, so raw is UTF-8 */
		json_t *c = json_pack("{s:s,s:s,s:o,s:s%}", "id", tc->id ? tc->id : "",
				      "name", tc->name ? tc->name : "",
				      "arguments", args ? args : json_null(),
				      "raw", tc->args.len ? tc->args.s : "", tc->args.len);
		json_array_append_new(out, c ? c : json_pack("{s:s,s:n,s:s}", "name", "",
							   "arguments", "raw", ""));
	}
	return out;
}

/* ---- the Messages protocol: answers ---- */

/* stop_reason in the Chat Completions words the rest of trilemma reads. */
static void set_stop(struct response *r, const json_t *stop)
{
	static const char *const map[][2] = { { "end_turn", "stop" }, { "stop_sequence", "stop" },
		{ "max_tokens", "length" }, { "tool_use", "tool_calls" }, { "refusal", "content_filter" } };
	const char *s = json_string_value(stop);
	if (!s)
		return;
	for (size_t i = 0; i < ARRAY_LEN(map); i++)
		if (!strcmp(s, map[i][0]))
			s = map[i][1];
	free(r->finish_reason);
	r->finish_reason = xstrdup(s);
}

/* Messages usage: input and output tokens (thinking counts in output);
 * cache reads and writes counted in the input, and apart (for their price),
 * and kept with the metadata. */
static void anthropic_usage(struct response *r, const json_t *u)
{
	if (!json_is_object(u))
		return;
	r->tok_out = int_or(json_object_get(u, "output_tokens"), r->tok_out);
	int64_t in = int_or(json_object_get(u, "input_tokens"), -1);
	if (in < 0)
		return;
	/* the input the model read: uncached, plus cache reads and writes
	 * (the split is kept with the metadata) */
	static const char *const cache[] = { "cache_read_input_tokens", "cache_creation_input_tokens" };
	int64_t *count[] = { &r->tok_cache_read, &r->tok_cache_write };
	for (size_t i = 0; i < ARRAY_LEN(cache); i++) {
		json_t *v = json_object_get(u, cache[i]);
		*count[i] = 0;
		if (json_is_integer(v) && json_integer_value(v) > 0) {
			json_object_set(r->meta, cache[i], v);
			*count[i] = (int64_t)json_integer_value(v);
			in += *count[i];
		}
	}
	r->tok_in = in;
}

/* A whole content block: text, thinking, or a tool_use. */
static void anthropic_block(struct response *r, const json_t *b)
{
	const char *type = json_string_value(json_object_get(b, "type"));
	const char *t = NULL;
	struct buf *into = NULL;
	if (!type)
		return;
	if (!strcmp(type, "text")) {
		t = json_string_value(json_object_get(b, "text"));
		into = &r->text;
	} else if (!strcmp(type, "thinking")) {
		t = json_string_value(json_object_get(b, "thinking"));
		into = &r->reasoning;
	} else if (!strcmp(type, "tool_use")) {
		json_t *c = json_pack("{s:O?,s:{s:O?,s:O?}}", "id", json_object_get(b, "id"),
				      "function", "name", json_object_get(b, "name"),
				      "arguments", json_object_get(b, "input"));
		if (c)
			read_call(r, c, r->n_calls);
		json_decref(c);
	}
	if (t && buf_try_add(into, t, strlen(t)))
		fail(r, RESP_TOO_LARGE, "the answer is larger than %zu bytes", PROVIDER_MAX_TEXT);
}

static void anthropic_body_parse(struct response *r, json_t *o)
{
	const json_t *content = json_object_get(o, "content");
	if (!json_is_array(content)) {
		fail(r, RESP_MALFORMED, "malformed response: no content array");
		return;
	}
	r->saw_choice = 1;
	anthropic_usage(r, json_object_get(o, "usage"));
	read_meta(r, o);
	size_t i;
	const json_t *b;
	json_array_foreach(content, i, b)
		anthropic_block(r, b);
	set_stop(r, json_object_get(o, "stop_reason"));
	judge_content(r);
}

/* One event of a Messages stream, dispatched on its "type". */
static void anthropic_event(struct response *r, const json_t *o)
{
	const char *type = json_string_value(json_object_get(o, "type"));
	double t = now_mono() - r->t0;
	if (!type)
		return;
	if (!strcmp(type, "message_start")) {
		const json_t *msg = json_object_get(o, "message");
		r->saw_choice = 1;
		anthropic_usage(r, json_object_get(msg, "usage"));
		read_meta(r, msg);
	} else if (!strcmp(type, "content_block_start")) {
		const json_t *b = json_object_get(o, "content_block");
		const char *bt = json_string_value(json_object_get(b, "type"));
		r->block = !bt ? 0 : !strcmp(bt, "text") ? 1 : !strcmp(bt, "thinking") ? 2 :
			   !strcmp(bt, "tool_use") ? 3 : 0;
		r->block_delta = 0;
		if (r->block == 3) {
			/* the arguments come as input_json_delta pieces */
			r->block_call = r->n_calls;
			/* the input comes as input_json_delta pieces; a non-empty
			 * input given here whole is kept unless pieces follow */
			const json_t *in = json_object_get(b, "input");
			json_t *c = json_pack("{s:O?,s:{s:O?,s:O?}}", "id", json_object_get(b, "id"),
					      "function", "name", json_object_get(b, "name"),
					      "arguments", json_object_size(in) ? in : NULL);
			if (c)
				read_call(r, c, r->block_call);
			json_decref(c);
			if (isnan(r->t_first))
				r->t_first = t;
			if (isnan(r->t_answer))
				r->t_answer = t;
		}
	} else if (!strcmp(type, "content_block_delta")) {
		const json_t *d = json_object_get(o, "delta");
		const char *dt = json_string_value(json_object_get(d, "type"));
		const char *piece = NULL;
		struct buf *into = NULL;
		if (dt && !strcmp(dt, "text_delta")) {
			piece = json_string_value(json_object_get(d, "text"));
			into = &r->text;
			if (piece && *piece && isnan(r->t_answer))
				r->t_answer = t;
		} else if (dt && !strcmp(dt, "thinking_delta")) {
			piece = json_string_value(json_object_get(d, "thinking"));
			into = &r->reasoning;
		} else if (dt && !strcmp(dt, "input_json_delta") && r->block == 3) {
			if (!r->block_delta++ && r->block_call < r->n_calls)
				buf_reset(&r->calls[r->block_call].args);   /* pieces replace it */
			json_t *c = json_pack("{s:I,s:{s:O?}}", "index", (json_int_t)r->block_call,
					      "function", "arguments", json_object_get(d, "partial_json"));
			if (c)
				read_call(r, c, r->block_call);
			json_decref(c);
		}
		if (piece && *piece) {
			if (isnan(r->t_first))
				r->t_first = t;
			if (buf_try_add(into, piece, strlen(piece)))
				fail(r, RESP_TOO_LARGE, "the answer is larger than %zu bytes",
				     PROVIDER_MAX_TEXT);
		}
	} else if (!strcmp(type, "content_block_stop")) {
		r->block = 0;
	} else if (!strcmp(type, "message_delta")) {
		set_stop(r, json_object_get(json_object_get(o, "delta"), "stop_reason"));
		anthropic_usage(r, json_object_get(o, "usage"));
	} else if (!strcmp(type, "message_stop")) {
		r->saw_done = 1;
	}
	/* ping, and block types this reader does not know, carry nothing */
}

static void parse_body(struct response *r, const char *body, size_t len)
{
	json_error_t je;
	json_t *o = json_loadb(body, len, 0, &je);
	if (!json_is_object(o)) {
		fail(r, RESP_MALFORMED, "malformed response body: %s", o ? "not an object" : je.text);
		json_decref(o);
		return;
	}
	if (provider_error(r, o))
		goto out;
	if (r->anthropic) {
		anthropic_body_parse(r, o);
		goto out;
	}
	json_t *choices = json_object_get(o, "choices");
	if (!json_is_array(choices)) {
		fail(r, RESP_MALFORMED, "malformed response: no choices array");
		goto out;
	}
	read_usage(r, json_object_get(o, "usage"));
	read_meta(r, o);
	json_t *choice = json_array_get(choices, 0);
	if (!choice)
		goto judge;   /* "choices": [] -- empty */
	json_t *msg = json_object_get(choice, "message");
	json_t *content = json_object_get(msg, "content");
	if (!json_is_object(msg) ||
	    !(json_is_string(content) || json_is_null(content) || json_is_array(content) || !content)) {
		fail(r, RESP_MALFORMED, "malformed response: choices[0] has no message");
		goto out;
	}
	r->saw_choice = 1;
	const char *reasoning = reasoning_of(msg);
	if (add_content(&r->text, content) ||
	    (reasoning && buf_try_add(&r->reasoning, reasoning, strlen(reasoning)))) {
		fail(r, RESP_TOO_LARGE, "the answer is larger than %zu bytes", PROVIDER_MAX_TEXT);
		goto out;
	}
	read_calls(r, json_object_get(msg, "tool_calls"));
	set_finish(r, json_object_get(choice, "finish_reason"));
judge:
	judge_content(r);
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
		fail(r, RESP_MALFORMED, "malformed stream event: %s", o ? "not an object" : je.text);
		json_decref(o);
		return;
	}
	if (provider_error(r, o)) {
		json_decref(o);
		return;
	}
	if (r->anthropic) {
		anthropic_event(r, o);
		json_decref(o);
		return;
	}
	json_t *choice = json_array_get(json_object_get(o, "choices"), 0);
	if (choice)
		r->saw_choice = 1;
	json_t *delta = json_object_get(choice, "delta");
	const char *content = json_string_value(json_object_get(delta, "content"));
	const char *reasoning = reasoning_of(delta);
	double t = now_mono() - r->t0;
	if (reasoning && *reasoning) {
		if (isnan(r->t_first))
			r->t_first = t;
		if (buf_try_add(&r->reasoning, reasoning, strlen(reasoning)))
			fail(r, RESP_TOO_LARGE, "the reasoning is larger than %zu bytes", PROVIDER_MAX_TEXT);
	}
	if (content && *content) {
		if (isnan(r->t_first))
			r->t_first = t;
		if (isnan(r->t_answer))
			r->t_answer = t;
		if (buf_try_add(&r->text, content, strlen(content)))
			fail(r, RESP_TOO_LARGE, "the answer is larger than %zu bytes", PROVIDER_MAX_TEXT);
	}
	const json_t *calls = json_object_get(delta, "tool_calls");
	if (json_array_size(calls)) {
		if (isnan(r->t_first))
			r->t_first = t;
		if (isnan(r->t_answer))
			r->t_answer = t;
		read_calls(r, calls);
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

/* One line of the stream, without its line end. */
static void sse_line(struct response *r, const char *line, size_t len)
{
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
		if ((r->data.len && buf_try_add(&r->data, "\n", 1)) ||
		    buf_try_add(&r->data, line + skip, len - skip))
			fail(r, RESP_TOO_LARGE, "a stream event is larger than %zu bytes", PROVIDER_MAX_TEXT);
	}
	/* other fields (event:, id:, retry:) carry nothing for chat completions */
}

/* The stream parser proper (raw bytes already kept). */
static int sse_parse(struct response *r, const char *data, size_t len)
{
	if (r->after_cr && len && data[0] == '\n') {
		data++;
		len--;
	}
	r->after_cr = 0;
	while (len) {
		size_t n = 0;
		while (n < len && data[n] != '\n' && data[n] != '\r')
			n++;
		if (n == len) {
			if (buf_try_add(&r->line, data, len))
				return fail(r, RESP_TOO_LARGE, "a stream line is larger than %zu bytes",
					    PROVIDER_MAX_TEXT);
			return 0;
		}
		if (r->line.len) {
			if (buf_try_add(&r->line, data, n))
				return fail(r, RESP_TOO_LARGE, "a stream line is larger than %zu bytes",
					    PROVIDER_MAX_TEXT);
			sse_line(r, r->line.s, r->line.len);
			buf_reset(&r->line);
		} else {
			sse_line(r, data, n);
		}
		if (data[n] == '\r') {
			if (n + 1 == len)
				r->after_cr = 1;   /* a LF may start the next piece */
			else if (data[n + 1] == '\n')
				n++;
		}
		data += n + 1;
		len -= n + 1;
	}
	return r->status == RESP_TOO_LARGE ? -1 : 0;
}

int provider_feed(struct response *r, enum feed kind, const char *data, size_t len)
{
	rawkeep_add(&r->raw, data, len);
	if (r->status == RESP_TOO_LARGE)
		return -1;
	if (kind == FEED_ERROR)
		return 0;
	if (r->stream < 0 && kind == FEED_EVENTS) {
		/* a server that ignores stream: true answers with one JSON body */
		size_t i = 0;
		while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
			i++;
		if (i < len)
			r->stream = data[i] != '{';
	} else if (r->stream < 0) {
		r->stream = 0;
	}
	if (r->stream == 1)
		return sse_parse(r, data, len);
	if (buf_try_add(&r->body, data, len))
		return fail(r, RESP_TOO_LARGE, "the response body is larger than %zu bytes",
			    PROVIDER_MAX_BODY);
	return 0;
}

void provider_finish(struct response *r)
{
	if (r->status == RESP_TOO_LARGE)
		return;
	if (r->stream != 1) {
		parse_body(r, r->body.s, r->body.len);
		return;
	}
	if (r->line.len) {
		sse_line(r, r->line.s, r->line.len);
		buf_reset(&r->line);
	}
	sse_line(r, "", 0);   /* flush a last event without its blank line */
	if (r->status != RESP_PENDING)
		return;
	if (!r->saw_done) {
		fail(r, RESP_MALFORMED, "truncated stream: no finish_reason and no [DONE]");
		return;
	}
	judge_content(r);
}

void provider_error_message(const struct response *r, struct buf *out)
{
	const struct rawkeep *k = &r->raw;
	if (k->total != k->head.len)
		return;   /* a body too large to be an error message */
	json_t *o = json_loadb(k->head.s, k->head.len, 0, NULL);
	const json_t *e = json_object_get(o, "error");
	const char *m = json_string_value(json_object_get(e, "message"));
	if (!m)
		m = json_string_value(e);
	if (!m)
		m = json_string_value(json_object_get(o, "message"));   /* vLLM */
	if (!m)
		m = json_string_value(json_object_get(o, "detail"));    /* FastAPI servers */
	if (m)
		buf_addf(out, ": %.300s", m);
	json_decref(o);
}

void provider_parse_json(struct response *r, const char *body, size_t len)
{
	if (provider_feed(r, FEED_BODY, body, len) == 0)
		provider_finish(r);
}

int provider_sse_feed(struct response *r, const char *data, size_t len)
{
	return provider_feed(r, FEED_EVENTS, data, len);
}

void provider_sse_finish(struct response *r)
{
	if (r->stream < 0)
		r->stream = 1;   /* nothing came */
	provider_finish(r);
}
