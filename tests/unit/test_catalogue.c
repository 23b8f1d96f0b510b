/* test_catalogue.c -- the model catalogue: the shipped data/models.yaml
 * loads and answers lookups by each provider's served name, the checks
 * name the place of every kind of mistake, and batch prices default to
 * half the list price. */
#include <math.h>
#include <stdlib.h>
#include <unistd.h>
#include "t.h"
#include "util.h"
#include "buf.h"
#include "catalogue.h"
#include "config.h"

static char path[] = "/tmp/tri-catalogue.XXXXXX";

static int load_text(struct catalogue *cat, const char *text, struct tri_err *err)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, text);
	int r = buf_write_file(&b, path);
	buf_release(&b);
	if (r < 0)
		return -2;
	return catalogue_load(cat, path, err);
}

static const char *shipped(void)
{
	static char p[4096];
	snprintf(p, sizeof(p), "%s/data/models.yaml", tri_home());
	return p;
}

/* The shipped catalogue: every entry passes the checks, and the lookups
 * the README promises work. */
static void test_shipped(void)
{
	struct catalogue cat;
	struct tri_err err = { 0 };
	struct cat_match m;
	int r = catalogue_load(&cat, shipped(), &err);
	T_EQ_INT(r, 0);
	if (r < 0) {
		fprintf(stderr, "  %s\n", err.msg);
		return;
	}
	T_CHECK(cat.n >= 60);
	/* a hosted model: price and batch price, parameters not published */
	T_EQ_INT(catalogue_lookup(&cat, "openai", "gpt-4o-mini", &m), 1);
	T_NEAR(m.price_in, 0.15, 1e-12);
	T_NEAR(m.price_out, 0.60, 1e-12);
	T_NEAR(m.batch_in, 0.075, 1e-12);
	T_CHECK(isnan(m.total) && isnan(m.active));
	T_EQ_STR(m.price_source, "https://platform.openai.com/docs/pricing");
	/* the same model through OpenRouter: OpenRouter's price, no batch price */
	T_EQ_INT(catalogue_lookup(&cat, "openrouter", "openai/gpt-4o-mini", &m), 1);
	T_EQ_STR(m.e->id, "gpt-4o-mini");
	T_CHECK(isnan(m.batch_in));
	T_EQ_INT(catalogue_lookup(&cat, "anthropic", "claude-sonnet-4-5-20250929", &m), 1);
	T_NEAR(m.price_out, 15, 0);
	/* an open-weight model by OpenRouter's, Ollama's and Hugging Face's names */
	T_EQ_INT(catalogue_lookup(&cat, "openrouter", "meta-llama/llama-3.1-8b-instruct", &m), 1);
	T_NEAR(m.total, 8.03e9, 1);
	T_NEAR(m.context, 131072, 0);
	T_EQ_INT(catalogue_lookup(&cat, "ollama", "qwen3:0.6b", &m), 1);
	T_NEAR(m.total, 0.6e9, 1);
	T_CHECK(isnan(m.price_in));       /* a local provider: no price */
	T_EQ_INT(catalogue_lookup(&cat, "vllm", "Qwen/Qwen3-30B-A3B", &m), 1);
	T_NEAR(m.total, 30.5e9, 1);
	T_NEAR(m.active, 3.3e9, 1);
	T_EQ_INT(catalogue_lookup(&cat, "llamacpp", "qwen/qwen3-235b-a22b", &m), 1);   /* no case */
	T_NEAR(m.active, 22e9, 1);
	T_EQ_INT(catalogue_lookup(&cat, "compat", "gpt-oss-120b", &m), 1);   /* the id */
	T_NEAR(m.total, 117e9, 1);
	T_NEAR(m.active, 5.1e9, 1);
	T_EQ_INT(catalogue_lookup(&cat, "openrouter", "z-ai/glm-4.5-air", &m), 1);
	T_NEAR(m.total, 106e9, 1);
	T_NEAR(m.active, 12e9, 1);
	T_EQ_INT(catalogue_lookup(&cat, "openrouter", "deepseek/deepseek-r1", &m), 1);
	T_NEAR(m.active, 37e9, 1);
	T_EQ_INT(catalogue_lookup(&cat, "openai", "no-such-model", &m), 0);
	/* a served name is exact: OpenRouter's is not Ollama's */
	T_EQ_INT(catalogue_lookup(&cat, "ollama", "z-ai/glm-4.5-air", &m), 0);
	/* every figure has its date and source */
	for (size_t i = 0; i < cat.n; i++) {
		T_CHECK(cat.v[i].date && cat.v[i].source);
		for (size_t k = 0; k < cat.v[i].n_prices; k++)
			T_CHECK(cat.v[i].prices[k].date && cat.v[i].prices[k].source);
	}
	T_CHECK(catalogue_entry_matches(&cat.v[0], "LLAMA"));
	catalogue_release(&cat);
}

static const char head[] = "models:\n";
static const char good[] =
	"  - id: alpha\n"
	"    family: f\n"
	"    aliases: [x]\n"
	"    names: {openrouter: a/alpha, ollama: [alpha:1b]}\n"
	"    size: {total: 1e9, active: 1e9}\n"
	"    context: 4096\n"
	"    date: 2025-08-01\n"
	"    source: \"https://example.org/alpha\"\n"
	"    prices:\n"
	"      openrouter: {input: 1, output: 2, date: 2025-08, source: \"https://example.org/p\"}\n"
	"  - id: beta\n"
	"    family: f\n"
	"    names: {ollama: x}\n"
	"    size: {total: 2e9, active: 1e9}\n"
	"    context: null\n"
	"    date: 2025-08\n"
	"    source: \"https://example.org/beta\"\n";

/* The provider's served name comes before the provider-neutral names. */
static void test_lookup_order(void)
{
	struct catalogue cat;
	struct tri_err err = { 0 };
	struct cat_match m;
	struct buf y = BUF_INIT;
	buf_addf(&y, "%s%s", head, good);
	int r = load_text(&cat, y.s, &err);
	buf_release(&y);
	T_EQ_INT(r, 0);
	if (r < 0) {
		fprintf(stderr, "  %s\n", err.msg);
		return;
	}
	T_EQ_INT(catalogue_lookup(&cat, "ollama", "x", &m), 1);
	T_EQ_STR(m.e->id, "beta");        /* Ollama's name x */
	T_CHECK(isnan(m.context));
	T_EQ_INT(catalogue_lookup(&cat, "openrouter", "x", &m), 1);
	T_EQ_STR(m.e->id, "alpha");       /* alpha's alias x */
	T_NEAR(m.price_in, 1, 0);
	T_CHECK(isnan(m.batch_in));
	T_EQ_STR(m.price_date, "2025-08");
	T_EQ_INT(catalogue_lookup(&cat, "openai", "ALPHA", &m), 1);   /* the id, without case */
	T_CHECK(isnan(m.price_in));       /* no openai price listed */
	catalogue_release(&cat);
}

/* Every mistake is refused at its line and column, saying what is wrong. */
static void test_errors(void)
{
	static const struct { const char *extra, *at, *says; } bad[] = {
		{ "    colour: red\n", ":19:5:", "unknown key 'colour' in a catalogue model" },
		{ "    note: [1]\n", ":19:5:", "'note' must be a non-empty string" },
		{ "    aliases: [1]\n", ":19:15:", "'aliases' must be a list" },
		{ "    prices: {ollama: {input: 1, output: 1, date: 2025-08, source: \"https://e.org\"}}\n",
		  ":19:14:", "no list price for 'ollama'" },
		{ "    prices: {openai: {input: 1, date: 2025-08, source: \"https://e.org\"}}\n",
		  ":19:", "'output' is required" },
		{ "    prices: {openai: {input: -1, output: 1, date: 2025-08, source: \"https://e.org\"}}\n",
		  ":19:23:", "'input' must be a number from 0" },
		{ "    prices: {openai: {input: 1, output: 1, batch_input: 0.5, date: 2025-08, "
		  "source: \"https://e.org\"}}\n", ":19:", "give both 'batch_input' and 'batch_output'" },
		{ "    prices: {openai: {input: 1, output: 1, date: 2025-13, source: \"https://e.org\"}}\n",
		  ":19:", "'date' must be YYYY-MM-DD or YYYY-MM" },
		{ "    prices: {openai: {input: 1, output: 1, date: 2025-08, source: somewhere}}\n",
		  ":19:", "'source' must be the URL" },
	};
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		struct catalogue cat;
		struct tri_err err = { 0 };
		struct buf y = BUF_INIT;
		buf_addf(&y, "%s%s%s", head, good, bad[i].extra);
		int r = load_text(&cat, y.s, &err);
		T_EQ_INT(r, -1);
		T_EQ_INT(err.code, TRI_USAGE);
		if (!strstr(err.msg, bad[i].at) || !strstr(err.msg, bad[i].says) ||
		    strncmp(err.msg, path, strlen(path))) {
			fprintf(stderr, "  case %zu gave: %s\n", i, err.msg);
			t_cur_failed = 1;
		}
		buf_release(&y);
	}
	/* whole-entry mistakes */
	static const struct { const char *text, *at, *says; } whole[] = {
		{ "models:\n  - id: a\n    family: f\n    size: {total: 1e9, active: 2e9}\n    context: 1\n"
		  "    date: 2025-08\n    source: \"https://e.org\"\n", ":4:", "cannot exceed 'total'" },
		{ "models:\n  - id: a\n    family: f\n    context: 1\n    date: 2025-08\n"
		  "    source: \"https://e.org\"\n", ":2:", "'size: {total: N, active: N}' is required" },
		{ "models:\n  - id: a\n    family: f\n    size: {total: big, active: null}\n    context: 1\n"
		  "    date: 2025-08\n    source: \"https://e.org\"\n", ":4:", "'total' must be a number" },
		{ "models:\n  - id: a\n    family: f\n    size: {total: 1e9, active: 1e9}\n    context: 1.5\n"
		  "    date: 2025-08\n    source: \"https://e.org\"\n", ":5:", "'context' must be a whole" },
		{ "modles: []\n", ":1:1:", "unknown key 'modles'" },
		{ "models:\n  - id: a\n    family: f\n    names: {vllm: x}\n", ":4:13:",
		  "unknown key 'vllm' in names" },
	};
	for (size_t i = 0; i < ARRAY_LEN(whole); i++) {
		struct catalogue cat;
		struct tri_err err = { 0 };
		T_EQ_INT(load_text(&cat, whole[i].text, &err), -1);
		if (!strstr(err.msg, whole[i].at) || !strstr(err.msg, whole[i].says)) {
			fprintf(stderr, "  whole case %zu gave: %s\n", i, err.msg);
			t_cur_failed = 1;
		}
	}
	/* the same id twice; a served name given to two models */
	struct catalogue cat;
	struct tri_err err = { 0 };
	struct buf y = BUF_INIT;
	buf_addf(&y, "%s%s%s", head, good, good);
	T_EQ_INT(load_text(&cat, y.s, &err), -1);
	T_CHECK(strstr(err.msg, ":19:5: the id 'alpha' is used twice") != NULL);
	buf_reset(&y);
	buf_addf(&y, "%s%s  - id: gamma\n    family: f\n    names: {openrouter: a/alpha}\n"
		 "    size: {total: null, active: null}\n    context: null\n    date: 2025-08\n"
		 "    source: \"https://e.org\"\n", head, good);
	T_EQ_INT(load_text(&cat, y.s, &err), -1);
	T_CHECK(strstr(err.msg, "openrouter name 'a/alpha' is given to both 'alpha' and 'gamma'") != NULL);
	buf_release(&y);
	/* a missing file says how to point at one */
	T_EQ_INT(catalogue_load(&cat, "/nonexistent/models.yaml", &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
}

/* The batch price: the one given, else half the list price, else unknown. */
static void test_batch_price(void)
{
	struct model m = { 0 };
	m.price_in = 1;
	m.price_out = 4;
	m.batch_in = m.batch_out = NAN;
	T_NEAR(model_batch_price(&m, 0), 0.5, 0);
	T_NEAR(model_batch_price(&m, 1), 2, 0);
	m.batch_in = 0.3;
	m.batch_out = 1.1;
	T_NEAR(model_batch_price(&m, 0), 0.3, 0);
	T_NEAR(model_batch_price(&m, 1), 1.1, 0);
	m.price_in = m.price_out = m.batch_in = m.batch_out = NAN;
	T_CHECK(isnan(model_batch_price(&m, 0)) && isnan(model_batch_price(&m, 1)));
}

int main(void)
{
	int fd = mkstemp(path);
	if (fd < 0)
		return 1;
	close(fd);
	T_RUN(test_shipped);
	T_RUN(test_lookup_order);
	T_RUN(test_errors);
	T_RUN(test_batch_price);
	unlink(path);
	catalogue_cleanup();
	return t_done("catalogue");
}
