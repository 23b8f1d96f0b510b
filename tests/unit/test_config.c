/* test_config.c -- the config file, its bounds, and the one place where
 * flags meet a config: for a new run, a resumed one (over the config saved
 * with the run and loaded back), and report/select. */
#include <math.h>
#include <unistd.h>
#include "t.h"
#include "util.h"
#include "buf.h"
#include "catalogue.h"
#include "config.h"
#include "provider.h"

static char path[] = "/tmp/tri-config.XXXXXX";

static int load_text(struct config *c, const char *text, struct tri_err *err)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, text);
	if (buf_write_file(&b, path) < 0)
		return -2;
	buf_release(&b);
	return config_load(c, path, err);
}

static const char base[] =
	"models:\n"
	"  - {id: a, spec: \"compat:a@http://127.0.0.1:1/v1\", size: {total: 7e9}}\n"
	"  - {id: b, spec: \"compat:b@http://127.0.0.1:1/v1\", rpm: 60, timeout: 30}\n"
	"suites: [knowledge, fabricated]\n"
	"select:\n"
	"  require: [\"accuracy >= 0.5\", \"hallucination_rate <= 0.4\"]\n"
	"  prefer: cheapest\n"
	"  strict: true\n"
	"  max_errors: 0.1\n";

static void test_load(void)
{
	struct config c;
	struct tri_err err;
	config_init(&c);
	T_EQ_INT(load_text(&c, base, &err), 0);
	T_EQ_INT(c.n_models, 2);
	T_NEAR(c.models[0].size_active, 7e9, 0);   /* a dense model */
	T_NEAR(c.models[1].rpm, 60, 0);
	T_NEAR(c.models[1].timeout_s, 30, 0);
	T_EQ_INT(c.n_require, 2);
	T_EQ_STR(c.prefer, "cheapest");
	T_EQ_INT(c.strict, 1);
	T_NEAR(c.max_errors, 0.1, 0);
	config_release(&c);
}

/* Every number is bounded, and the message says where. */
static void test_bounds(void)
{
	static const struct { const char *yaml, *at, *says; } bad[] = {
		{ "timeout: -1", ":2:", "'timeout' must be between" },
		{ "timeout: 0", ":2:", "'timeout' must be between" },
		{ "timeout: 1e300", ":2:", "'timeout' must be between" },
		{ "rpm: -3", ":2:", "'rpm' must be between" },
		{ "tpm: -3", ":2:", "'tpm' must be between" },
		{ "temperature: 9", ":2:", "'temperature' must be between" },
		{ "retries: 1000", ":2:", "'retries' must be a whole number from 0 to" },
		{ "concurrency: 0", ":2:", "'concurrency' must be a whole number from 1" },
		{ "max_tokens: 0", ":2:", "'max_tokens' must be a whole number" },
		{ "price: {input: -1, output: 1}", ":2:", "'input' must be between" },
		{ "size: {total: 1e9, active: 2e9}", ":2:", "cannot exceed" },
	};
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		struct config c;
		struct tri_err err = { 0 };
		struct buf y = BUF_INIT;
		buf_addf(&y, "models:\n  - spec: \"compat:m@http://127.0.0.1:1/v1\"\n    %s\n"
			 "suites: [x]\n", bad[i].yaml);
		/* the key is on line 3 when written on its own line */
		config_init(&c);
		int rc = load_text(&c, y.s, &err);
		T_EQ_INT(rc, -1);
		T_EQ_INT(err.code, TRI_USAGE);
		if (!strstr(err.msg, bad[i].says) || !strstr(err.msg, ":3:")) {
			fprintf(stderr, "  %s gave: %s\n", bad[i].yaml, err.msg);
			t_cur_failed = 1;
		}
		config_release(&c);
		buf_release(&y);
	}
	struct config c;
	struct tri_err err;
	/* the Messages API's temperatures end at 1, the others' at 2 */
	config_init(&c);
	T_EQ_INT(load_text(&c, "models:\n  - spec: \"anthropic:m@http://127.0.0.1:1/v1\"\n"
			   "    temperature: 1.5\nsuites: [x]\n", &err), -1);
	T_CHECK(strstr(err.msg, ":3:") && strstr(err.msg, "'temperature' must be between 0 and 1"));
	config_release(&c);
	config_init(&c);
	T_EQ_INT(load_text(&c, "models:\n  - spec: \"openai:m@http://127.0.0.1:1/v1\"\n"
			   "    temperature: 1.5\nsuites: [x]\n", &err), 0);
	config_release(&c);
	config_init(&c);
	T_EQ_INT(load_text(&c, "samples: 0\n", &err), -1);
	T_CHECK(strstr(err.msg, ":1:1: 'samples'") != NULL);
	config_release(&c);
	config_init(&c);
	T_EQ_INT(load_text(&c, "select: {max_errors: 2}\n", &err), -1);
	T_CHECK(strstr(err.msg, "'max_errors' must be between 0 and 1") != NULL);
	config_release(&c);
	config_init(&c);
	T_EQ_INT(load_text(&c, "select: {require: [\"acc >> 1\"]}\n", &err), -1);
	T_CHECK(strstr(err.msg, ":1:10:") != NULL && strstr(err.msg, "unknown operator") != NULL);
	config_release(&c);
	config_init(&c);
	T_EQ_INT(load_text(&c, "select: {prefer: smalest}\n", &err), -1);
	T_CHECK(strstr(err.msg, "prefer 'smalest'") != NULL);
	config_release(&c);
	/* flags are bounded the same way */
	long l;
	double d;
	T_EQ_INT(config_flag_long("samples", "0", 1, CONFIG_MAX_SAMPLES, &l, &err), -1);
	T_CHECK(strstr(err.msg, "--samples takes a whole number from 1") != NULL);
	T_EQ_INT(config_flag_long("limit", "12", 0, CONFIG_MAX_LIMIT, &l, &err), 0);
	T_EQ_INT(l, 12);
	T_EQ_INT(config_flag_double("max-errors", "1.5", 0, 1, &d, &err), -1);
	T_EQ_INT(config_flag_double("max-errors", "nan", 0, 1, &d, &err), -1);
}

static void test_specs(void)
{
	struct config c;
	struct tri_err err;
	config_init(&c);
	T_EQ_INT(config_add_model_spec(&c, "compat:m@not a url", &err), -1);
	T_CHECK(strstr(err.msg, "'not a url' is not an http:// or https:// URL") != NULL);
	T_EQ_INT(config_add_model_spec(&c, "openai:m@ftp://host/v1", &err), -1);
	T_CHECK(strstr(err.msg, "not an http:// or https:// URL") != NULL);
	T_EQ_INT(config_add_model_spec(&c, "openai:m@http://:80/v1", &err), -1);
	T_CHECK(strstr(err.msg, "is not a URL (No host part in the URL)") != NULL);
	T_EQ_INT(config_add_model_spec(&c, "openai:m@http://127.0.0.1:99999/v1", &err), -1);
	/* an '@' that starts no URL belongs to the model name */
	T_EQ_INT(config_add_model_spec(&c, "openai:claude-x@20240620", &err), 0);
	T_EQ_STR(c.models[0].name, "claude-x@20240620");
	T_EQ_STR(c.models[0].base_url, "https://api.openai.com/v1");
	T_EQ_INT(config_add_model_spec(&c, "vllm:Qwen/Q@https://gpu:8000/v1/", &err), 0);
	T_EQ_STR(c.models[1].base_url, "https://gpu:8000/v1");
	/* anthropic: its own endpoint and key */
	T_EQ_INT(config_add_model_spec(&c, "anthropic:claude-sonnet-4-5", &err), 0);
	T_EQ_STR(c.models[2].base_url, "https://api.anthropic.com/v1");
	T_EQ_STR(c.models[2].key_env, "ANTHROPIC_API_KEY");
	config_release(&c);
}

/* --model SPEC,KEY=VALUE...: only trailing options with known keys; names
 * and URLs with commas, colons and '@' keep working. */
static void test_spec_options(void)
{
	struct config c;
	struct tri_err err;
	config_init(&c);
	T_EQ_INT(config_add_model_spec(&c, "openrouter:meta-llama/llama-3.1-8b-instruct,size=9e9,"
				       "price=0.02/0.05", &err), 0);
	struct model *m = &c.models[0];
	T_EQ_STR(m->name, "meta-llama/llama-3.1-8b-instruct");
	T_EQ_STR(m->id, "meta-llama/llama-3.1-8b-instruct");
	T_NEAR(m->size_total, 9e9, 0);    /* the option, not the catalogue's 8.03e9 */
	T_NEAR(m->size_active, 9e9, 0);
	T_NEAR(m->price_in, 0.02, 0);
	T_NEAR(m->price_out, 0.05, 0);
	T_EQ_INT(m->size_from, ORIGIN_OPTION);
	T_EQ_INT(m->price_from, ORIGIN_OPTION);
	T_CHECK(isnan(m->context));       /* nothing was needed: the catalogue was not read */
	T_EQ_INT(config_add_model_spec(&c, "ollama:qwen3:0.6b@http://127.0.0.1:11434/v1", &err), 0);
	m = &c.models[1];
	T_EQ_STR(m->name, "qwen3:0.6b");
	T_EQ_STR(m->base_url, "http://127.0.0.1:11434/v1");
	T_NEAR(m->size_total, 0.6e9, 1);
	T_EQ_INT(m->size_from, ORIGIN_CATALOGUE);
	T_CHECK(isnan(m->price_in));      /* local: no price */
	T_EQ_INT(m->price_from, ORIGIN_NONE);
	T_EQ_INT(config_add_model_spec(&c, "compat:m@http://127.0.0.1:1/v1,size=30.5b/3.3b,"
				       "context=128k,id=mine,batch_price=0.1/0.2,price=1/2", &err), 0);
	m = &c.models[2];
	T_EQ_STR(m->id, "mine");
	T_EQ_STR(m->base_url, "http://127.0.0.1:1/v1");
	T_NEAR(m->size_total, 30.5e9, 1);
	T_NEAR(m->size_active, 3.3e9, 1);
	T_NEAR(m->context, 128000, 0);
	T_NEAR(model_batch_price(m, 0), 0.1, 0);
	T_NEAR(model_batch_price(m, 1), 0.2, 0);
	T_EQ_INT(m->batch_from, ORIGIN_OPTION);
	T_EQ_INT(config_add_model_spec(&c, "compat:a,b@http://127.0.0.1:1/v1,active=1e9,size=2e9",
				       &err), 0);
	T_EQ_STR(c.models[3].name, "a,b");   /* a comma without KEY= is the name's */
	T_NEAR(c.models[3].size_active, 1e9, 0);
	T_EQ_INT(c.n_models, 4);
	static const struct { const char *spec, *says; } bad[] = {
		{ "compat:m@http://127.0.0.1:1/v1,colour=red", "unknown option 'colour'" },
		{ "compat:m@http://127.0.0.1:1/v1,size=big", "size= takes the number of parameters" },
		{ "compat:m@http://127.0.0.1:1/v1,size=-1", "size= takes the number of parameters" },
		{ "compat:m@http://127.0.0.1:1/v1,size=1e9/2e9", "active at most total" },
		{ "compat:m@http://127.0.0.1:1/v1,price=0.1", "price= takes INPUT/OUTPUT" },
		{ "compat:m@http://127.0.0.1:1/v1,batch_price=a/b", "batch_price= takes INPUT/OUTPUT" },
		{ "compat:m@http://127.0.0.1:1/v1,context=1.5", "context= takes a whole number" },
		{ "compat:m@http://127.0.0.1:1/v1,active=1e9", "active= needs size=" },
		{ "compat:m@http://127.0.0.1:1/v1,size=1e9,size=2e9", "option 'size=' is given twice" },
		{ "compat:m@http://127.0.0.1:1/v1,id=", "option 'id=' needs a name" },
	};
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		T_EQ_INT(config_add_model_spec(&c, bad[i].spec, &err), -1);
		T_EQ_INT(err.code, TRI_USAGE);
		if (!strstr(err.msg, bad[i].says)) {
			fprintf(stderr, "  %s gave: %s\n", bad[i].spec, err.msg);
			t_cur_failed = 1;
		}
	}
	T_EQ_INT(c.n_models, 4);          /* none of them was added */
	/* the flag is named */
	char *models[] = { "compat:m@http://127.0.0.1:1/v1,colour=red" };
	struct config_flags f = CONFIG_FLAGS_INIT;
	f.models = models;
	f.n_models = 1;
	T_EQ_INT(config_apply_flags(&c, &f, CONFIG_PLAN, &err), -1);
	T_CHECK(!strncmp(err.msg, "--model: ", 9) && strstr(err.msg, "size=TOTAL[/ACTIVE]"));
	config_release(&c);
}

/* A config's size:, price: and batch_price: win over the spec's options and
 * the catalogue; what it does not give comes from the catalogue. */
static void test_catalogue_apply(void)
{
	struct config c;
	struct tri_err err;
	config_init(&c);
	T_EQ_INT(load_text(&c, "models:\n"
			   "  - {id: a, spec: \"openai:gpt-4o-mini@http://127.0.0.1:1/v1\"}\n"
			   "  - {id: b, spec: \"openai:gpt-4o-mini@http://127.0.0.1:1/v1\", "
			   "price: {input: 1, output: 2}, size: {total: 5e9}}\n"
			   "  - {id: c, spec: \"openai:gpt-4o-mini@http://127.0.0.1:1/v1,price=3/4,size=1e9\", "
			   "batch_price: {input: 0.7, output: 0.8}, size: {total: 2e9, active: 1e9}}\n"
			   "  - {id: d, spec: \"compat:nobody-knows@http://127.0.0.1:1/v1\"}\n"
			   "suites: [x]\n", &err), 0);
	const struct model *a = &c.models[0], *b = &c.models[1], *cm = &c.models[2], *d = &c.models[3];
	T_NEAR(a->price_in, 0.15, 1e-12);
	T_NEAR(model_batch_price(a, 1), 0.3, 1e-12);   /* the listed batch price */
	T_EQ_INT(a->price_from, ORIGIN_CATALOGUE);
	T_EQ_INT(a->batch_from, ORIGIN_CATALOGUE);
	T_CHECK(isnan(a->size_total));    /* not published */
	T_EQ_STR(json_string_value(json_object_get(a->catalogue, "id")), "gpt-4o-mini");
	T_NEAR(b->price_in, 1, 0);
	T_NEAR(model_batch_price(b, 0), 0.5, 0);       /* half the configured price */
	T_EQ_INT(b->price_from, ORIGIN_CONFIG);
	T_EQ_INT(b->batch_from, ORIGIN_NONE);
	T_NEAR(b->size_active, 5e9, 0);
	T_EQ_INT(b->size_from, ORIGIN_CONFIG);
	T_NEAR(cm->price_in, 3, 0);       /* the option; the config gave no price */
	T_EQ_INT(cm->price_from, ORIGIN_OPTION);
	T_NEAR(cm->size_total, 2e9, 0);   /* the config's size replaces the option's */
	T_NEAR(cm->size_active, 1e9, 0);
	T_EQ_INT(cm->size_from, ORIGIN_CONFIG);
	T_NEAR(model_batch_price(cm, 1), 0.8, 0);
	T_EQ_INT(cm->batch_from, ORIGIN_CONFIG);
	T_CHECK(isnan(d->size_total) && isnan(d->price_in) && !d->catalogue);
	T_EQ_INT(d->size_from, ORIGIN_NONE);
	/* an OpenRouter variant: the model's size, not its price */
	T_EQ_INT(config_add_model_spec(&c, "openrouter:meta-llama/llama-3.1-8b-instruct:free", &err), 0);
	T_NEAR(c.models[4].size_total, 8.03e9, 1);
	T_CHECK(isnan(c.models[4].price_in));
	T_EQ_INT(c.models[4].price_from, ORIGIN_NONE);
	T_EQ_INT(config_add_model_spec(&c, "openrouter:meta-llama/llama-3.1-8b-instruct", &err), 0);
	T_NEAR(c.models[5].price_in, 0.02, 1e-12);
	config_release(&c);
}

/* routing: checked, sent as OpenRouter's "provider" object, refused elsewhere. */
static void test_routing(void)
{
	struct config c;
	struct tri_err err;
	config_init(&c);
	T_EQ_INT(load_text(&c, "models:\n  - spec: \"openrouter:z-ai/glm-4.6@http://127.0.0.1:1/v1\"\n"
			   "    routing: {order: [deepinfra, z-ai], quantizations: [fp8], "
			   "allow_fallbacks: false, sort: throughput, data_collection: deny}\n"
			   "suites: [x]\n", &err), 0);
	struct buf body = BUF_INIT;
	json_t *msgs = json_pack("[{s:s,s:s}]", "role", "user", "content", "hi");
	T_EQ_INT(provider_body(&c.models[0], msgs, NULL, NULL, 0, &body, &err), 0);
	json_t *o = json_loads(body.s, 0, NULL);
	json_t *p = json_object_get(o, "provider");
	T_EQ_STR(json_string_value(json_array_get(json_object_get(p, "order"), 1)), "z-ai");
	T_EQ_STR(json_string_value(json_array_get(json_object_get(p, "quantizations"), 0)), "fp8");
	T_CHECK(json_is_false(json_object_get(p, "allow_fallbacks")));
	T_EQ_STR(json_string_value(json_object_get(p, "sort")), "throughput");
	T_NEAR(c.models[0].size_active, 32e9, 0);       /* and the catalogue's size */
	json_decref(o);
	json_decref(msgs);
	buf_release(&body);
	config_release(&c);
	static const struct { const char *yaml, *at, *says; } bad[] = {
		{ "openai:m@http://127.0.0.1:1/v1\"\n    routing: {order: [a]}", ":3:5:",
		  "'routing' is OpenRouter's provider routing; this model's provider is openai" },
		{ "openrouter:m@http://127.0.0.1:1/v1\"\n    routing: {orderr: [a]}", ":3:15:",
		  "unknown key 'orderr' in routing" },
		{ "openrouter:m@http://127.0.0.1:1/v1\"\n    routing: {quantizations: [fp8, fp7]}",
		  ":3:", "'fp7' in quantizations is not one of int4" },
		{ "openrouter:m@http://127.0.0.1:1/v1\"\n    routing: {order: deepinfra}", ":3:15:",
		  "'order' must be a list of strings" },
		{ "openrouter:m@http://127.0.0.1:1/v1\"\n    routing: {allow_fallbacks: no}", ":3:15:",
		  "'allow_fallbacks' must be true or false" },
		{ "openrouter:m@http://127.0.0.1:1/v1\"\n    routing: {sort: cheapest}", ":3:15:",
		  "'sort' must be price, throughput or latency" },
		{ "openrouter:m@http://127.0.0.1:1/v1\"\n    routing: {data_collection: maybe}", ":3:15:",
		  "'data_collection' must be allow or deny" },
		{ "openrouter:m@http://127.0.0.1:1/v1\"\n    routing: [a]", ":3:5:",
		  "'routing' must be a mapping" },
		{ "openrouter:m@http://127.0.0.1:1/v1\"\n    extra: {provider: {}}\n    routing: {}",
		  ":4:5:", "not both" },
		{ "openrouter:m@http://127.0.0.1:1/v1\"\n    batch_price: {input: -1, output: 1}",
		  ":3:", "'input' must be between" },
	};
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		struct buf y = BUF_INIT;
		buf_addf(&y, "models:\n  - spec: \"%s\nsuites: [x]\n", bad[i].yaml);
		config_init(&c);
		T_EQ_INT(load_text(&c, y.s, &err), -1);
		T_EQ_INT(err.code, TRI_USAGE);
		if (!strstr(err.msg, bad[i].at) || !strstr(err.msg, bad[i].says)) {
			fprintf(stderr, "  case %zu gave: %s\n", i, err.msg);
			t_cur_failed = 1;
		}
		config_release(&c);
		buf_release(&y);
	}
}

/* Resume restores size, prices and their origins as recorded: the
 * catalogue is not read again (here it cannot be). */
static void test_snapshot_origin(void)
{
	struct config c, back;
	struct tri_err err;
	config_init(&c);
	T_EQ_INT(config_add_model_spec(&c, "openai:gpt-4o-mini@http://127.0.0.1:1/v1", &err), 0);
	T_EQ_INT(config_add_model_spec(&c, "compat:m@http://127.0.0.1:1/v1,size=7e9,"
				       "batch_price=0.1/0.2", &err), 0);
	T_EQ_INT(config_set_judge_spec(&c, "openai:gpt-4o-mini@http://127.0.0.1:1/v1", &err), 0);
	T_EQ_INT(config_set_judge_spec(&c, "openai:gpt-4o-mini,id=j", &err), -1);
	T_CHECK(strstr(err.msg, "the judge's id is always 'judge'") != NULL);
	T_EQ_INT(config_set_judge_spec(&c, "openai:gpt-4o-mini@http://127.0.0.1:1/v1", &err), 0);
	json_t *snap = config_snapshot(&c);
	config_release(&c);
	catalogue_cleanup();
	setenv("TRILEMMA_CATALOGUE", "/nonexistent/models.yaml", 1);
	config_init(&back);
	T_EQ_INT(config_from_snapshot(&back, snap, &err), 0);
	const struct model *a = &back.models[0], *b = &back.models[1];
	T_NEAR(a->price_in, 0.15, 1e-12);
	T_NEAR(a->batch_out, 0.3, 1e-12);
	T_NEAR(a->context, 128000, 0);
	T_EQ_INT(a->price_from, ORIGIN_CATALOGUE);
	T_EQ_INT(a->batch_from, ORIGIN_CATALOGUE);
	T_EQ_STR(json_string_value(json_object_get(a->catalogue, "id")), "gpt-4o-mini");
	T_NEAR(b->size_total, 7e9, 0);
	T_EQ_INT(b->size_from, ORIGIN_OPTION);
	T_NEAR(model_batch_price(b, 1), 0.2, 0);
	T_NEAR(back.judge->price_out, 0.6, 1e-12);
	T_EQ_INT(back.judge->price_from, ORIGIN_CATALOGUE);
	/* a new model now cannot find the catalogue, and says how to point at it */
	T_EQ_INT(config_add_model_spec(&back, "openai:gpt-4o-mini", &err), -1);
	T_CHECK(strstr(err.msg, "TRILEMMA_CATALOGUE") != NULL);
	/* ... unless it needs nothing from it */
	T_EQ_INT(config_add_model_spec(&back, "openai:x,size=1e9,price=1/1", &err), 0);
	config_release(&back);
	json_decref(snap);
	unsetenv("TRILEMMA_CATALOGUE");
	catalogue_cleanup();
}

static void test_flags_plan(void)
{
	struct config c;
	struct tri_err err;
	config_init(&c);
	T_EQ_INT(load_text(&c, base, &err), 0);
	char *models[] = { "compat:c@http://127.0.0.1:1/v1" };
	char *suites[] = { "reasoning" };
	char *req[] = { "security.pass_rate >= 0.7" };
	struct config_flags f = CONFIG_FLAGS_INIT;
	f.models = models;
	f.n_models = 1;
	f.suites = suites;
	f.n_suites = 1;
	f.require = req;
	f.n_require = 1;
	f.prefer = "smallest";
	f.samples = 3;
	f.concurrency = 7;
	T_EQ_INT(config_apply_flags(&c, &f, CONFIG_PLAN, &err), 0);
	T_EQ_INT(c.n_models, 3);          /* --model adds */
	T_EQ_INT(c.n_suites, 1);          /* --suite replaces */
	T_EQ_STR(c.suites[0], "reasoning");
	T_EQ_INT(c.n_require, 1);         /* --require replaces select.require */
	T_EQ_STR(c.require[0], "security.pass_rate >= 0.7");
	T_EQ_STR(c.prefer, "smallest");
	T_EQ_INT(c.strict, 1);            /* not given: the config's stays */
	T_NEAR(c.max_errors, 0.1, 0);
	T_EQ_INT(c.samples, 3);
	T_EQ_INT(c.concurrency, 7);
	T_EQ_INT(config_check(&c, &err), 0);
	config_release(&c);
}

/* run --resume: the stored config (saved, then loaded back) with the
 * selection flags laid over it; what was planned cannot change. */
static void test_flags_resume(void)
{
	struct config c, back;
	struct tri_err err;
	config_init(&c);
	T_EQ_INT(load_text(&c, base, &err), 0);
	json_t *snap = config_snapshot(&c);
	config_release(&c);
	config_init(&back);
	T_EQ_INT(config_from_snapshot(&back, snap, &err), 0);
	T_EQ_INT(back.n_models, 2);
	T_NEAR(back.models[1].rpm, 60, 0);
	T_NEAR(back.models[1].timeout_s, 30, 0);
	T_EQ_INT(back.n_require, 2);
	T_EQ_INT(back.strict, 1);
	T_NEAR(back.max_errors, 0.1, 0);
	T_EQ_STR(back.prefer, "cheapest");
	char *req[] = { "omniscience_index >= 0" };
	struct config_flags f = CONFIG_FLAGS_INIT;
	f.require = req;
	f.n_require = 1;
	f.max_errors = 0.2;
	f.concurrency = 3;
	T_EQ_INT(config_apply_flags(&back, &f, CONFIG_RESUME, &err), 0);
	T_EQ_INT(back.n_require, 1);      /* replaced, not appended */
	T_EQ_STR(back.require[0], "omniscience_index >= 0");
	T_EQ_INT(back.strict, 1);         /* kept on resume */
	T_NEAR(back.max_errors, 0.2, 0);
	T_EQ_INT(back.concurrency, 3);
	/* loading the same snapshot twice does not double anything */
	T_EQ_INT(config_from_snapshot(&back, snap, &err), 0);
	T_EQ_INT(back.n_require, 2);
	config_release(&back);
	/* --strict given on resume of a config without it */
	config_init(&back);
	json_object_set_new(json_object_get(snap, "select"), "strict", json_false());
	T_EQ_INT(config_from_snapshot(&back, snap, &err), 0);
	T_EQ_INT(back.strict, 0);
	struct config_flags s = CONFIG_FLAGS_INIT;
	s.strict = 1;
	T_EQ_INT(config_apply_flags(&back, &s, CONFIG_RESUME, &err), 0);
	T_EQ_INT(back.strict, 1);
	/* what was planned cannot change */
	char *models[] = { "compat:z@http://127.0.0.1:1/v1" };
	struct config_flags g = CONFIG_FLAGS_INIT;
	g.models = models;
	g.n_models = 1;
	T_EQ_INT(config_apply_flags(&back, &g, CONFIG_RESUME, &err), -1);
	T_CHECK(strstr(err.msg, "--model cannot change a run that is already planned") != NULL);
	struct config_flags h = CONFIG_FLAGS_INIT;
	h.samples = 2;
	T_EQ_INT(config_apply_flags(&back, &h, CONFIG_SELECT, &err), -1);
	config_release(&back);
	json_decref(snap);
}

/* adaptive: and select.confidence: parsed, bounded at file:line:col, laid
 * over by the flags, saved with the run and loaded back; a planned run's
 * order cannot change on resume. */
static void test_adaptive(void)
{
	struct config c, back;
	struct tri_err err;
	config_init(&c);
	T_EQ_INT(load_text(&c, base, &err), 0);
	T_EQ_INT(c.adaptive, 0);
	T_NEAR(c.confidence, 0.95, 0);
	T_EQ_INT(c.round, 100);
	config_release(&c);
	config_init(&c);
	T_EQ_INT(load_text(&c, "models: []\nadaptive: true\nselect: {confidence: 0.9}\n", &err), 0);
	T_EQ_INT(c.adaptive, 1);
	T_NEAR(c.confidence, 0.9, 0);
	T_CHECK(c.seed < 0);
	config_release(&c);
	config_init(&c);
	T_EQ_INT(load_text(&c, "adaptive: {round: 40, seed: 9}\n", &err), 0);
	T_EQ_INT(c.adaptive, 1);
	T_EQ_INT(c.round, 40);
	T_EQ_INT(c.seed, 9);
	config_release(&c);
	static const struct { const char *yaml, *at, *says; } bad[] = {
		{ "select:\n  confidence: 1\n", ":2:3:", "'confidence' must be a number above 0.5" },
		{ "select:\n  confidence: 0.5\n", ":2:3:", "'confidence' must be a number above 0.5" },
		{ "select:\n  confidence: high\n", ":2:3:", "'confidence' must be a number above 0.5" },
		{ "adaptive: {round: 0}\n", ":1:", "'round' must be" },
		{ "adaptive: {rounds: 3}\n", ":1:", "rounds" },
		{ "adaptive: yes please\n", ":1:", "'adaptive' must be true, false or a mapping" },
	};
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		config_init(&c);
		memset(&err, 0, sizeof(err));
		T_EQ_INT(load_text(&c, bad[i].yaml, &err), -1);
		T_CHECK(strstr(err.msg, bad[i].at) != NULL);
		T_CHECK(strstr(err.msg, bad[i].says) != NULL);
		config_release(&c);
	}
	config_init(&c);
	T_EQ_INT(load_text(&c, base, &err), 0);
	struct config_flags f = CONFIG_FLAGS_INIT;
	f.adaptive = 1;
	f.round = 25;
	f.seed = 12345678901LL;
	f.confidence = 0.99;
	T_EQ_INT(config_apply_flags(&c, &f, CONFIG_PLAN, &err), 0);
	json_t *snap = config_snapshot(&c);
	config_release(&c);
	config_init(&back);
	T_EQ_INT(config_from_snapshot(&back, snap, &err), 0);
	T_EQ_INT(back.adaptive, 1);
	T_EQ_INT(back.round, 25);
	T_CHECK(back.seed == 12345678901LL);
	T_NEAR(back.confidence, 0.99, 0);
	struct config_flags g = CONFIG_FLAGS_INIT;
	g.round = 10;
	T_EQ_INT(config_apply_flags(&back, &g, CONFIG_RESUME, &err), -1);
	T_CHECK(strstr(err.msg, "--round cannot change a run that is already planned") != NULL);
	config_release(&back);
	json_decref(snap);
}

int main(void)
{
	int fd = mkstemp(path);
	if (fd < 0)
		return 1;
	close(fd);
	T_RUN(test_load);
	T_RUN(test_bounds);
	T_RUN(test_specs);
	T_RUN(test_spec_options);
	T_RUN(test_catalogue_apply);
	T_RUN(test_routing);
	T_RUN(test_snapshot_origin);
	T_RUN(test_flags_plan);
	T_RUN(test_flags_resume);
	T_RUN(test_adaptive);
	unlink(path);
	catalogue_cleanup();
	return t_done("test_config");
}
