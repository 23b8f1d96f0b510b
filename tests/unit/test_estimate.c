/* test_estimate.c -- the token and cost estimates of requests: what text
 * counts, in both protocols' bodies as provider_body() renders them, the
 * rounding, the max_tokens bound, prices and the batch discount. */
#include <math.h>
#include "t.h"
#include "util.h"
#include "buf.h"
#include "config.h"
#include "estimate.h"
#include "provider.h"
#include "run.h"

static json_t *parse(const char *s)
{
	json_t *o = json_loads(s, 0, NULL);
	T_CHECK(o != NULL);
	return o;
}

static void test_rounding(void)
{
	T_EQ_INT(estimate_tokens(0), 0);
	T_EQ_INT(estimate_tokens(1), 1);
	T_EQ_INT(estimate_tokens(4), 1);
	T_EQ_INT(estimate_tokens(5), 2);
	T_EQ_INT(estimate_tokens(4000), 1000);
}

/* Chat Completions: message strings and text parts, a tool result, the
 * tools' name + description + compact parameters; not the roles, the
 * model name or earlier calls' arguments. */
static void test_chat_body(void)
{
	json_t *b = parse(
		"{\"model\": \"m\", \"messages\": ["
		"{\"role\": \"system\", \"content\": \"Be brief.\"},"                    /* 9 */
		"{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"Hi\"},"   /* 2 */
		"  {\"type\": \"image_url\", \"image_url\": {\"url\": \"http://x\"}}]},"
		"{\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\","
		"  \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{}\"}}]},"
		"{\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"sunny\"}],"  /* 5 */
		"\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"get_weather\","   /* 11 */
		"  \"description\": \"Weather.\","                                         /* 8 */
		"  \"parameters\": {\"type\": \"object\", \"properties\": {}}}}]}");        /* 33 */
	T_EQ_INT(estimate_prompt_bytes(b), 9 + 2 + 5 + 11 + 8 + 33);
	T_EQ_INT(estimate_max_tokens(b), -1);
	json_decref(b);
}

/* Messages: the top-level system (string or blocks), text blocks,
 * tool_result content (string or blocks), input_schema; tool_use inputs
 * and thinking are not counted. */
static void test_messages_body(void)
{
	json_t *b = parse(
		"{\"model\": \"m\", \"max_tokens\": 300,"
		"\"system\": [{\"type\": \"text\", \"text\": \"Sys.\"}],"                   /* 4 */
		"\"messages\": ["
		"{\"role\": \"user\", \"content\": \"What is it?\"},"                      /* 11 */
		"{\"role\": \"assistant\", \"content\": [{\"type\": \"text\", \"text\": \"Look.\"},"  /* 5 */
		"  {\"type\": \"tool_use\", \"id\": \"t\", \"name\": \"f\", \"input\": {\"q\": \"long input\"}}]},"
		"{\"role\": \"user\", \"content\": [{\"type\": \"tool_result\", \"tool_use_id\": \"t\","
		"  \"content\": [{\"type\": \"text\", \"text\": \"result\"}]},"           /* 6 */
		"  {\"type\": \"tool_result\", \"tool_use_id\": \"u\", \"content\": \"ok\"}]}],"  /* 2 */
		"\"tools\": [{\"name\": \"f\", \"input_schema\": {\"type\": \"object\"}}]}"); /* 1 + 17 */
	T_EQ_INT(estimate_prompt_bytes(b), 4 + 11 + 5 + 6 + 2 + 1 + 17);
	T_EQ_INT(estimate_max_tokens(b), 300);
	json_decref(b);
	b = parse("{\"system\": \"abc\", \"messages\": [], \"max_completion_tokens\": 7}");
	T_EQ_INT(estimate_prompt_bytes(b), 3);
	T_EQ_INT(estimate_max_tokens(b), 7);
	json_decref(b);
}

/* The same item rendered for both protocols reads the same text, so the
 * estimates agree; non-ASCII text counts its UTF-8 bytes. */
static void test_rendered_bodies(void)
{
	struct config c;
	struct tri_err err = { 0 };
	config_init(&c);
	T_EQ_INT(config_add_model_spec(&c, "openai:gpt@http://127.0.0.1:9/v1", &err), 0);
	T_EQ_INT(config_add_model_spec(&c, "anthropic:claude@http://127.0.0.1:9/v1", &err), 0);
	json_t *msgs = parse("[{\"role\": \"system\", \"content\": \"Be brief.\"},"
			     "{\"role\": \"user\", \"content\": \"Caf\\u00e9?\"}]");   /* 9 + 6 */
	json_t *tools = parse("[{\"name\": \"lookup\", \"description\": \"Find it.\","
			      "\"parameters\": {\"type\": \"object\", \"required\": [\"q\"]}}]");
	/* 6 + 8 + strlen({"required":["q"],"type":"object"}) = 34 (keys sorted in the body) */
	size_t want = 9 + 6 + 6 + 8 + 34;
	for (size_t i = 0; i < 2; i++) {
		struct buf body = BUF_INIT;
		T_EQ_INT(provider_body(&c.models[i], msgs, tools, NULL, 1, &body, &err), 0);
		json_t *b = parse(body.s);
		T_EQ_INT(estimate_prompt_bytes(b), want);
		/* the Messages protocol always has max_tokens */
		T_EQ_INT(estimate_max_tokens(b), i ? ANTHROPIC_MAX_TOKENS : -1);
		json_decref(b);
		struct estimate e;
		T_EQ_INT(estimate_request(&c.models[i], body.s, body.len, 20, &e), 0);
		T_EQ_INT(e.tok_in, (int64_t)((want + 3) / 4));
		T_EQ_INT(e.out_typical, 20);
		T_CHECK(isnan(e.cost) && isnan(e.cost_batch));   /* no price: unknown, not 0 */
		T_CHECK(isnan(estimate_reserve(&e)));
		buf_release(&body);
	}
	json_decref(msgs);
	json_decref(tools);
	config_release(&c);
}

static void test_costs(void)
{
	struct model m = { .price_in = 3, .price_out = 15, .batch_in = NAN, .batch_out = NAN };
	const char *body = "{\"messages\": [{\"role\": \"user\", \"content\": \"12345678\"}],"
			   " \"max_tokens\": 100}";
	struct estimate e;
	T_EQ_INT(estimate_request(&m, body, strlen(body), 500, &e), 0);
	T_EQ_INT(e.tok_in, 2);
	T_EQ_INT(e.out_max, 100);
	T_EQ_INT(e.out_typical, 100);   /* never above the bound */
	T_NEAR(e.cost, (2 * 3.0 + 100 * 15.0) / 1e6, 1e-15);
	T_NEAR(e.cost_max, e.cost, 1e-15);
	T_NEAR(e.cost_batch, e.cost / 2, 1e-15);
	T_EQ_INT(estimate_request(&m, body, strlen(body), 10, &e), 0);
	T_NEAR(e.cost, (2 * 3.0 + 10 * 15.0) / 1e6, 1e-15);
	T_NEAR(estimate_reserve(&e), (2 * 3.0 + 100 * 15.0) / 1e6, 1e-15);  /* the bound */
	const char *nobound = "{\"messages\": [{\"role\": \"user\", \"content\": \"1234\"}]}";
	T_EQ_INT(estimate_request(&m, nobound, strlen(nobound), 10, &e), 0);
	T_EQ_INT(e.out_max, -1);
	T_CHECK(isnan(e.cost_max));
	T_NEAR(estimate_reserve(&e), (1 * 3.0 + 10 * 15.0) / 1e6, 1e-15);  /* the typical */
	double bi, bo;
	estimate_batch_prices(&m, &bi, &bo);
	T_NEAR(bi, 1.5, 1e-12);
	T_NEAR(bo, 7.5, 1e-12);
	/* a model that gives its batch price */
	m.batch_in = 1;
	m.batch_out = 4;
	estimate_batch_prices(&m, &bi, &bo);
	T_NEAR(bi, 1, 1e-12);
	T_NEAR(bo, 4, 1e-12);
	T_EQ_INT(estimate_request(&m, body, strlen(body), 10, &e), 0);
	T_NEAR(e.cost_batch, (2 * 1.0 + 10 * 4.0) / 1e6, 1e-15);
	T_CHECK(isnan(estimate_cost(NAN, 1, 1, 1)));
	T_CHECK(isnan(estimate_cost(1, NAN, 1, 1)));
	T_NEAR(estimate_cost(1, 2, 1000000, 1000000), 3.0, 1e-12);
	T_EQ_INT(estimate_request(&m, "not json", 8, 10, &e), -1);
}

/* What a response cost: Anthropic's prompt cache at its rates (a read a
 * tenth of the input price, a write a quarter more), at the batch price
 * too; usage.cost wins. */
static void test_response_cost(void)
{
	struct model m = { .price_in = 2, .price_out = 10, .batch_in = NAN, .batch_out = NAN };
	struct response r;
	response_init(&r, 0);
	r.tok_in = 1000;   /* 600 uncached, 300 read from the cache, 100 written */
	r.tok_out = 50;
	r.tok_cache_read = 300;
	r.tok_cache_write = 100;
	T_NEAR(run_cost(&m, &r, 0), (600 * 2 + 300 * 0.2 + 100 * 2.5 + 50 * 10) / 1e6, 1e-15);
	T_NEAR(run_cost(&m, &r, 1), (600 * 1 + 300 * 0.1 + 100 * 1.25 + 50 * 5) / 1e6, 1e-15);
	r.tok_cache_read = r.tok_cache_write = 0;
	T_NEAR(run_cost(&m, &r, 0), (1000 * 2 + 50 * 10) / 1e6, 1e-15);
	r.cost = 0.5;
	T_NEAR(run_cost(&m, &r, 1), 0.5, 1e-15);
	r.cost = NAN;
	m.price_in = NAN;
	T_CHECK(isnan(run_cost(&m, &r, 0)));
	response_release(&r);
}

int main(void)
{
	T_RUN(test_rounding);
	T_RUN(test_chat_body);
	T_RUN(test_messages_body);
	T_RUN(test_rendered_bodies);
	T_RUN(test_costs);
	T_RUN(test_response_cost);
	return t_done("test_estimate");
}
