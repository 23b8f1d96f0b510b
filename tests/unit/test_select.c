/* test_select.c -- requirements, preference order, Pareto frontier.
 *
 * The reports are written by hand below; every expected choice follows
 * from reading them (SPEC §7 and docs/report-json.md). */
#include <stdlib.h>
#include <jansson.h>
#include "util.h"
#include "t.h"
#include "err.h"
#include "select.h"

/* Three models: the largest hallucinates most, the smallest least.
 *   id     active  halluc value [lo, hi]   acc   sec   cost/item  p50  omni
 *   big    70e9    0.62  [0.50, 0.72]      0.80  0.50  0.010      2.0  40
 *   mid     8e9    0.30  [0.20, 0.42]      0.60  0.70  0.002      1.0  30
 *   small   1e9    0.25  [0.15, 0.38]      0.40  0.72  0.0005     0.5  10 */
static const char *const three =
	"[{\"id\":\"big\",\"spec\":\"compat:big\",\"size\":{\"total\":7e10,\"active\":7e10},"
	" \"overall\":{\"accuracy\":{\"value\":0.8,\"lo\":0.7,\"hi\":0.88},"
	"  \"hallucination_rate\":{\"value\":0.62,\"lo\":0.5,\"hi\":0.72},"
	"  \"omniscience_index\":40,"
	"  \"security\":{\"pass_rate\":{\"value\":0.5,\"lo\":0.4,\"hi\":0.6},\"passed\":5,\"graded\":10},"
	"  \"cost_usd\":{\"total\":1,\"per_item\":0.01,\"per_correct\":0.0125},"
	"  \"latency_s\":{\"p50\":2.0,\"p95\":4.0}},"
	" \"suites\":{\"knowledge\":{\"accuracy\":{\"value\":0.9,\"lo\":0.8,\"hi\":0.95}}},"
	" \"categories\":{}},"
	" {\"id\":\"mid\",\"spec\":\"compat:mid\",\"size\":{\"total\":8e9,\"active\":8e9},"
	" \"overall\":{\"accuracy\":{\"value\":0.6,\"lo\":0.5,\"hi\":0.7},"
	"  \"hallucination_rate\":{\"value\":0.3,\"lo\":0.2,\"hi\":0.42},"
	"  \"omniscience_index\":30,"
	"  \"security\":{\"pass_rate\":{\"value\":0.7,\"lo\":0.6,\"hi\":0.8},\"passed\":7,\"graded\":10},"
	"  \"cost_usd\":{\"total\":0.2,\"per_item\":0.002,\"per_correct\":0.003},"
	"  \"latency_s\":{\"p50\":1.0,\"p95\":2.0}},"
	" \"suites\":{\"knowledge\":{\"accuracy\":{\"value\":0.6,\"lo\":0.5,\"hi\":0.7}}},"
	" \"categories\":{\"knowledge/geography\":{\"accuracy\":{\"value\":0.5,\"lo\":0.4,\"hi\":0.6}}}},"
	" {\"id\":\"small\",\"spec\":\"compat:small\",\"size\":{\"total\":1e9,\"active\":1e9},"
	" \"overall\":{\"accuracy\":{\"value\":0.4,\"lo\":0.3,\"hi\":0.5},"
	"  \"hallucination_rate\":{\"value\":0.25,\"lo\":0.15,\"hi\":0.38},"
	"  \"omniscience_index\":10,"
	"  \"security\":{\"pass_rate\":{\"value\":0.72,\"lo\":0.62,\"hi\":0.8},\"passed\":18,\"graded\":25},"
	"  \"cost_usd\":{\"total\":0.05,\"per_item\":0.0005,\"per_correct\":0.00125},"
	"  \"latency_s\":{\"p50\":0.5,\"p95\":1.0}},"
	" \"suites\":{\"knowledge\":{\"accuracy\":{\"value\":0.3,\"lo\":0.2,\"hi\":0.4}}},"
	" \"categories\":{}}]";

static json_t *load(const char *text)
{
	json_error_t je;
	json_t *j = json_loads(text, 0, &je);
	if (!j)
		fprintf(stderr, "  bad test JSON: %s at %d\n", je.text, je.position);
	return j;
}

/* Run select on models with the given requirement strings. */
static json_t *run(const json_t *models, const char *const *exprs, size_t n,
                   enum sel_prefer prefer, int strict)
{
	struct select_spec s;
	struct tri_err err;
	if (select_spec_parse(&s, (char *const *)exprs, n, select_prefer_name(prefer), strict,
	                      0.05, &err)) {
		fprintf(stderr, "  parse: %s\n", err.msg);
		return json_object();
	}
	json_t *sel = select_run(models, &s);
	select_spec_release(&s);
	return sel;
}

static const char *str(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "(not a string)";
}

struct buf_small {
	char s[256];
};

/* The ids of a JSON array of strings joined by commas, into b. */
static const char *ids(const json_t *arr, struct buf_small *b)
{
	size_t i, len = 0;
	const json_t *v;
	b->s[0] = '\0';
	json_array_foreach(arr, i, v) {
		const char *id = json_string_value(v);
		int w = snprintf(b->s + len, sizeof(b->s) - len, "%s%s", i ? "," : "",
		                 id ? id : "?");
		if (w < 0 || (size_t)w >= sizeof(b->s) - len)
			break;
		len += (size_t)w;
	}
	return b->s;
}

static void test_parse_ok(void)
{
	struct requirement r;
	struct tri_err err;
	T_EQ_INT(select_parse("hallucination_rate <= 0.35", &r, &err), 0);
	T_EQ_STR(r.metric, "hallucination_rate");
	T_EQ_INT(r.op, SEL_LE);
	T_NEAR(r.value, 0.35, 0);
	T_EQ_STR(r.text, "hallucination_rate <= 0.35");
	select_requirement_release(&r);
	T_CHECK(r.text == NULL && r.metric == NULL);

	T_EQ_INT(select_parse("hallucination_rate<=0.35", &r, &err), 0);
	T_EQ_STR(r.metric, "hallucination_rate");
	T_NEAR(r.value, 0.35, 0);
	select_requirement_release(&r);

	T_EQ_INT(select_parse("  security.pass_rate>=70% ", &r, &err), 0);
	T_EQ_STR(r.metric, "security.pass_rate");
	T_EQ_INT(r.op, SEL_GE);
	T_NEAR(r.value, 0.70, 1e-15);
	T_EQ_STR(r.text, "security.pass_rate>=70%");
	select_requirement_release(&r);

	T_EQ_INT(select_parse("latency_s.p50 < 2.5", &r, &err), 0);
	T_EQ_INT(r.op, SEL_LT);
	T_NEAR(r.value, 2.5, 0);
	select_requirement_release(&r);

	T_EQ_INT(select_parse("omniscience_index>-10", &r, &err), 0);
	T_EQ_STR(r.metric, "omniscience_index");
	T_EQ_INT(r.op, SEL_GT);
	T_NEAR(r.value, -10, 0);
	select_requirement_release(&r);

	T_EQ_INT(select_parse("categories.knowledge/geography.accuracy >= 50 %", &r, &err), 0);
	T_EQ_STR(r.metric, "categories.knowledge/geography.accuracy");
	T_NEAR(r.value, 0.5, 0);
	select_requirement_release(&r);

	select_requirement_release(NULL);   /* accepts NULL */
}

static void test_parse_errors(void)
{
	static const struct { const char *expr, *says; } bad[] = {
		{ "", "missing metric name" },
		{ "<= 0.3", "missing metric name" },
		{ "accuracy", "missing operator" },
		{ "accuracy 0.5", "expected an operator" },
		{ "hallucination rate <= 0.3", "found \"rate <= 0.3\"" },
		{ "accuracy = 0.5", "unknown operator \"=\"" },
		{ "accuracy == 0.5", "unknown operator \"==\"" },
		{ "accuracy => 0.5", "unknown operator \"=>\"" },
		{ "accuracy <== 0.5", "unknown operator \"<==\"" },
		{ "accuracy <> 0.5", "unknown operator \"<>\"" },
		{ "accuracy <= ", "missing value" },
		{ "accuracy <= high", "\"high\" is not a number" },
		{ "accuracy <= 0.5x", "is not a number" },
		{ "accuracy <= %", "is not a number" },
		{ "accuracy <= 0x1", "is not a number" },
		{ "accuracy <= nan", "is not a number" },
		{ "accuracy..value <= 0.5", "is not a metric name" },
		{ ".accuracy <= 0.5", "is not a metric name" },
	};
	for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
		struct requirement r;
		struct tri_err err;
		err.code = 0;
		err.msg[0] = '\0';
		int rc = select_parse(bad[i].expr, &r, &err);
		T_EQ_INT(rc, -1);
		T_EQ_INT(err.code, TRI_USAGE);
		if (!strstr(err.msg, bad[i].says) || !strstr(err.msg, "METRIC OP VALUE")) {
			fprintf(stderr, "  \"%s\" gave: %s\n", bad[i].expr, err.msg);
			t_cur_failed = 1;
		}
		T_CHECK(r.text == NULL && r.metric == NULL);
	}
}

static void test_prefer_parse(void)
{
	enum sel_prefer p = PREFER_BEST;
	T_EQ_INT(select_parse_prefer("smallest", &p), 0);
	T_EQ_INT(p, PREFER_SMALLEST);
	T_EQ_INT(select_parse_prefer("cheapest", &p), 0);
	T_EQ_INT(p, PREFER_CHEAPEST);
	T_EQ_INT(select_parse_prefer("fastest", &p), 0);
	T_EQ_INT(p, PREFER_FASTEST);
	T_EQ_INT(select_parse_prefer("best", &p), 0);
	T_EQ_INT(p, PREFER_BEST);
	T_EQ_INT(select_parse_prefer("small", &p), -1);
	T_EQ_INT(select_parse_prefer(NULL, &p), -1);
	T_EQ_STR(select_prefer_name(PREFER_FASTEST), "fastest");
}

/* The case: the largest model hallucinates most and is excluded. */
static void test_largest_excluded(void)
{
	struct buf_small b;
	json_t *models = load(three);
	static const char *const req[] = { "hallucination_rate <= 0.35" };
	json_t *sel = run(models, req, 1, PREFER_SMALLEST, 0);
	T_EQ_STR(str(sel, "chosen"), "small");
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "small,mid");
	T_EQ_STR(str(sel, "prefer"), "smallest");
	T_CHECK(json_is_false(json_object_get(sel, "strict")));
	T_EQ_STR(ids(json_object_get(sel, "require"), &b), "hallucination_rate <= 0.35");
	json_t *ex = json_object_get(sel, "excluded");
	T_EQ_INT(json_array_size(ex), 1);
	json_t *e = json_array_get(ex, 0);
	T_EQ_STR(str(e, "id"), "big");
	T_EQ_STR(str(e, "failed"), "hallucination_rate <= 0.35");
	T_NEAR(json_number_value(json_object_get(e, "value")), 0.62, 0);
	json_decref(sel);

	/* prefer best (omniscience index): mid beats small */
	sel = run(models, req, 1, PREFER_BEST, 0);
	T_EQ_STR(str(sel, "chosen"), "mid");
	json_decref(sel);
	/* cheapest and fastest: small */
	sel = run(models, req, 1, PREFER_CHEAPEST, 0);
	T_EQ_STR(str(sel, "chosen"), "small");
	json_decref(sel);
	/* no requirement at all: everyone passes, smallest first */
	sel = run(models, NULL, 0, PREFER_FASTEST, 0);
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "small,mid,big");
	T_EQ_INT(json_array_size(json_object_get(sel, "excluded")), 0);
	json_decref(sel);
	json_decref(models);
}

static void test_strict(void)
{
	struct buf_small b;
	json_t *models = load(three);
	/* point: mid (0.30) and small (0.25) pass; strict judges hi: mid 0.42
	 * fails, small 0.38 passes */
	static const char *const req[] = { "hallucination_rate <= 0.40" };
	json_t *sel = run(models, req, 1, PREFER_BEST, 0);
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "mid,small");
	json_decref(sel);
	sel = run(models, req, 1, PREFER_BEST, 1);
	T_CHECK(json_is_true(json_object_get(sel, "strict")));
	T_EQ_STR(str(sel, "chosen"), "small");
	json_t *ex = json_object_get(sel, "excluded");
	T_EQ_INT(json_array_size(ex), 2);
	json_t *e = json_array_get(ex, 1);
	T_EQ_STR(str(e, "id"), "mid");
	T_NEAR(json_number_value(json_object_get(e, "value")), 0.42, 0);
	T_EQ_STR(str(json_array_get(json_object_get(e, "failures"), 0), "judged_on"), "hi");
	json_decref(sel);

	/* >= judges lo: security lo is 0.4 / 0.6 / 0.62 */
	static const char *const sec[] = { "security.pass_rate >= 0.6" };
	sel = run(models, sec, 1, PREFER_SMALLEST, 1);
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "small,mid");
	json_decref(sel);
	static const char *const sec2[] = { "security.pass_rate > 0.6" };
	sel = run(models, sec2, 1, PREFER_SMALLEST, 1);
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "small");
	json_decref(sel);
	/* strict on a plain number judges the number */
	static const char *const lat[] = { "latency_s.p50 < 1" };
	sel = run(models, lat, 1, PREFER_SMALLEST, 1);
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "small");
	json_decref(sel);
	/* from the model object: suites.knowledge.accuracy */
	static const char *const suite[] = { "suites.knowledge.accuracy >= 60%" };
	sel = run(models, suite, 1, PREFER_SMALLEST, 0);
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "mid,big");
	json_decref(sel);
	json_decref(models);
}

static void test_nulls_and_unknown(void)
{
	struct buf_small b;
	json_t *models = load(three);
	/* small has no security measured and no categories */
	json_t *small = json_array_get(models, 2);
	json_object_set_new(json_object_get(small, "overall"), "security", json_null());
	static const char *const req[] = { "hallucination_rate <= 0.35",
	                                   "security.pass_rate >= 0.65" };
	json_t *sel = run(models, req, 2, PREFER_SMALLEST, 0);
	T_EQ_STR(str(sel, "chosen"), "mid");
	json_t *ex = json_object_get(sel, "excluded");
	T_EQ_INT(json_array_size(ex), 2);
	json_t *e0 = json_array_get(ex, 0), *e1 = json_array_get(ex, 1);
	T_EQ_STR(str(e0, "id"), "big");
	T_EQ_INT(json_array_size(json_object_get(e0, "failures")), 2);   /* both */
	T_EQ_STR(str(e1, "id"), "small");
	T_EQ_STR(str(e1, "failed"), "security.pass_rate >= 0.65 (not measured)");
	T_CHECK(json_is_null(json_object_get(e1, "value")));
	T_EQ_STR(str(json_array_get(json_object_get(e1, "failures"), 0), "reason"),
	         "not measured");
	json_decref(sel);

	/* a category only mid has: the others are not measured */
	static const char *const cat[] = { "categories.knowledge/geography.accuracy >= 0.1" };
	sel = run(models, cat, 1, PREFER_SMALLEST, 0);
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "mid");
	json_decref(sel);

	/* a misspelt metric fails everywhere, says so, chooses nothing */
	static const char *const typo[] = { "halucination_rate <= 0.35" };
	sel = run(models, typo, 1, PREFER_SMALLEST, 0);
	T_CHECK(json_is_null(json_object_get(sel, "chosen")));
	T_EQ_INT(json_array_size(json_object_get(sel, "ranking")), 0);
	ex = json_object_get(sel, "excluded");
	T_EQ_INT(json_array_size(ex), 3);
	T_EQ_STR(str(json_array_get(ex, 0), "failed"),
	         "halucination_rate <= 0.35 (unknown metric)");
	T_CHECK(json_is_null(json_object_get(json_array_get(ex, 2), "value")));
	json_decref(sel);

	/* what select_check_metric knows */
	T_EQ_INT(select_check_metric(models, "hallucination_rate"), 1);
	T_EQ_INT(select_check_metric(models, "accuracy.lo"), 1);
	T_EQ_INT(select_check_metric(models, "omniscience_index"), 1);
	T_EQ_INT(select_check_metric(models, "tokens.output.mean"), 1);
	T_EQ_INT(select_check_metric(models, "ttft_s.p50"), 1);
	T_EQ_INT(select_check_metric(models, "cost_usd.per_correct"), 1);
	T_EQ_INT(select_check_metric(models, "ece"), 1);
	T_EQ_INT(select_check_metric(models, "size.active"), 1);
	T_EQ_INT(select_check_metric(models, "suites.knowledge.accuracy"), 1);
	T_EQ_INT(select_check_metric(models, "suites.knowledge.ece"), 1);
	T_EQ_INT(select_check_metric(models, "categories.knowledge/geography.accuracy"), 1);
	T_EQ_INT(select_check_metric(models, "halucination_rate"), 0);
	T_EQ_INT(select_check_metric(models, "suites.nosuch.accuracy"), 0);
	T_EQ_INT(select_check_metric(models, "suites.knowledge.acuracy"), 0);
	T_EQ_INT(select_check_metric(models, "tokens"), 0);        /* not a number */
	T_EQ_INT(select_check_metric(models, "id"), 0);
	T_EQ_INT(select_check_metric(models, "reliability"), 0);
	json_t *none = json_array();
	/* no model measured security, yet the name is right */
	T_EQ_INT(select_check_metric(none, "security.pass_rate"), 1);
	T_EQ_INT(select_check_metric(none, "hallucination_rate"), 1);
	T_EQ_INT(select_check_metric(none, "x"), 0);
	json_decref(none);
	json_decref(models);
}

static void test_ties_and_sizes(void)
{
	struct buf_small b;
	/* a, b, c: the same size and cost, ranked by id; d declares only its
	 * total (taken as dense, 2e9); e has no size; f is a MoE with 1e9
	 * active of 3e10 total; g is as big as a, b, c but cheaper. All have
	 * the same accuracy, so "accuracy >= 0.5" lets every one through. */
	json_t *models = load(
		"[{\"id\":\"c\",\"size\":{\"total\":4e9,\"active\":4e9},"
		"  \"overall\":{\"accuracy\":{\"value\":0.5},\"cost_usd\":{\"per_item\":0.1}}},"
		" {\"id\":\"a\",\"size\":{\"total\":4e9,\"active\":4e9},"
		"  \"overall\":{\"accuracy\":{\"value\":0.5},\"cost_usd\":{\"per_item\":0.1}}},"
		" {\"id\":\"e\",\"size\":null,\"overall\":{\"accuracy\":{\"value\":0.5},\"cost_usd\":null}},"
		" {\"id\":\"b\",\"size\":{\"total\":4e9,\"active\":4e9},"
		"  \"overall\":{\"accuracy\":{\"value\":0.5},\"cost_usd\":{\"per_item\":0.1}}},"
		" {\"id\":\"d\",\"size\":{\"total\":2e9,\"active\":null},"
		"  \"overall\":{\"accuracy\":{\"value\":0.5},\"cost_usd\":null}},"
		" {\"id\":\"f\",\"size\":{\"total\":3e10,\"active\":1e9},"
		"  \"overall\":{\"accuracy\":{\"value\":0.5},\"cost_usd\":{\"per_item\":0.3}}},"
		" {\"id\":\"g\",\"size\":{\"total\":4e9,\"active\":4e9},"
		"  \"overall\":{\"accuracy\":{\"value\":0.5},\"cost_usd\":{\"per_item\":0.05}}}]");
	static const char *const all[] = { "accuracy >= 0.5" };
	json_t *sel = run(models, all, 1, PREFER_SMALLEST, 0);
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "f,d,g,a,b,c");
	/* e declares no size: it is never the smallest */
	T_EQ_INT(json_array_size(json_object_get(sel, "unranked")), 1);
	T_EQ_STR(str(json_array_get(json_object_get(sel, "unranked"), 0), "id"), "e");
	T_EQ_STR(str(json_array_get(json_object_get(sel, "unranked"), 0), "reason"), "size not declared");
	json_decref(sel);
	/* cheapest: unknown cost cannot win, ties by id */
	sel = run(models, all, 1, PREFER_CHEAPEST, 0);
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "g,a,b,c,f");
	T_EQ_INT(json_array_size(json_object_get(sel, "unranked")), 2);
	json_decref(sel);
	/* best with no omniscience anywhere: nothing can be placed */
	sel = run(models, all, 1, PREFER_BEST, 0);
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "");
	T_CHECK(json_is_null(json_object_get(sel, "chosen")));
	T_EQ_STR(str(sel, "note"), "omniscience index not measured");
	json_decref(sel);
	/* no requirement: only the Pareto frontier is a candidate. On cost
	 * (the only axis they differ on) g beats a, b, c and f; d and e have
	 * no cost, so nothing dominates them. Of d, e and g, e has no size. */
	sel = run(models, NULL, 0, PREFER_SMALLEST, 0);
	T_EQ_STR(ids(json_object_get(sel, "pareto"), &b), "e,d,g");
	T_EQ_STR(ids(json_object_get(sel, "ranking"), &b), "d,g");
	T_EQ_STR(str(sel, "chosen"), "d");
	json_t *ex = json_object_get(sel, "excluded");
	T_EQ_INT(json_array_size(ex), 4);   /* c, a, b, f: dominated */
	T_EQ_STR(str(json_array_get(json_object_get(json_array_get(ex, 0), "failures"), 0), "reason"),
	         "dominated");
	json_decref(sel);
	json_decref(models);
}

/* The case: two models given by --model (no sizes); one of them
 * answered nothing right. Without requirements it is not on the frontier
 * and is never recommended; with no size declared, smallest recommends
 * nothing rather than guess. */
static void test_unsized_and_dominated(void)
{
	json_t *models = load(
		"[{\"id\":\"good\",\"size\":{\"total\":null,\"active\":null},"
		"  \"overall\":{\"graded\":10,\"accuracy\":{\"value\":0.8},"
		"  \"hallucination_rate\":{\"value\":0.2},\"cost_usd\":null}},"
		" {\"id\":\"bad\",\"size\":{\"total\":null,\"active\":null},"
		"  \"overall\":{\"graded\":10,\"accuracy\":{\"value\":0.0},"
		"  \"hallucination_rate\":{\"value\":1.0},\"cost_usd\":null}}]");
	json_t *sel = run(models, NULL, 0, PREFER_SMALLEST, 0);
	struct buf_small b;
	T_EQ_STR(ids(json_object_get(sel, "pareto"), &b), "good");
	T_CHECK(json_is_null(json_object_get(sel, "chosen")));
	T_EQ_STR(str(sel, "note"), "size not declared");
	T_EQ_STR(str(json_array_get(json_object_get(sel, "excluded"), 0), "id"), "bad");
	json_decref(sel);
	/* a preference that needs no size picks the frontier model */
	json_object_set_new(json_object_get(json_array_get(models, 0), "overall"),
	                    "omniscience_index", json_real(60));
	json_object_set_new(json_object_get(json_array_get(models, 1), "overall"),
	                    "omniscience_index", json_real(-100));
	sel = run(models, NULL, 0, PREFER_BEST, 0);
	T_EQ_STR(str(sel, "chosen"), "good");
	json_decref(sel);
	json_decref(models);
}

/* A model whose requests failed is "not measured", whatever its numbers. */
static void test_not_measured(void)
{
	json_t *models = load(three);
	/* big: 40% of its requests failed; small: nothing graded at all */
	json_object_set_new(json_array_get(models, 0), "requests",
	                    json_pack("{s:f}", "error_share", 0.4));
	json_object_set_new(json_object_get(json_array_get(models, 2), "overall"), "graded",
	                    json_integer(0));
	json_t *sel = run(models, NULL, 0, PREFER_SMALLEST, 0);
	T_EQ_STR(str(sel, "chosen"), "mid");
	struct buf_small b;
	T_EQ_STR(ids(json_object_get(sel, "pareto"), &b), "mid");   /* drawn over measured models */
	json_t *ex = json_object_get(sel, "excluded");
	T_EQ_INT(json_array_size(ex), 2);
	json_t *e0 = json_array_get(ex, 0);
	T_EQ_STR(str(e0, "id"), "big");
	T_EQ_STR(str(e0, "failed"), "error share <= 0.05 (not measured)");
	T_NEAR(json_number_value(json_object_get(e0, "value")), 0.4, 1e-12);
	T_EQ_STR(str(json_array_get(ex, 1), "id"), "small");
	json_decref(sel);
	/* at the threshold it is measured: 0.4 <= max_errors 0.4 */
	struct select_spec s;
	struct tri_err err;
	T_EQ_INT(select_spec_parse(&s, NULL, 0, "best", 0, 0.4, &err), 0);
	sel = select_run(models, &s);
	T_EQ_STR(str(sel, "chosen"), "big");
	json_decref(sel);
	select_spec_release(&s);
	json_decref(models);
}

static void test_pareto(void)
{
	struct buf_small b;
	json_t *models = load(three);
	/* big, mid and small trade off: none dominates another */
	json_t *sel = run(models, NULL, 0, PREFER_SMALLEST, 0);
	T_EQ_STR(ids(json_object_get(sel, "pareto"), &b), "big,mid,small");
	json_decref(sel);

	/* worse than big on all four axes */
	json_array_append_new(models, load(
		"{\"id\":\"bad\",\"overall\":{\"accuracy\":{\"value\":0.5},"
		" \"hallucination_rate\":{\"value\":0.7},"
		" \"security\":{\"pass_rate\":{\"value\":0.4}},\"cost_usd\":{\"per_item\":0.02}}}"));
	/* no security and no cost: compared on accuracy and hallucination
	 * only, where small is better on both */
	json_array_append_new(models, load(
		"{\"id\":\"partial\",\"overall\":{\"accuracy\":{\"value\":0.3},"
		" \"hallucination_rate\":{\"value\":0.26},\"security\":null,\"cost_usd\":null}}"));
	/* equal to mid everywhere: neither dominates the other */
	json_array_append_new(models, load(
		"{\"id\":\"twin\",\"overall\":{\"accuracy\":{\"value\":0.6},"
		" \"hallucination_rate\":{\"value\":0.3},"
		" \"security\":{\"pass_rate\":{\"value\":0.7}},\"cost_usd\":{\"per_item\":0.002}}}"));
	/* nothing measured: nothing to compare, so never dominated */
	json_array_append_new(models, load("{\"id\":\"blank\",\"overall\":{}}"));
	sel = run(models, NULL, 0, PREFER_SMALLEST, 0);
	T_EQ_STR(ids(json_object_get(sel, "pareto"), &b), "big,mid,small,twin,blank");
	json_decref(sel);
	json_decref(models);
}

static void test_empty(void)
{
	json_t *models = json_array();
	static const char *const req[] = { "accuracy >= 0.5" };
	json_t *sel = run(models, req, 1, PREFER_SMALLEST, 0);
	T_CHECK(json_is_null(json_object_get(sel, "chosen")));
	T_EQ_INT(json_array_size(json_object_get(sel, "pareto")), 0);
	T_EQ_INT(json_array_size(json_object_get(sel, "excluded")), 0);
	json_decref(sel);
	json_decref(models);
}

int main(void)
{
	T_RUN(test_parse_ok);
	T_RUN(test_parse_errors);
	T_RUN(test_prefer_parse);
	T_RUN(test_largest_excluded);
	T_RUN(test_strict);
	T_RUN(test_nulls_and_unknown);
	T_RUN(test_ties_and_sizes);
	T_RUN(test_unsized_and_dominated);
	T_RUN(test_not_measured);
	T_RUN(test_pareto);
	T_RUN(test_empty);
	return t_done("test_select");
}
