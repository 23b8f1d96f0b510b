/* test_provider.c -- request bodies, JSON responses, and the SSE parser fed
 * in every possible split. */
#include <math.h>
#include "t.h"
#include "util.h"
#include "config.h"
#include "provider.h"

static const char stream[] =
	"data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}\n\n"
	": keep-alive comment\n\n"
	"data: {\"choices\":[{\"delta\":{\"reasoning_content\":\"think \"}}]}\r\n\r\n"
	"data: {\"choices\":[{\"delta\":{\"reasoning\":\"more\"}}]}\n\n"
	"data: {\"choices\":[{\"delta\":{\"content\":\"KP-\"}}]}\n\n"
	"data: {\"choices\":[{\"delta\":{\"content\":\"09 \\u00e9\"}}]}\n\n"
	"data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}],\"provider\":\"SimCloud\"}\n\n"
	"data: {\"choices\":[],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":7,"
	"\"completion_tokens_details\":{\"reasoning_tokens\":3},\"cost\":0.0025}}\n\n"
	"data: [DONE]\n\n";

static void check_stream_result(const struct response *r)
{
	T_EQ_INT(r->status, RESP_OK);
	T_EQ_STR(r->text.s, "KP-09 \xc3\xa9");
	T_EQ_STR(r->reasoning.s, "think more");
	T_EQ_INT(r->tok_in, 11);
	T_EQ_INT(r->tok_out, 7);
	T_EQ_INT(r->tok_reason, 3);
	T_NEAR(r->cost, 0.0025, 1e-12);
	T_EQ_STR(r->finish_reason, "stop");
	T_EQ_STR(json_string_value(json_object_get(r->meta, "provider")), "SimCloud");
	T_CHECK(!isnan(r->t_first) && !isnan(r->t_answer) && r->t_first <= r->t_answer);
}

/* Every split of the stream into two pieces, and byte by byte. */
static void test_sse_every_split(void)
{
	size_t n = sizeof(stream) - 1;
	for (size_t cut = 0; cut <= n; cut++) {
		struct response r;
		response_init(&r, now_mono());
		T_EQ_INT(provider_sse_feed(&r, stream, cut), 0);
		T_EQ_INT(provider_sse_feed(&r, stream + cut, n - cut), 0);
		provider_sse_finish(&r);
		check_stream_result(&r);
		response_release(&r);
	}
	struct response r;
	response_init(&r, now_mono());
	for (size_t i = 0; i < n; i++)
		T_EQ_INT(provider_sse_feed(&r, stream + i, 1), 0);
	provider_sse_finish(&r);
	check_stream_result(&r);
	response_release(&r);
}

static void test_sse_truncated(void)
{
	/* the stream stops after the first content chunk: no finish, no [DONE] */
	const char *cut = strstr(stream, "data: {\"choices\":[{\"delta\":{\"content\":\"09");
	struct response r;
	response_init(&r, now_mono());
	provider_sse_feed(&r, stream, (size_t)(cut - stream));
	provider_sse_finish(&r);
	T_EQ_INT(r.status, RESP_MALFORMED);
	T_CHECK(strstr(r.err.s, "truncated") != NULL);
	response_release(&r);
	/* an event that is not JSON */
	response_init(&r, now_mono());
	provider_sse_feed(&r, "data: {\"choices\": [\n\ndata: [DONE]\n\n", 36);
	provider_sse_finish(&r);
	T_EQ_INT(r.status, RESP_MALFORMED);
	response_release(&r);
}

static void test_json_response(void)
{
	const char *body = "{\"id\":\"x1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":"
		"{\"role\":\"assistant\",\"content\":\"42\",\"reasoning_content\":\"six times seven\"},"
		"\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2},"
		"\"timings\":{\"predicted_n\":2,\"predicted_ms\":10.5}}";
	struct response r;
	response_init(&r, now_mono());
	provider_parse_json(&r, body, strlen(body));
	T_EQ_INT(r.status, RESP_OK);
	T_EQ_STR(r.text.s, "42");
	T_EQ_STR(r.reasoning.s, "six times seven");
	T_EQ_INT(r.tok_in, 5);
	T_EQ_INT(r.tok_out, 2);
	T_EQ_INT(r.tok_reason, -1);       /* not reported: unknown, not 0 */
	T_CHECK(isnan(r.cost));
	T_EQ_INT(json_integer_value(json_object_get(json_object_get(r.meta, "timings"), "predicted_n")), 2);
	response_release(&r);

	static const char *const bad[] = {
		"{\"choices\": [", "[]", "", "{\"id\": 1}", "{\"choices\":[{\"delta\":{}}]}",
	};
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		response_init(&r, now_mono());
		provider_parse_json(&r, bad[i], strlen(bad[i]));
		T_EQ_INT(r.status, RESP_MALFORMED);
		response_release(&r);
	}
	/* well-formed but nothing in it: empty, a failure (retried), not an answer */
	static const char *const empty[] = {
		"{\"choices\": []}",
		"{\"choices\":[{\"message\":{}}]}",
		"{\"choices\":[{\"message\":{\"content\":null},\"finish_reason\":\"stop\"}]}",
		"{\"choices\":[{\"message\":{\"content\":\"\"},\"finish_reason\":\"stop\"}]}",
	};
	for (size_t i = 0; i < ARRAY_LEN(empty); i++) {
		response_init(&r, now_mono());
		provider_parse_json(&r, empty[i], strlen(empty[i]));
		T_EQ_INT(r.status, RESP_EMPTY);
		T_CHECK(strstr(r.err.s, "empty response") != NULL);
		response_release(&r);
	}
	/* the deployment's content filter stopped it: that is its answer */
	const char *filtered = "{\"choices\":[{\"message\":{\"content\":\"\"},"
		"\"finish_reason\":\"content_filter\"}]}";
	response_init(&r, now_mono());
	provider_parse_json(&r, filtered, strlen(filtered));
	T_EQ_INT(r.status, RESP_OK);
	response_release(&r);
	/* content as an array of parts */
	const char *parts = "{\"choices\":[{\"message\":{\"content\":[{\"type\":\"text\","
		"\"text\":\"KP\"},{\"type\":\"text\",\"text\":\"-09\"}]},\"finish_reason\":\"stop\"}]}";
	response_init(&r, now_mono());
	provider_parse_json(&r, parts, strlen(parts));
	T_EQ_INT(r.status, RESP_OK);
	T_EQ_STR(r.text.s, "KP-09");
	response_release(&r);
	const char *err = "{\"error\":{\"message\":\"upstream overloaded\",\"code\":502}}";
	response_init(&r, now_mono());
	provider_parse_json(&r, err, strlen(err));
	T_EQ_INT(r.status, RESP_PROVIDER_ERROR);
	T_CHECK(strstr(r.err.s, "upstream overloaded") != NULL);
	response_release(&r);
}

/* A stream whose chunks never carry a choice is empty, not an answer "". */
static void test_sse_choiceless(void)
{
	static const char s1[] = "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":3,"
		"\"completion_tokens\":0}}\n\ndata: [DONE]\n\n";
	struct response r;
	response_init(&r, now_mono());
	T_EQ_INT(provider_sse_feed(&r, s1, sizeof(s1) - 1), 0);
	provider_sse_finish(&r);
	T_EQ_INT(r.status, RESP_EMPTY);
	response_release(&r);
	/* a choice with a finish but no content at all */
	static const char s2[] = "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\n"
		"data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
	response_init(&r, now_mono());
	T_EQ_INT(provider_sse_feed(&r, s2, sizeof(s2) - 1), 0);
	provider_sse_finish(&r);
	T_EQ_INT(r.status, RESP_EMPTY);
	response_release(&r);
	/* nothing at all */
	response_init(&r, now_mono());
	provider_sse_finish(&r);
	T_EQ_INT(r.status, RESP_MALFORMED);
	response_release(&r);
}

/* Line ends: LF, CRLF and a lone CR are all allowed by the SSE specification,
 * and a CRLF may be split between two pieces. */
static void test_sse_line_ends(void)
{
	static const char *const ends[] = { "\n", "\r\n", "\r" };
	for (size_t e = 0; e < ARRAY_LEN(ends); e++) {
		struct buf s = BUF_INIT;
		const char *lines[] = {
			"data: {\"choices\":[{\"delta\":{\"content\":\"KP-\"}}]}", "",
			": comment", "",
			"data: {\"choices\":[{\"delta\":{\"content\":\"09\"},\"finish_reason\":\"stop\"}]}", "",
			"data: [DONE]", "",
		};
		for (size_t i = 0; i < ARRAY_LEN(lines); i++) {
			buf_adds(&s, lines[i]);
			buf_adds(&s, ends[e]);
		}
		for (size_t cut = 0; cut <= s.len; cut++) {
			struct response r;
			response_init(&r, now_mono());
			T_EQ_INT(provider_sse_feed(&r, s.s, cut), 0);
			T_EQ_INT(provider_sse_feed(&r, s.s + cut, s.len - cut), 0);
			provider_sse_finish(&r);
			T_EQ_INT(r.status, RESP_OK);
			T_EQ_STR(r.text.s, "KP-09");
			response_release(&r);
		}
		buf_release(&s);
	}
}

/* A server that ignores stream: true and answers with one JSON body. */
static void test_sse_plain_body(void)
{
	const char *body = "{\"choices\":[{\"message\":{\"content\":\"42\"},\"finish_reason\":\"stop\"}]}";
	struct response r;
	response_init(&r, now_mono());
	T_EQ_INT(provider_sse_feed(&r, body, 10), 0);
	T_EQ_INT(provider_sse_feed(&r, body + 10, strlen(body) - 10), 0);
	provider_sse_finish(&r);
	T_EQ_INT(r.status, RESP_OK);
	T_EQ_STR(r.text.s, "42");
	response_release(&r);
}

/* Of a large failed body only both ends are kept; the answer is capped. */
static void test_raw_bounded(void)
{
	struct response r;
	response_init(&r, now_mono());
	size_t n = 1 << 20;   /* 1 MiB of an error page */
	char *big = xmalloc(n);
	for (size_t i = 0; i < n; i++)
		big[i] = (char)('a' + i % 26);
	memcpy(big, "HEAD", 4);
	memcpy(big + n - 4, "TAIL", 4);
	for (size_t at = 0; at < n; at += 1000)
		T_EQ_INT(provider_feed(&r, FEED_ERROR, big + at, n - at < 1000 ? n - at : 1000), 0);
	struct buf raw = BUF_INIT;
	provider_raw(&r, &raw);
	T_CHECK(raw.len < 2 * PROVIDER_RAW_KEEP + 100);
	T_CHECK(!memcmp(raw.s, "HEAD", 4));
	T_CHECK(!memcmp(raw.s + raw.len - 4, "TAIL", 4));
	T_CHECK(strstr(raw.s, "bytes left out") != NULL);
	/* the kept tail is the body's last bytes, in order */
	T_CHECK(!memcmp(raw.s + raw.len - PROVIDER_RAW_KEEP, big + n - PROVIDER_RAW_KEEP,
			PROVIDER_RAW_KEEP));
	T_EQ_INT(r.raw.total, n);
	buf_release(&raw);
	response_release(&r);
	/* a small body is kept whole */
	response_init(&r, now_mono());
	const char *eb = "{\"error\":{\"message\":\"bad key\"}}";
	T_EQ_INT(provider_feed(&r, FEED_ERROR, eb, strlen(eb)), 0);
	provider_raw(&r, &raw);
	T_EQ_STR(raw.s, eb);
	buf_reset(&raw);
	provider_error_message(&r, &raw);
	T_EQ_STR(raw.s, ": bad key");
	buf_release(&raw);
	response_release(&r);
	/* an endless stream of content stops at the cap */
	response_init(&r, now_mono());
	struct buf ev = BUF_INIT;
	buf_adds(&ev, "data: {\"choices\":[{\"delta\":{\"content\":\"");
	for (int i = 0; i < 60000; i++)
		buf_adds(&ev, "xxxxxxxxxx");
	buf_adds(&ev, "\"}}]}\n\n");
	int failed = 0;
	for (int i = 0; i < 20 && !failed; i++)
		failed = provider_sse_feed(&r, ev.s, ev.len) < 0;
	T_CHECK(failed);
	T_EQ_INT(r.status, RESP_TOO_LARGE);
	T_CHECK(r.text.len <= PROVIDER_MAX_TEXT);
	buf_release(&ev);
	response_release(&r);
	free(big);
}

static void test_body(void)
{
	struct config c;
	struct tri_err err;
	struct buf b = BUF_INIT;
	config_init(&c);
	T_EQ_INT(config_add_model_spec(&c, "ollama:qwen3:0.6b", &err), 0);
	T_EQ_INT(config_add_model_spec(&c, "openrouter:z-ai/glm-4.6@http://127.0.0.1:9/v1/", &err), 0);
	T_EQ_STR(c.models[0].name, "qwen3:0.6b");      /* a colon inside the model name */
	T_EQ_STR(c.models[0].base_url, "http://127.0.0.1:11434/v1");
	T_EQ_STR(c.models[1].base_url, "http://127.0.0.1:9/v1");  /* @URL, trailing / dropped */
	T_EQ_STR(c.models[1].key_env, "OPENROUTER_API_KEY");
	char *url = provider_url(&c.models[1]);
	T_EQ_STR(url, "http://127.0.0.1:9/v1/chat/completions");
	free(url);
	struct model *m = &c.models[0];
	m->system = xstrdup("Be brief.");
	json_object_set_new(m->params, "temperature", json_real(0.5));
	m->extra = json_pack("{s:{s:[s]}}", "provider", "quantizations", "fp8");
	json_t *msgs = json_pack("[{s:s,s:s}]", "role", "user", "content", "hi");
	T_EQ_INT(provider_body(m, msgs, NULL, NULL, 1, &b, &err), 0);
	json_t *o = json_loads(b.s, 0, NULL);
	T_EQ_STR(json_string_value(json_object_get(o, "model")), "qwen3:0.6b");
	T_EQ_INT(json_array_size(json_object_get(o, "messages")), 2);   /* system added */
	T_EQ_STR(json_string_value(json_object_get(json_array_get(json_object_get(o, "messages"), 0), "content")), "Be brief.");
	T_CHECK(json_is_true(json_object_get(o, "stream")));
	T_CHECK(json_is_true(json_object_get(json_object_get(o, "stream_options"), "include_usage")));
	T_NEAR(json_number_value(json_object_get(o, "temperature")), 0.5, 1e-12);
	T_CHECK(json_object_get(json_object_get(o, "provider"), "quantizations") != NULL);
	json_decref(o);
	json_decref(msgs);
	buf_release(&b);
	T_EQ_INT(config_add_model_spec(&c, "nosuch:model", &err), -1);
	T_CHECK(strstr(err.msg, "unknown provider 'nosuch'") != NULL);
	T_EQ_INT(config_add_model_spec(&c, "compat:model", &err), -1);
	T_CHECK(strstr(err.msg, "needs a base URL") != NULL);
	config_release(&c);
}

/* ---- the Messages protocol ---- */

static const char anth_stream[] =
	"event: message_start\n"
	"data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
	"\"role\":\"assistant\",\"model\":\"m\",\"content\":[],\"usage\":{\"input_tokens\":12,"
	"\"output_tokens\":1,\"cache_read_input_tokens\":4}}}\n\n"
	"event: ping\ndata: {\"type\":\"ping\"}\n\n"
	"event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
	"\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}\n\n"
	"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
	"\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"hmm \"}}\n\n"
	"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
	"\"delta\":{\"type\":\"signature_delta\",\"signature\":\"x\"}}\n\n"
	"event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
	"event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,"
	"\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
	"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,"
	"\"delta\":{\"type\":\"text_delta\",\"text\":\"Paris \\u00e9\"}}\n\n"
	"event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}\n\n"
	"event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":2,"
	"\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"get\",\"input\":{}}}\n\n"
	"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":2,"
	"\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"city\\\": \"}}\n\n"
	"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":2,"
	"\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\\\"Oslo\\\"}\"}}\n\n"
	"event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":2}\n\n"
	"event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
	"\"tool_use\"},\"usage\":{\"output_tokens\":30}}\n\n"
	"event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";

static void check_anth(const struct response *r)
{
	T_EQ_INT(r->status, RESP_OK);
	T_EQ_STR(r->text.s, "Paris \xc3\xa9");
	T_EQ_STR(r->reasoning.s, "hmm ");
	T_EQ_INT(r->tok_in, 16);      /* 12 uncached + 4 read from the cache */
	T_EQ_INT(r->tok_out, 30);
	T_EQ_STR(r->finish_reason, "tool_calls");
	T_EQ_INT(json_integer_value(json_object_get(r->meta, "cache_read_input_tokens")), 4);
	T_EQ_INT(r->tok_cache_read, 4);
	T_EQ_INT(r->tok_cache_write, 0);
	json_t *calls = provider_calls(r);
	T_EQ_INT(json_array_size(calls), 1);
	json_t *c = json_array_get(calls, 0);
	T_EQ_STR(json_string_value(json_object_get(c, "id")), "toolu_1");
	T_EQ_STR(json_string_value(json_object_get(c, "name")), "get");
	T_EQ_STR(json_string_value(json_object_get(json_object_get(c, "arguments"), "city")), "Oslo");
	json_decref(calls);
}

static void test_anthropic_stream(void)
{
	size_t n = strlen(anth_stream);
	for (size_t cut = 0; cut <= n; cut += 7) {
		struct response r;
		response_init(&r, now_mono());
		r.anthropic = 1;
		provider_sse_feed(&r, anth_stream, cut);
		provider_sse_feed(&r, anth_stream + cut, n - cut);
		provider_sse_finish(&r);
		check_anth(&r);
		response_release(&r);
	}
	/* no message_stop: cut */
	struct response r;
	response_init(&r, now_mono());
	r.anthropic = 1;
	provider_sse_feed(&r, anth_stream, strstr(anth_stream, "event: message_stop") - anth_stream);
	provider_sse_finish(&r);
	T_EQ_INT(r.status, RESP_MALFORMED);
	response_release(&r);
	/* an error event */
	static const char err_ev[] = "event: message_start\ndata: {\"type\":\"message_start\","
		"\"message\":{\"content\":[],\"usage\":{\"input_tokens\":1}}}\n\n"
		"event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
		"\"message\":\"Overloaded\"}}\n\n";
	response_init(&r, now_mono());
	r.anthropic = 1;
	provider_sse_feed(&r, err_ev, strlen(err_ev));
	provider_sse_finish(&r);
	T_EQ_INT(r.status, RESP_PROVIDER_ERROR);
	T_CHECK(strstr(r.err.s, "Overloaded") != NULL);
	response_release(&r);
}

static void test_anthropic_body(void)
{
	static const char body[] = "{\"id\":\"msg_2\",\"type\":\"message\",\"role\":\"assistant\","
		"\"content\":[{\"type\":\"thinking\",\"thinking\":\"t\",\"signature\":\"s\"},"
		"{\"type\":\"text\",\"text\":\"ok\"},{\"type\":\"tool_use\",\"id\":\"toolu_2\","
		"\"name\":\"f\",\"input\":{\"a\":1}}],\"stop_reason\":\"tool_use\","
		"\"usage\":{\"input_tokens\":5,\"output_tokens\":9}}";
	struct response r;
	response_init(&r, now_mono());
	r.anthropic = 1;
	provider_parse_json(&r, body, strlen(body));
	T_EQ_INT(r.status, RESP_OK);
	T_EQ_STR(r.text.s, "ok");
	T_EQ_STR(r.reasoning.s, "t");
	T_EQ_INT(r.tok_in, 5);
	T_EQ_INT(r.tok_out, 9);
	json_t *calls = provider_calls(&r);
	T_EQ_INT(json_integer_value(json_object_get(json_object_get(json_array_get(calls, 0),
		"arguments"), "a")), 1);
	json_decref(calls);
	response_release(&r);
	/* no content at all: empty */
	response_init(&r, now_mono());
	r.anthropic = 1;
	static const char none[] = "{\"type\":\"message\",\"content\":[]}";
	provider_parse_json(&r, none, strlen(none));
	T_EQ_INT(r.status, RESP_EMPTY);
	response_release(&r);

	/* the request: system apart, tool calls and results as blocks,
	 * max_tokens always, thinking from reasoning_effort, the key header */
	struct config c;
	struct tri_err err;
	struct buf b = BUF_INIT, h = BUF_INIT;
	config_init(&c);
	T_EQ_INT(config_add_model_spec(&c, "anthropic:claude-x@http://127.0.0.1:9/v1", &err), 0);
	struct model *m = &c.models[0];
	char *url = provider_url(m);
	T_EQ_STR(url, "http://127.0.0.1:9/v1/messages");
	free(url);
	json_object_set_new(m->params, "reasoning_effort", json_string("low"));
	json_object_set_new(m->params, "temperature", json_real(0.0));
	json_t *msgs = json_loads("[{\"role\":\"system\",\"content\":\"Be brief.\"},"
		"{\"role\":\"user\",\"content\":\"hi\"},"
		"{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"c1\",\"name\":\"f\","
		"\"arguments\":{\"a\":1}}]},"
		"{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"name\":\"f\",\"content\":\"42\"}]", 0, NULL);
	json_t *tools = json_loads("[{\"name\":\"f\",\"description\":\"d\",\"parameters\":"
		"{\"type\":\"object\"}}]", 0, NULL);
	json_t *choice = json_string("required");
	T_EQ_INT(provider_body(m, msgs, tools, choice, 1, &b, &err), 0);
	json_t *o = json_loads(b.s, 0, NULL);
	T_EQ_STR(json_string_value(json_object_get(o, "system")), "Be brief.");
	json_t *ms = json_object_get(o, "messages");
	T_EQ_INT(json_array_size(ms), 3);
	T_EQ_STR(json_string_value(json_object_get(json_array_get(json_object_get(json_array_get(ms, 1),
		"content"), 0), "type")), "tool_use");
	T_EQ_STR(json_string_value(json_object_get(json_array_get(json_object_get(json_array_get(ms, 2),
		"content"), 0), "tool_use_id")), "c1");
	/* a transcript of tool calls, a forced choice: no thinking (the API
	 * refuses it there), so the temperature goes */
	T_CHECK(!json_object_get(o, "thinking"));
	T_CHECK(json_object_get(o, "temperature") != NULL);
	T_EQ_STR(json_string_value(json_object_get(json_object_get(o, "tool_choice"), "type")), "any");
	T_CHECK(json_object_get(json_array_get(json_object_get(o, "tools"), 0), "input_schema") != NULL);
	T_CHECK(!json_object_get(o, "reasoning_effort"));
	json_decref(o);
	/* a plain request: thinking from reasoning_effort, and no temperature */
	json_t *plain = json_pack("[{s:s,s:s}]", "role", "user", "content", "hi");
	buf_reset(&b);
	T_EQ_INT(provider_body(m, plain, NULL, NULL, 0, &b, &err), 0);
	o = json_loads(b.s, 0, NULL);
	T_EQ_INT(json_integer_value(json_object_get(json_object_get(o, "thinking"), "budget_tokens")), 2048);
	T_CHECK(json_integer_value(json_object_get(o, "max_tokens")) > 2048);
	T_CHECK(!json_object_get(o, "temperature"));
	json_decref(plain);
	setenv("ANTHROPIC_API_KEY", "sk-test", 1);
	provider_headers(m, &h);
	T_CHECK(strstr(h.s, "x-api-key: sk-test\n") && strstr(h.s, "anthropic-version: ") &&
		!strstr(h.s, "Authorization"));
	provider_headers_wipe(&h);
	json_decref(o);
	json_decref(msgs);
	json_decref(tools);
	json_decref(choice);
	buf_release(&b);
	config_release(&c);
}

/* Tool calls as servers really send them: without an index, with no
 * arguments, given whole at the block's start; and what is not the
 * protocol (a call with no name) */
static void test_tool_call_shapes(void)
{
	static const char noidx[] =
		"data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"id\":\"a\",\"function\":{\"name\":\"f\","
		"\"arguments\":\"{\\\"x\\\":1}\"}}]}}]}\n\n"
		"data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"id\":\"b\",\"function\":{\"name\":\"g\","
		"\"arguments\":\"\"}}]}}]}\n\n"
		"data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\ndata: [DONE]\n\n";
	struct response r;
	response_init(&r, now_mono());
	provider_feed(&r, FEED_EVENTS, noidx, strlen(noidx));
	provider_finish(&r);
	T_EQ_INT(r.status, RESP_OK);
	json_t *calls = provider_calls(&r);
	T_EQ_INT(json_array_size(calls), 2);      /* a new id: a new call */
	T_EQ_INT(json_integer_value(json_object_get(json_object_get(json_array_get(calls, 0),
		"arguments"), "x")), 1);
	T_CHECK(json_is_object(json_object_get(json_array_get(calls, 1), "arguments")));  /* "" is {} */
	json_decref(calls);
	response_release(&r);

	static const char noname[] = "{\"choices\":[{\"message\":{\"content\":null,\"tool_calls\":"
		"[{\"index\":1,\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},"
		"\"finish_reason\":\"tool_calls\"}]}";
	response_init(&r, now_mono());
	provider_parse_json(&r, noname, strlen(noname));
	T_EQ_INT(r.status, RESP_MALFORMED);       /* index 0 never came */
	response_release(&r);

	static const char whole[] =
		"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"content\":[],"
		"\"usage\":{\"input_tokens\":2}}}\n\n"
		"event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
		"\"content_block\":{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"f\",\"input\":{\"k\":2}}}\n\n"
		"event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
		"event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,"
		"\"content_block\":{\"type\":\"tool_use\",\"id\":\"u\",\"name\":\"g\",\"input\":{}}}\n\n"
		"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,"
		"\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\"}}\n\n"
		"event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}\n\n"
		"event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
		"\"tool_use\"},\"usage\":{\"output_tokens\":3}}\n\n"
		"event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
	response_init(&r, now_mono());
	r.anthropic = 1;
	provider_feed(&r, FEED_EVENTS, whole, strlen(whole));
	provider_finish(&r);
	T_EQ_INT(r.status, RESP_OK);
	calls = provider_calls(&r);
	T_EQ_INT(json_integer_value(json_object_get(json_object_get(json_array_get(calls, 0),
		"arguments"), "k")), 2);                 /* given whole at the start */
	T_CHECK(json_is_object(json_object_get(json_array_get(calls, 1), "arguments")));  /* no input */
	json_decref(calls);
	response_release(&r);
}

int main(void)
{
	T_RUN(test_sse_every_split);
	T_RUN(test_sse_truncated);
	T_RUN(test_json_response);
	T_RUN(test_sse_choiceless);
	T_RUN(test_sse_line_ends);
	T_RUN(test_sse_plain_body);
	T_RUN(test_raw_bounded);
	T_RUN(test_body);
	T_RUN(test_anthropic_stream);
	T_RUN(test_anthropic_body);
	T_RUN(test_tool_call_shapes);
	return t_done("test_provider");
}
