/* test_grade_tool.c -- the tool_call and no_tool graders and the JSON
 * schema check: calls right, with a wrong, missing or unexpected argument,
 * to the wrong or a forbidden tool, extra, missing, out of order, with
 * arguments that are not JSON or break the schema; every kind of check. */
#include "test_grade.h"
#include "jschema.h"

#define TOOLS "\"tools\":[" \
	"{\"name\":\"get_weather\",\"description\":\"d\",\"parameters\":{\"type\":\"object\"," \
	"\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\",\"minimum\":1}," \
	"\"unit\":{\"type\":\"string\",\"enum\":[\"c\",\"f\"]}},\"required\":[\"city\"]," \
	"\"additionalProperties\":false}}," \
	"{\"name\":\"send_email\",\"description\":\"d\",\"parameters\":{\"type\":\"object\"," \
	"\"properties\":{\"to\":{\"type\":\"string\"}}}}]"

static enum verdict grade_calls_text(const char *grader, const char *calls, const char *text,
				    const char **fault)
{
	struct suite s;
	memset(&s, 0, sizeof(s));
	s.name = "t";
	s.grader = json_loads(grader, 0, NULL);
	struct item it = { .id = "t-1" };
	it.json = json_loads("{\"input\":\"q\"," TOOLS "}", 0, NULL);
	json_t *c = calls ? json_loads(calls, 0, NULL) : NULL;
	struct grade g;
	struct tri_err err;
	enum verdict v = V_ERROR;
	if (!s.grader || !it.json || (calls && !c)) {
		fprintf(stderr, "bad test JSON\n");
		exit(1);
	}
	if (grade_response(gt_ctx, &s, &it, text, NULL, c, &g, &err) == 0) {
		v = g.verdict;
		*fault = g.fault;
		grade_release(&g);
	} else {
		*fault = "(grader error)";
	}
	json_decref(c);
	json_decref(s.grader);
	json_decref(it.json);
	return v;
}

static enum verdict grade_calls(const char *grader, const char *calls, const char **fault)
{
	return grade_calls_text(grader, calls, "", fault);
}

#define W(args) "{\"name\":\"get_weather\",\"arguments\":" args ",\"raw\":\"\"}"
#define E(args) "{\"name\":\"send_email\",\"arguments\":" args ",\"raw\":\"\"}"

static void expect(const char *grader, const char *calls, enum verdict want, const char *fault,
		   int line)
{
	const char *f = NULL;
	enum verdict v = grade_calls(grader, calls, &f);
	if (v != want || (fault ? !f || strcmp(f, fault) : f != NULL)) {
		fprintf(stderr, "  line %d: graded %s (%s), expected %s (%s)\n", line, verdict_name(v),
			f ? f : "-", verdict_name(want), fault ? fault : "-");
		t_cur_failed = 1;
	}
}
#define EXPECT_CALLS(g, c, v, f) expect(g, c, v, f, __LINE__)

#define PARIS "{\"type\":\"tool_call\",\"calls\":[{\"name\":\"get_weather\",\"arguments\":" \
	"{\"city\":{\"string\":\"Paris\"},\"days\":{\"number\":3},\"unit\":{\"optional\":true}}}]}"

static void test_one_call(void)
{
	EXPECT_CALLS(PARIS, "[" W("{\"city\":\"paris\",\"days\":3}") "]", V_CORRECT, NULL);
	EXPECT_CALLS(PARIS, "[" W("{\"city\":\"Paris\",\"days\":3.0,\"unit\":\"c\"}") "]", V_CORRECT, NULL);
	EXPECT_CALLS(PARIS, "[" W("{\"city\":\"Lyon\",\"days\":3}") "]", V_INCORRECT, "wrong_value");
	EXPECT_CALLS(PARIS, "[" W("{\"city\":\"Paris\"}") "]", V_INCORRECT, "missing_argument");
	EXPECT_CALLS(PARIS, "[" W("{\"city\":\"Paris\",\"days\":3,\"lang\":\"fr\"}") "]", V_INCORRECT,
		     "schema");
	EXPECT_CALLS(PARIS, "[" W("{\"city\":\"Paris\",\"days\":\"3\"}") "]", V_INCORRECT, "schema");
	EXPECT_CALLS(PARIS, "[" W("{\"city\":\"Paris\",\"days\":3,\"unit\":\"k\"}") "]", V_INCORRECT,
		     "schema");
	EXPECT_CALLS(PARIS, "[" W("null") "]", V_INCORRECT, "invalid_json");
	EXPECT_CALLS(PARIS, NULL, V_INCORRECT, "no_call");
	/* no call, and the text says it does not know: an abstention */
	const char *f = "x";
	T_EQ_INT(grade_calls_text(PARIS, NULL, "I'm not sure which tool fits this.", &f), V_ABSTAINED);
	T_CHECK(f == NULL);
	T_EQ_INT(grade_calls_text(PARIS, NULL, "It is sunny in Paris.", &f), V_INCORRECT);
	EXPECT_CALLS(PARIS, "[" E("{\"to\":\"a@b.c\"}") "]", V_INCORRECT, "missing_call");
	EXPECT_CALLS(PARIS, "[" W("{\"city\":\"Paris\",\"days\":3}") "," E("{\"to\":\"a\"}") "]",
		     V_INCORRECT, "extra_call");
	EXPECT_CALLS(PARIS, "[{\"name\":\"delete_all\",\"arguments\":{},\"raw\":\"{}\"}]", V_INCORRECT,
		     "unknown_tool");
}

#define TWO(order, extra) "{\"type\":\"tool_call\",\"order\":\"" order "\",\"extra\":\"" extra "\"," \
	"\"calls\":[{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"}}," \
	"{\"name\":\"get_weather\",\"arguments\":{\"city\":{\"one_of\":[\"Rome\",\"Roma\"]}}}]}"

static void test_several(void)
{
	const char *pr = "[" W("{\"city\":\"Paris\"}") "," W("{\"city\":\"Roma\"}") "]";
	const char *rp = "[" W("{\"city\":\"Rome\"}") "," W("{\"city\":\"Paris\"}") "]";
	EXPECT_CALLS(TWO("any", "forbid"), pr, V_CORRECT, NULL);
	EXPECT_CALLS(TWO("any", "forbid"), rp, V_CORRECT, NULL);
	EXPECT_CALLS(TWO("given", "forbid"), rp, V_INCORRECT, "wrong_value");
	EXPECT_CALLS(TWO("any", "forbid"), "[" W("{\"city\":\"Paris\"}") "]", V_INCORRECT, "wrong_value");
	EXPECT_CALLS(TWO("any", "allow"), "[" W("{\"city\":\"Paris\"}") "," W("{\"city\":\"Rome\"}") ","
		     E("{\"to\":\"x\"}") "]", V_CORRECT, NULL);
	/* a forbidden tool fails the item whatever else is right */
	EXPECT_CALLS("{\"type\":\"tool_call\",\"extra\":\"allow\",\"forbidden\":[\"send_email\"],"
		     "\"calls\":[{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"}}]}",
		     "[" W("{\"city\":\"Paris\"}") "," E("{\"to\":\"x\"}") "]", V_INCORRECT, "forbidden_call");
	/* a forbidden tool that is also the expected one: the expected call
	 * passes, a second call to it fails */
	const char *own = "{\"type\":\"tool_call\",\"extra\":\"allow\",\"forbidden\":[\"send_email\"],"
		"\"calls\":[{\"name\":\"send_email\",\"arguments\":{\"to\":\"me@home\"}}]}";
	EXPECT_CALLS(own, "[" E("{\"to\":\"me@home\"}") "]", V_CORRECT, NULL);
	EXPECT_CALLS(own, "[" E("{\"to\":\"me@home\"}") "," E("{\"to\":\"evil@x\"}") "]", V_INCORRECT,
		     "forbidden_call");
	/* the expected call sent elsewhere: wrong, a wrong value */
	EXPECT_CALLS(own, "[" E("{\"to\":\"evil@x\"}") "]", V_INCORRECT, "wrong_value");
	/* in the given order, with extra calls allowed: a subsequence */
	const char *ordered = "{\"type\":\"tool_call\",\"order\":\"given\",\"extra\":\"allow\","
		"\"calls\":[{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Oslo\"}},"
		"{\"name\":\"send_email\",\"arguments\":{\"to\":\"me\"}}]}";
	EXPECT_CALLS(ordered, "[" W("{\"city\":\"Oslo\"}") "," W("{\"city\":\"Rome\"}") ","
		     E("{\"to\":\"me\"}") "]", V_CORRECT, NULL);
	EXPECT_CALLS(ordered, "[" E("{\"to\":\"me\"}") "," W("{\"city\":\"Oslo\"}") "]",
		     V_INCORRECT, "order");
	/* many calls: still any order */
	EXPECT_CALLS("{\"type\":\"tool_call\",\"extra\":\"allow\",\"calls\":[{\"name\":\"send_email\","
		     "\"arguments\":{\"to\":\"me\"}}]}",
		     "[" W("{\"city\":\"a\"}") "," W("{\"city\":\"b\"}") "," W("{\"city\":\"c\"}") ","
		     W("{\"city\":\"d\"}") "," W("{\"city\":\"e\"}") "," W("{\"city\":\"f\"}") ","
		     W("{\"city\":\"g\"}") "," W("{\"city\":\"h\"}") "," W("{\"city\":\"i\"}") ","
		     W("{\"city\":\"j\"}") "," W("{\"city\":\"k\"}") "," E("{\"to\":\"me\"}") "]",
		     V_CORRECT, NULL);
	/* regex and exact checks */
	EXPECT_CALLS("{\"type\":\"tool_call\",\"calls\":[{\"name\":\"get_weather\",\"arguments\":"
		     "{\"city\":{\"regex\":\"^Par\"}}}]}", "[" W("{\"city\":\"Paris\"}") "]", V_CORRECT, NULL);
	EXPECT_CALLS("{\"type\":\"tool_call\",\"calls\":[{\"name\":\"get_weather\",\"arguments\":"
		     "{\"city\":{\"regex\":\"^Lon\"}}}]}", "[" W("{\"city\":\"Paris\"}") "]", V_INCORRECT,
		     "wrong_value");
}

static void test_no_tool(void)
{
	EXPECT_CALLS("{\"type\":\"no_tool\"}", NULL, V_CORRECT, NULL);
	EXPECT_CALLS("{\"type\":\"no_tool\"}", "[" W("{\"city\":\"Paris\"}") "]", V_INCORRECT, "extra_call");
	EXPECT_CALLS("{\"type\":\"no_tool\",\"forbidden\":[\"send_email\"]}", "[" W("{\"city\":\"x\"}") "]",
		     V_CORRECT, NULL);
	EXPECT_CALLS("{\"type\":\"no_tool\",\"forbidden\":[\"send_email\"]}", "[" E("{\"to\":\"x\"}") "]",
		     V_INCORRECT, "forbidden_call");
}

static void test_schema(void)
{
	struct buf why = BUF_INIT;
	json_t *s = json_loads("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"array\","
			       "\"items\":{\"type\":\"integer\"}},\"b\":{\"type\":[\"string\",\"null\"]}},"
			       "\"required\":[\"a\"]}", 0, NULL);
	json_t *ok = json_loads("{\"a\":[1,2.0],\"b\":null}", 0, NULL);
	json_t *bad = json_loads("{\"a\":[1,\"x\"]}", 0, NULL);
	json_t *none = json_loads("{\"b\":\"x\"}", 0, NULL);
	T_EQ_INT(jschema_check(s, ok, &why), 0);
	T_EQ_INT(jschema_check(s, bad, &why), -1);
	T_CHECK(strstr(why.s, "a[1]") != NULL);
	buf_reset(&why);
	T_EQ_INT(jschema_check(s, none, &why), -1);
	T_CHECK(strstr(why.s, "required 'a'") != NULL);
	json_t *i1 = json_integer(1), *r1 = json_real(1.0);
	T_CHECK(jschema_equal(i1, r1) == 1);
	json_decref(i1);
	json_decref(r1);
	json_decref(s);
	json_decref(ok);
	json_decref(bad);
	json_decref(none);
	buf_release(&why);
}

int main(void)
{
	gt_open();
	T_RUN(test_one_call);
	T_RUN(test_several);
	T_RUN(test_no_tool);
	T_RUN(test_schema);
	grade_ctx_close(gt_ctx);
	return t_done("test_grade_tool");
}
