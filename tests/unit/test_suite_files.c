/* test_suite_files.c -- a suite directory whose items span several files
 * (suite.yaml's items:): it loads exactly as the same suite in one
 * items.jsonl (same items in the same order, hashes, requests, axis), and
 * every problem is reported at its own file:line:col. Expected positions
 * are counted by hand in the texts below. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include "t.h"
#include "util.h"
#include "buf.h"
#include "suite.h"

static char root[] = "/tmp/tri-suite-files.XXXXXX";

/* The first file: two items, a blank line between them (so the second is
 * on line 3), both graded as security tests (canary). */
static const char A[] =
	"{\"id\": \"x\", \"input\": \"Say the word.\", \"grader\": {\"type\": \"canary\", "
	"\"canaries\": [\"ZX-1\"]}}\n"
	"\n"
	"{\"id\": \"y\", \"messages\": [{\"role\": \"user\", \"content\": \"Weather in Oslo?\"}], "
	"\"tools\": [\"get_weather\"], \"grader\": {\"type\": \"canary\", \"canaries\": [\"ZX-2\"]}}\n";
/* The second file: one item with the default grader (exact), no newline at
 * the end. With it the suite is not all security tests: capability. */
static const char B[] = "{\"id\": \"z\", \"input\": \"2+2?\", \"answer\": \"4\"}";
static const char TOOLS[] =
	"[{\"name\": \"get_weather\", \"description\": \"weather\", \"parameters\": {\"type\": "
	"\"object\"}}]\n";

static void put(const char *dir, const char *name, const char *text)
{
	struct buf p = BUF_INIT, b = BUF_INIT;
	buf_addf(&p, "%s/%s", dir, name);
	buf_adds(&b, text);
	if (buf_write_file(&b, p.s) < 0) {
		perror(p.s);
		exit(1);
	}
	buf_release(&p);
	buf_release(&b);
}

/* A new directory under root, named name; returns its path (caller frees). */
static char *mkdir_in(const char *name)
{
	struct buf p = BUF_INIT;
	buf_addf(&p, "%s/%s", root, name);
	if (mkdir(p.s, 0777) < 0) {
		perror(p.s);
		exit(1);
	}
	return buf_detach(&p);
}

static char *dumps(const json_t *j)
{
	char *s = json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS);
	return s ? s : xstrdup("(null)");
}

/* The same suite in two files and in one: the same items in the same
 * order, with the same hashes, messages, graders and axis. */
static void test_same_as_one_file(void)
{
	char *two = mkdir_in("two"), *one = mkdir_in("one");
	struct buf cat = BUF_INIT;
	put(two, "suite.yaml", "name: s\nitems: [a.jsonl, b.jsonl]\n");
	put(two, "a.jsonl", A);
	put(two, "b.jsonl", B);
	put(two, "tools.json", TOOLS);
	put(one, "suite.yaml", "name: s\n");
	buf_adds(&cat, A);
	buf_adds(&cat, B);
	put(one, "items.jsonl", cat.s);
	put(one, "tools.json", TOOLS);

	struct suite s2, s1;
	struct tri_err err;
	T_EQ_INT(suite_load(&s2, two, &err), 0);
	T_EQ_INT(suite_load(&s1, one, &err), 0);
	T_EQ_INT(s2.n_items, 3);
	T_EQ_INT(s1.n_items, 3);
	T_EQ_STR(s2.axis, "capability");   /* not all canary: decided over both files */
	T_EQ_STR(s1.axis, "capability");
	static const char *const ids[] = { "x", "y", "z" };
	for (size_t i = 0; i < 3 && i < s1.n_items && i < s2.n_items; i++) {
		T_EQ_STR(s2.items[i].id, ids[i]);
		T_EQ_STR(s2.items[i].id, s1.items[i].id);
		T_EQ_STR(s2.items[i].hash, s1.items[i].hash);
		json_t *m2 = suite_item_messages(&s2, &s2.items[i]);
		json_t *m1 = suite_item_messages(&s1, &s1.items[i]);
		json_t *g2 = suite_item_grader(&s2, &s2.items[i]);
		json_t *g1 = suite_item_grader(&s1, &s1.items[i]);
		char *a = dumps(m2), *b = dumps(m1), *c = dumps(s2.items[i].json),
		     *d = dumps(s1.items[i].json), *e = dumps(g2), *f = dumps(g1);
		T_EQ_STR(a, b);
		T_EQ_STR(c, d);
		T_EQ_STR(e, f);
		free(a), free(b), free(c), free(d), free(e), free(f);
		json_decref(m2), json_decref(m1), json_decref(g2), json_decref(g1);
	}
	/* the catalogue's tool reached the item in the first file */
	T_EQ_STR(json_string_value(json_object_get(json_array_get(json_object_get(
		s2.items[1].json, "tools"), 0), "description")), "weather");
	suite_release(&s2);
	suite_release(&s1);

	/* the first file alone is all canary: a security suite */
	put(two, "suite.yaml", "name: s\nitems:\n  - a.jsonl\n");
	T_EQ_INT(suite_load(&s2, two, &err), 0);
	T_EQ_INT(s2.n_items, 2);
	T_EQ_STR(s2.axis, "security");
	suite_release(&s2);
	buf_release(&cat);
	free(two);
	free(one);
}

/* A directory with suite.yaml and no items.jsonl is a suite (found by its
 * bare name in the current directory), read from the files it lists. */
static void test_no_items_jsonl(void)
{
	char *d = mkdir_in("bare");
	put(d, "suite.yaml", "items: [b.jsonl]\n");
	put(d, "b.jsonl", B);
	char *cwd = getcwd(NULL, 0);
	struct suite s;
	struct tri_err err;
	T_CHECK(cwd && chdir(root) == 0);
	T_EQ_INT(suite_load(&s, "bare", &err), 0);
	T_EQ_INT(s.n_items, 1);
	T_EQ_STR(s.name, "bare");
	suite_release(&s);
	T_CHECK(cwd && chdir(cwd) == 0);
	free(cwd);
	free(d);
}

/* Each error at its file:line:col; ROOT stands for the suite's directory. */
static void test_errors(void)
{
	static const struct {
		const char *yaml, *a, *b;
		const char *msg;
	} cases[] = {
		/* items[1] starts at column 18 of line 2: "items: [a.jsonl, " is 17 */
		{ "name: e\nitems: [a.jsonl, ../b.jsonl]\n", A, B,
		  "ROOT/suite.yaml:2:18: items[1] must be the name of a .jsonl file in the suite's "
		  "directory (no '/', not starting with '.'), such as twins.jsonl" },
		{ "name: e\nitems: [a.jsonl, sub/b.jsonl]\n", A, B,
		  "ROOT/suite.yaml:2:18: items[1] must be the name of a .jsonl file in the suite's "
		  "directory (no '/', not starting with '.'), such as twins.jsonl" },
		{ "name: e\nitems:\n  - a.jsonl\n  - b.txt\n", A, B,
		  "ROOT/suite.yaml:4:5: items[1] must be the name of a .jsonl file in the suite's "
		  "directory (no '/', not starting with '.'), such as twins.jsonl" },
		{ "name: e\nitems:\n  - a.jsonl\n  - 3\n", A, B,
		  "ROOT/suite.yaml:4:5: items[1] must be the name of a .jsonl file in the suite's "
		  "directory (no '/', not starting with '.'), such as twins.jsonl" },
		{ "name: e\nitems: [a.jsonl, missing.jsonl]\n", A, B,
		  "ROOT/suite.yaml:2:18: items[1]: ROOT/missing.jsonl: no such file (items: lists "
		  "the suite's item files, each in its directory)" },
		{ "name: e\nitems: a.jsonl\n", A, B,
		  "ROOT/suite.yaml:2:1: 'items' must be a list of the suite's .jsonl files, read in "
		  "order, such as [items.jsonl, twins.jsonl]" },
		{ "name: e\nitems: []\n", A, B,
		  "ROOT/suite.yaml:2:1: 'items' must be a list of the suite's .jsonl files, read in "
		  "order, such as [items.jsonl, twins.jsonl]" },
		{ "items: [a.jsonl, a.jsonl]\n", A, B,
		  "ROOT/suite.yaml:1:18: items[1]: 'a.jsonl' is listed twice (items[0])" },
		/* the second of two equal ids, at its own file and line */
		{ "items: [a.jsonl, b.jsonl]\n", A,
		  "{\"id\": \"w\", \"input\": \"?\"}\n\n{\"id\": \"y\", \"input\": \"?\"}\n",
		  "ROOT/b.jsonl:3:1: duplicate item id 'y' (first at ROOT/a.jsonl:3); ids must be "
		  "unique across the suite's files" },
		/* an item's error is at its own file's line */
		{ "items: [a.jsonl, b.jsonl]\n", A, "{\"id\": \"w\", \"input\": \"?\"}\n{\"id\": 1}\n",
		  "ROOT/b.jsonl:2: item has no string 'id'" },
		/* no item in any file: the directory says so */
		{ "items: [a.jsonl, b.jsonl]\n", "\n", "\n",
		  "ROOT: no items (one JSON object per line expected)" },
	};
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct buf name = BUF_INIT, want = BUF_INIT;
		buf_addf(&name, "err%zu", i);
		char *d = mkdir_in(name.s);
		put(d, "suite.yaml", cases[i].yaml);
		put(d, "a.jsonl", cases[i].a);
		put(d, "b.jsonl", cases[i].b);
		put(d, "tools.json", TOOLS);
		for (const char *m = cases[i].msg, *hit; *m; m = hit + 4) {
			hit = strstr(m, "ROOT");
			if (!hit) {
				buf_adds(&want, m);
				break;
			}
			buf_add(&want, m, (size_t)(hit - m));
			buf_adds(&want, d);
		}
		/* the same error whether the items are kept or only checked */
		for (int open = 0; open < 2; open++) {
			struct suite s;
			struct tri_err err;
			memset(&err, 0, sizeof(err));
			int r = open ? suite_open(&s, d, &err) : suite_load(&s, d, &err);
			T_EQ_INT(r, -1);
			T_EQ_INT(err.code, TRI_USAGE);
			T_EQ_STR(err.msg, want.s);
			if (r == 0)
				suite_release(&s);
		}
		buf_release(&name);
		buf_release(&want);
		free(d);
	}
}

struct seen {
	const struct suite *held;   /* the same suite loaded: what each item must be */
	size_t n;
	const size_t *want;         /* indices into held's items */
};

static int seen_item(void *ctx, const struct item *it, struct tri_err *err)
{
	struct seen *S = ctx;
	const struct item *h = &S->held->items[S->want[S->n++]];
	T_EQ_STR(it->id, h->id);
	T_EQ_STR(it->hash, h->hash);
	T_EQ_INT(it->difficulty, h->difficulty);
	char *a = dumps(it->json), *b = dumps(h->json);
	T_EQ_STR(a, b);
	free(a);
	free(b);
	return 0;
}

/* A suite opened (items checked, none kept) hands out, one at a time, the
 * items suite_load() keeps: the same ids, hashes and JSON, the same
 * --limit choice; a file changed since it was opened is an error. */
static void test_open(void)
{
	char *d = mkdir_in("open");
	put(d, "suite.yaml", "name: o\nitems: [a.jsonl, b.jsonl]\n");
	put(d, "a.jsonl", A);
	put(d, "b.jsonl", "{\"id\": \"z\", \"input\": \"2+2?\", \"answer\": \"4\"}\n"
	    "{\"id\": \"v\", \"input\": \"3+3?\", \"answer\": \"6\", \"difficulty\": 2}\n"
	    "{\"id\": \"u\", \"input\": \"4+4?\", \"answer\": \"8\"}\n");
	put(d, "tools.json", TOOLS);
	struct suite held, open;
	struct tri_err err;
	T_EQ_INT(suite_load(&held, d, &err), 0);
	T_EQ_INT(suite_open(&open, d, &err), 0);
	T_EQ_INT(open.n_items, 5);
	T_CHECK(open.items == NULL);
	T_EQ_STR(open.axis, held.axis);
	static const size_t all[] = { 0, 1, 2, 3, 4 };
	struct seen S = { &held, 0, all };
	T_EQ_INT(suite_each_item(&open, seen_item, &S, &err), 0);
	T_EQ_INT(S.n, 5);
	/* --limit 2 keeps items 0 and 2 of 5 (k * 5 / 2) */
	suite_limit(&open, 2);
	T_EQ_INT(open.n_items, 2);
	static const size_t two[] = { 0, 2 };
	S = (struct seen){ &held, 0, two };
	T_EQ_INT(suite_each_item(&open, seen_item, &S, &err), 0);
	T_EQ_INT(S.n, 2);
	/* an item file that changed after the suite was opened */
	put(d, "b.jsonl", B);
	S = (struct seen){ &held, 0, two };
	memset(&err, 0, sizeof(err));
	T_EQ_INT(suite_each_item(&open, seen_item, &S, &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
	T_CHECK(strstr(err.msg, "changed while it was read") != NULL);
	suite_release(&open);
	suite_release(&held);
	free(d);
}

/* Of several repeated ids, the first repeat in reading order is the one
 * reported, whichever way the suite is read. */
static void test_first_repeat(void)
{
	char *d = mkdir_in("repeat");
	put(d, "items.jsonl", "{\"id\": \"b\", \"input\": \"?\"}\n{\"id\": \"c\", \"input\": \"?\"}\n"
	    "{\"id\": \"c\", \"input\": \"?\"}\n{\"id\": \"b\", \"input\": \"?\"}\n");
	struct buf want = BUF_INIT;
	buf_addf(&want, "%s/items.jsonl:3:1: duplicate item id 'c' (first at line 2); ids must be "
		 "unique", d);
	for (int open = 0; open < 2; open++) {
		struct suite s;
		struct tri_err err;
		memset(&err, 0, sizeof(err));
		T_EQ_INT(open ? suite_open(&s, d, &err) : suite_load(&s, d, &err), -1);
		T_EQ_STR(err.msg, want.s);
	}
	buf_release(&want);
	free(d);
}

int main(void)
{
	if (!mkdtemp(root)) {
		perror("mkdtemp");
		return 1;
	}
	T_RUN(test_same_as_one_file);
	T_RUN(test_no_items_jsonl);
	T_RUN(test_errors);
	T_RUN(test_open);
	T_RUN(test_first_repeat);
	struct buf cmd = BUF_INIT;
	buf_addf(&cmd, "rm -rf '%s'", root);
	if (system(cmd.s) != 0)
		fprintf(stderr, "could not remove %s\n", root);
	buf_release(&cmd);
	return t_done("suite_files");
}
