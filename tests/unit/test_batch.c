/* test_batch.c -- the batch APIs' result lines, as batch_results reads
 * them: OpenAI's output and error files, Anthropic's results, each kind
 * of outcome with its class, status and message, and lines that are not
 * results refused. */
#include "t.h"
#include "util.h"
#include "batch.h"

struct seen {
	int n;
	char id[32];
	int cls;
	long status;
	char text[64], error[400], server[64];
	int64_t tok_in, tok_out;
};

static int keep(void *ctx, const struct batch_result *r, struct tri_err *err)
{
	struct seen *s = ctx;
	s->n++;
	snprintf(s->id, sizeof(s->id), "%s", r->custom_id);
	s->cls = r->cls;
	s->status = r->http_status;
	snprintf(s->text, sizeof(s->text), "%s", r->r && r->r->text.s ? r->r->text.s : "");
	snprintf(s->error, sizeof(s->error), "%s", r->error ? r->error : "");
	const char *srv = r->r ? json_string_value(json_object_get(r->r->meta, "server")) : NULL;
	snprintf(s->server, sizeof(s->server), "%s", srv ? srv : "");
	s->tok_in = r->r ? r->r->tok_in : -2;
	s->tok_out = r->r ? r->r->tok_out : -2;
	return 0;
}

static int parse(enum batch_api api, const char *line, struct seen *s, struct tri_err *err)
{
	memset(s, 0, sizeof(*s));
	memset(err, 0, sizeof(*err));
	return batch_parse_line(api, "trisim (simulated)", line, strlen(line), keep, s, err);
}

static void test_openai(void)
{
	struct seen s;
	struct tri_err err;
	T_EQ_INT(parse(BATCH_OPENAI, "{\"id\":\"batch_req_1\",\"custom_id\":\"t7\",\"response\":"
		"{\"status_code\":200,\"request_id\":\"r\",\"body\":{\"id\":\"c\",\"object\":"
		"\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
		"\"content\":\"Paris\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,"
		"\"completion_tokens\":2}}},\"error\":null}", &s, &err), 0);
	T_EQ_INT(s.n, 1);
	T_EQ_STR(s.id, "t7");
	T_EQ_INT(s.cls, ATT_OK);
	T_EQ_INT(s.status, 200);
	T_EQ_STR(s.text, "Paris");
	T_EQ_INT(s.tok_in, 12);
	T_EQ_INT(s.tok_out, 2);
	T_EQ_STR(s.server, "trisim (simulated)");
	T_EQ_STR(s.error, "");

	T_EQ_INT(parse(BATCH_OPENAI, "{\"custom_id\":\"t8\",\"response\":{\"status_code\":429,"
		"\"body\":{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}},"
		"\"error\":null}", &s, &err), 0);
	T_EQ_INT(s.cls, ATT_RATE_LIMITED);
	T_EQ_INT(s.status, 429);
	T_EQ_STR(s.error, "HTTP 429: Rate limit reached");
	T_EQ_INT(s.tok_in, -2);   /* no answer */

	T_EQ_INT(parse(BATCH_OPENAI, "{\"custom_id\":\"t9\",\"response\":null,\"error\":{\"code\":"
		"\"batch_expired\",\"message\":\"not run in time\"}}", &s, &err), 0);
	T_EQ_INT(s.cls, ATT_BATCH_EXPIRED);
	T_EQ_STR(s.error, "batch_expired: not run in time");
	T_EQ_INT(parse(BATCH_OPENAI, "{\"custom_id\":\"t9\",\"response\":null,\"error\":{\"code\":"
		"\"batch_cancelled\",\"message\":\"x\"}}", &s, &err), 0);
	T_EQ_INT(s.cls, ATT_BATCH_CANCELLED);

	/* a 200 whose body is no answer is a failed attempt, not a result */
	T_EQ_INT(parse(BATCH_OPENAI, "{\"custom_id\":\"t10\",\"response\":{\"status_code\":200,"
		"\"body\":{\"choices\":[]}},\"error\":null}", &s, &err), 0);
	T_EQ_INT(s.cls, ATT_EMPTY);
	T_CHECK(s.error[0] != '\0');
}

static void test_anthropic(void)
{
	struct seen s;
	struct tri_err err;
	T_EQ_INT(parse(BATCH_ANTHROPIC, "{\"custom_id\":\"t1\",\"result\":{\"type\":\"succeeded\","
		"\"message\":{\"id\":\"msg\",\"type\":\"message\",\"role\":\"assistant\",\"content\":"
		"[{\"type\":\"text\",\"text\":\"Paris\"}],\"stop_reason\":\"end_turn\",\"usage\":"
		"{\"input_tokens\":9,\"output_tokens\":3}}}}", &s, &err), 0);
	T_EQ_INT(s.cls, ATT_OK);
	T_EQ_STR(s.text, "Paris");
	T_EQ_INT(s.tok_in, 9);
	T_EQ_INT(s.tok_out, 3);

	T_EQ_INT(parse(BATCH_ANTHROPIC, "{\"custom_id\":\"t2\",\"result\":{\"type\":\"errored\","
		"\"error\":{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":"
		"\"Overloaded\"}}}}", &s, &err), 0);
	T_EQ_INT(s.cls, ATT_OVERLOADED);
	T_EQ_INT(s.status, 529);
	T_EQ_STR(s.error, "HTTP 529: overloaded_error: Overloaded");
	T_EQ_INT(parse(BATCH_ANTHROPIC, "{\"custom_id\":\"t3\",\"result\":{\"type\":\"errored\","
		"\"error\":{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
		"\"message\":\"bad\"}}}}", &s, &err), 0);
	T_EQ_INT(s.cls, ATT_CLIENT);
	T_EQ_INT(parse(BATCH_ANTHROPIC, "{\"custom_id\":\"t4\",\"result\":{\"type\":\"canceled\"}}",
		       &s, &err), 0);
	T_EQ_INT(s.cls, ATT_BATCH_CANCELLED);
	T_EQ_INT(parse(BATCH_ANTHROPIC, "{\"custom_id\":\"t5\",\"result\":{\"type\":\"expired\"}}",
		       &s, &err), 0);
	T_EQ_INT(s.cls, ATT_BATCH_EXPIRED);
}

static void test_refused(void)
{
	static const char *const bad[] = {
		"not json", "[]", "{\"result\":{\"type\":\"expired\"}}",      /* no custom id */
		"{\"custom_id\":\"t1\"}", "{\"custom_id\":\"t1\",\"result\":{\"type\":\"other\"}}",
	};
	struct seen s;
	struct tri_err err;
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		T_EQ_INT(parse(i < 3 ? BATCH_OPENAI : BATCH_ANTHROPIC, bad[i], &s, &err), -1);
		T_EQ_INT(s.n, 0);
		T_CHECK(err.msg[0] != '\0');
	}
	/* OpenAI: neither a response nor an error */
	T_EQ_INT(parse(BATCH_OPENAI, "{\"custom_id\":\"t1\",\"response\":null,\"error\":null}", &s,
		       &err), -1);
}

static void test_api_of(void)
{
	struct model m = { .provider = "openai" };
	T_EQ_INT(batch_api_of(&m), BATCH_OPENAI);
	m.provider = "compat";
	T_EQ_INT(batch_api_of(&m), BATCH_OPENAI);
	m.provider = "anthropic";
	T_EQ_INT(batch_api_of(&m), BATCH_ANTHROPIC);
	m.provider = "ollama";
	T_EQ_INT(batch_api_of(&m), BATCH_NONE);
	m.provider = "openrouter";
	T_EQ_INT(batch_api_of(&m), BATCH_NONE);
}

int main(void)
{
	T_RUN(test_openai);
	T_RUN(test_anthropic);
	T_RUN(test_refused);
	T_RUN(test_api_of);
	return t_done("batch");
}
