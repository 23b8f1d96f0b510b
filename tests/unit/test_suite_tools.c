/* test_suite_tools.c -- a suite's tool catalogue (tools.json): items that
 * name tools get the catalogue's objects, and every problem is reported at
 * its file:line:col. Expected positions are counted by hand in the texts. */
#include "t.h"
#include "util.h"
#include "suite.h"

/* Two tools, the second on line 3 at column 2 (after a space). */
static const char CAT[] =
	"[\n"
	"{\"name\": \"add\", \"description\": \"a + b\", \"parameters\": {\"type\": \"object\", "
	"\"properties\": {\"a\": {\"type\": \"number\"}, \"b\": {\"type\": \"number\"}}}},\n"
	" {\"name\": \"now\", \"description\": \"the time\"}\n"
	"]\n";

static void init(struct suite *s)
{
	memset(s, 0, sizeof(*s));
	s->name = xstrdup("t");
	s->axis = xstrdup("capability");
	s->grader = json_pack("{s:s}", "type", "tool_call");
}

static int tools(struct suite *s, const char *text, struct tri_err *err)
{
	return suite_parse_tools(s, "tools.json", text, strlen(text), err);
}

static int items(struct suite *s, const char *text, struct tri_err *err)
{
	return suite_parse_items(s, "items.jsonl", text, strlen(text), err);
}

/* A name becomes the catalogue's object; the item's hash is the hash of
 * the same item with the tool written out. */
static void test_resolve(void)
{
	struct suite s, w;
	struct tri_err err;
	init(&s);
	init(&w);
	T_EQ_INT(tools(&s, CAT, &err), 0);
	T_EQ_INT(items(&s, "{\"id\": \"a\", \"input\": \"2+3?\", \"tools\": [\"add\", "
			   "{\"name\": \"x\"}, \"now\"]}\n", &err), 0);
	T_EQ_INT(s.n_items, 1);
	json_t *t = json_object_get(s.items[0].json, "tools");
	T_EQ_INT(json_array_size(t), 3);
	T_CHECK(json_array_get(t, 0) == json_object_get(s.tools, "add"));   /* shared, not copied */
	T_EQ_STR(json_string_value(json_object_get(json_array_get(t, 0), "description")), "a + b");
	T_EQ_STR(json_string_value(json_object_get(json_array_get(t, 1), "name")), "x");
	T_EQ_STR(json_string_value(json_object_get(json_array_get(t, 2), "name")), "now");
	T_EQ_INT(items(&w, "{\"id\": \"a\", \"input\": \"2+3?\", \"tools\": [{\"name\": \"add\", "
			   "\"description\": \"a + b\", \"parameters\": {\"type\": \"object\", "
			   "\"properties\": {\"a\": {\"type\": \"number\"}, \"b\": {\"type\": \"number\"}}}}, "
			   "{\"name\": \"x\"}, {\"name\": \"now\", \"description\": \"the time\"}]}\n",
			   &err), 0);
	T_EQ_STR(s.items[0].hash, w.items[0].hash);
	char *a = json_dumps(s.items[0].json, JSON_COMPACT);
	char *b = json_dumps(w.items[0].json, JSON_COMPACT);
	T_EQ_STR(a, b);
	free(a);
	free(b);
	suite_release(&s);
	suite_release(&w);
}

static void test_item_errors(void)
{
	struct suite s;
	struct tri_err err;
	init(&s);
	T_EQ_INT(tools(&s, CAT, &err), 0);
	T_EQ_INT(items(&s, "{\"id\": \"a\", \"input\": \"x\", \"tools\": [\"add\"]}\n"
			   "{\"id\": \"b\", \"input\": \"y\", \"tools\": [\"now\", \"sub\"]}\n", &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
	T_EQ_STR(err.msg, "items.jsonl:2: tools[1] names the tool 'sub', which is not in the "
		 "suite's tools.json");
	suite_release(&s);

	init(&s);   /* no catalogue */
	T_EQ_INT(items(&s, "\n{\"id\": \"a\", \"input\": \"x\", \"tools\": [\"add\"]}\n", &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
	T_CHECK(!strncmp(err.msg, "items.jsonl:2: tools[0] names the tool 'add', ",
			 strlen("items.jsonl:2: tools[0] names the tool 'add', ")));
	T_CHECK(strstr(err.msg, "needs a tools.json catalogue next to the items") != NULL);
	suite_release(&s);
}

static void test_catalogue_errors(void)
{
	static const struct { const char *text, *msg; } cases[] = {
		{ "[\n{\"name\": \"a\"},\n  {\"name\": 3}\n]",
		  "tools.json:3:3: tools[1] needs a string 'name', a string 'description' and an "
		  "object 'parameters' (a JSON schema)" },
		{ "[{\"name\": \"a\"},\n{\"name\": \"b\"},\n\t{\"name\": \"a\", \"description\": \"x\"}]",
		  "tools.json:3:2: duplicate tool name 'a' (first at line 1); names must be unique" },
		{ "[{\"name\": \"a\", \"description\": \"caf\xc3\xa9 [x]\"}, {\"name\": \"a\"}]",
		  "tools.json:1:44: duplicate tool name 'a' (first at line 1); names must be unique" },
		{ "[\n{\"name\": \"a\",}\n]",
		  "tools.json:2:14: invalid JSON: string or '}' expected near '}'" },
		{ "{\"a\": {\"name\": \"a\"}}",
		  "tools.json:1:1: the tool catalogue must be a non-empty JSON array of "
		  "{name, description, parameters}" },
		{ "[]", "tools.json:1:1: the tool catalogue must be a non-empty JSON array of "
		  "{name, description, parameters}" },
		{ "[\"a\"]", "tools.json:1:2: tools[0] needs a string 'name', a string 'description' "
		  "and an object 'parameters' (a JSON schema)" },
	};
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct suite s;
		struct tri_err err;
		init(&s);
		T_EQ_INT(tools(&s, cases[i].text, &err), -1);
		T_EQ_INT(err.code, TRI_USAGE);
		T_EQ_STR(err.msg, cases[i].msg);
		T_CHECK(s.tools == NULL);
		suite_release(&s);
	}
}

int main(void)
{
	T_RUN(test_resolve);
	T_RUN(test_item_errors);
	T_RUN(test_catalogue_errors);
	return t_done("suite_tools");
}
