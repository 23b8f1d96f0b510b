/* suite.c -- suites and their items (SPEC §5).
 *
 * Loading validates everything up front -- suite.yaml keys and types,
 * every line of items.jsonl, required item fields, grader types,
 * duplicate ids -- and reports the first problem as file:line:col, so that
 * nothing is planned or stored from a suite that is not entirely valid.
 *
 * A directory's items may span several files (suite.yaml's items: list,
 * default [items.jsonl]). They are read in the listed order into one item
 * array, and everything that looks at the items as a whole -- the header
 * line, the duplicate ids, "no items", the axis a suite without one gets
 * -- is decided once over all of them, so a suite split into files loads
 * exactly as the files concatenated would; only the file:line of a message
 * tells them apart.
 *
 * A suite directory's tools.json is read first, once, into an object keyed
 * by tool name; an item that names a tool gets that object in its "tools"
 * array (a reference shared by every item that names it) before the item
 * is checked and hashed, so the rest of the program never sees a name. */
#include <stddef.h>
#include <dirent.h>
#include <sys/stat.h>
#include "util.h"
#include "buf.h"
#include "suite.h"
#include "yaml.h"

static const char *const grader_types[] = {
	"exact", "numeric", "choice", "regex", "abstain", "canary",
	"refusal", "comply", "code", "impossible", "feasible", "tool_call", "no_tool", "judge",
};

static const char *const axes[] = { "capability", "calibration", "efficiency", "security" };

int suite_grader_known(const char *type)
{
	for (size_t i = 0; i < ARRAY_LEN(grader_types); i++)
		if (!strcmp(type, grader_types[i]))
			return 1;
	return 0;
}

static int in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s, list[i]))
			return 1;
	return 0;
}

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

/* ---- suite.yaml ---------------------------------------------------- */

static const char *const suite_keys[] = {
	"name", "version", "description", "axis", "grader", "template", "system",
	"abstain_token", "domains", "sources", "meta", "output_tokens", "items",
};

/* The files a suite directory's items are read from, in order: full paths
 * (owned). */
struct item_files {
	char **path;
	size_t n, alloc;
};

static void item_files_add(struct item_files *f, const char *dir, const char *name)
{
	struct buf b = BUF_INIT;
	buf_addf(&b, "%s/%s", dir, name);
	XGROW(f->path, f->alloc, f->n + 1);
	f->path[f->n++] = buf_detach(&b);
}

static void item_files_release(struct item_files *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->path[i]);
	free(f->path);
	memset(f, 0, sizeof(*f));
}

/* A name items: may list: a file of the suite directory itself, so a suite
 * never reads outside its directory. */
static int item_file_name_ok(const json_t *v)
{
	const char *n = json_string_value(v);
	return n && strlen(n) == json_string_length(v) && n[0] != '.' && !strchr(n, '/') &&
	       !strchr(n, '\\') && ends_with(n, ".jsonl") && strlen(n) > strlen(".jsonl");
}

/* suite.yaml's items: [a.jsonl, b.jsonl] into files (dir/a.jsonl, ...);
 * [items.jsonl] when absent. Each entry is checked, and must exist, at
 * its own place in suite.yaml. */
static int suite_yaml_items(const struct yaml_doc *d, const json_t *root, const char *dir,
			    struct item_files *files, struct tri_err *err)
{
	const json_t *list = json_object_get(root, "items"), *v;
	size_t i;
	if (!list) {
		item_files_add(files, dir, "items.jsonl");
		return 0;
	}
	if (!json_is_array(list) || !json_array_size(list))
		return yaml_member_err(d, root, "items", err, "'items' must be a list of the suite's "
				       ".jsonl files, read in order, such as [items.jsonl, twins.jsonl]");
	json_array_foreach(list, i, v) {
		long line, col;
		yaml_where(d, v, &line, &col);
		if (line <= 0)
			yaml_where_member(d, root, "items", &line, &col);
		if (!item_file_name_ok(v))
			return err_at(err, TRI_USAGE, d->path, line, col, "items[%zu] must be the name "
				      "of a .jsonl file in the suite's directory (no '/', not starting "
				      "with '.'), such as twins.jsonl", i);
		const char *name = json_string_value(v);
		for (size_t k = 0; k < i; k++)
			if (!strcmp(json_string_value(json_array_get(list, k)), name))
				return err_at(err, TRI_USAGE, d->path, line, col, "items[%zu]: '%s' is "
					      "listed twice (items[%zu])", i, name, k);
		item_files_add(files, dir, name);
		if (!is_file(files->path[files->n - 1]))
			return err_at(err, TRI_USAGE, d->path, line, col, "items[%zu]: %s: no such "
				      "file (items: lists the suite's item files, each in its "
				      "directory)", i, files->path[files->n - 1]);
	}
	return 0;
}

/* output_tokens, when given, is a whole number of tokens in range. */
static int output_tokens_ok(const json_t *v)
{
	return !v || (json_is_integer(v) && json_integer_value(v) >= 1 &&
		      json_integer_value(v) <= SUITE_MAX_OUTPUT_TOKENS);
}

/* An optional string member; numbers are accepted as their text (version: 2). */
static int opt_string(const struct yaml_doc *d, const json_t *root, const char *key,
		      char **out, struct tri_err *err)
{
	json_t *v = json_object_get(root, key);
	struct buf b = BUF_INIT;
	if (!v || json_is_null(v))
		return 0;
	if (json_is_string(v))
		buf_adds(&b, json_string_value(v));
	else if (json_is_integer(v))
		buf_addf(&b, "%lld", (long long)json_integer_value(v));
	else if (json_is_real(v))
		buf_addf(&b, "%g", json_real_value(v));
	else
		return yaml_member_err(d, root, key, err, "'%s' must be a string", key);
	free(*out);
	*out = buf_detach(&b);
	return 0;
}

static int check_grader(const json_t *g, const char *where_file, long line, long col,
			int need_type, struct tri_err *err)
{
	if (!json_is_object(g))
		return err_at(err, TRI_USAGE, where_file, line, col,
			      "'grader' must be an object such as {\"type\": \"exact\"}");
	json_t *t = json_object_get(g, "type");
	if (!t) {
		if (!need_type)
			return 0;
		return err_at(err, TRI_USAGE, where_file, line, col,
			      "grader has no 'type' (one of exact, numeric, choice, regex, "
			      "abstain, canary, refusal, comply, code, impossible, feasible, tool_call, "
			      "no_tool, judge)");
	}
	if (!json_is_string(t) || !suite_grader_known(json_string_value(t)))
		return err_at(err, TRI_USAGE, where_file, line, col,
			      "unknown grader type %s%s%s (one of exact, numeric, choice, "
			      "regex, abstain, canary, refusal, comply, code, impossible, feasible, "
			      "tool_call, no_tool, judge)",
			      json_is_string(t) ? "'" : "",
			      json_is_string(t) ? json_string_value(t) : "(not a string)",
			      json_is_string(t) ? "'" : "");
	return 0;
}

static int load_suite_yaml(struct suite *s, const char *path, const char *dir,
			   struct item_files *files, struct tri_err *err)
{
	struct yaml_doc d;
	int ret = -1;
	if (yaml_load_mapping(&d, path, "suite.yaml (name:, axis:, grader: ...)", err) < 0)
		goto out;
	json_t *root = d.root;
	if (yaml_check_keys(&d, root, "suite.yaml", suite_keys, ARRAY_LEN(suite_keys), err) < 0)
		goto out;
	if (opt_string(&d, root, "name", &s->name, err) < 0)
		goto out;
	if (opt_string(&d, root, "version", &s->version, err) < 0 ||
	    opt_string(&d, root, "description", &s->description, err) < 0 ||
	    opt_string(&d, root, "template", &s->template, err) < 0 ||
	    opt_string(&d, root, "system", &s->system, err) < 0 ||
	    opt_string(&d, root, "abstain_token", &s->abstain_token, err) < 0)
		goto out;
	char *axis = NULL;
	if (opt_string(&d, root, "axis", &axis, err) < 0)
		goto out;
	if (axis) {
		if (!in_list(axis, axes, ARRAY_LEN(axes))) {
			yaml_member_err(&d, root, "axis", err,
					"unknown axis '%s' (one of capability, calibration, "
					"efficiency, security)", axis);
			free(axis);
			goto out;
		}
		free(s->axis);
		s->axis = axis;
		s->axis_given = 1;
	}
	if (!output_tokens_ok(json_object_get(root, "output_tokens"))) {
		yaml_member_err(&d, root, "output_tokens", err,
				"output_tokens must be a whole number of tokens from 1 to %ld "
				"(a typical answer's length)", SUITE_MAX_OUTPUT_TOKENS);
		goto out;
	}
	if (s->template && !strstr(s->template, "{input}")) {
		yaml_member_err(&d, root, "template", err,
				"the template must contain {input}, where the item's input goes");
		goto out;
	}
	json_t *g = json_object_get(root, "grader");
	if (g) {
		long line, col;
		yaml_where_member(&d, root, "grader", &line, &col);
		if (check_grader(g, path, line, col, 1, err) < 0)
			goto out;
		json_decref(s->grader);
		s->grader = json_incref(g);
	}
	if (suite_yaml_items(&d, root, dir, files, err) < 0)
		goto out;
	s->meta = json_incref(root);
	ret = 0;
out:
	yaml_doc_release(&d);
	return ret;
}

/* ---- items.jsonl --------------------------------------------------- */

static const char *const item_keys[] = {
	"id", "input", "messages", "answer", "aliases", "grader", "category",
	"difficulty", "meta", "system", "choices", "tools", "tool_choice",
};

/* An assistant message's earlier tool calls: [{id, name, arguments}]. */
static int check_calls(const json_t *calls, size_t i, const char *file, long line,
		       struct tri_err *err)
{
	size_t k;
	json_t *c;
	if (!json_is_array(calls))
		return err_at(err, TRI_USAGE, file, line, 0,
			      "messages[%zu]: 'tool_calls' must be an array", i);
	json_array_foreach(calls, k, c)
		if (!json_is_string(json_object_get(c, "id")) ||
		    !json_is_string(json_object_get(c, "name")) ||
		    !json_is_object(json_object_get(c, "arguments")))
			return err_at(err, TRI_USAGE, file, line, 0,
				      "messages[%zu].tool_calls[%zu] needs string 'id' and 'name' and "
				      "an object 'arguments'", i, k);
	return 0;
}

/* One tool, {name, description, parameters}: tools[i] of an item, or of
 * the suite's tools.json (what names the array). */
static int check_tool(const json_t *t, const char *what, size_t i, const char *file, long line,
		      long col, struct tri_err *err)
{
	const json_t *d = json_object_get(t, "description");
	const json_t *p = json_object_get(t, "parameters");
	if (!json_is_string(json_object_get(t, "name")) || (d && !json_is_string(d)) ||
	    (p && !json_is_object(p)))
		return err_at(err, TRI_USAGE, file, line, col,
			      "%s[%zu] needs a string 'name', a string 'description' and an "
			      "object 'parameters' (a JSON schema)", what, i);
	return 0;
}

/* The tools an item offers, [{name, description, parameters}], and its
 * tool_choice: "auto", "none", "required" or {"name": NAME}. */
static int check_tools(const json_t *tools, const json_t *choice, const char *file, long line,
		       struct tri_err *err)
{
	size_t i;
	json_t *t;
	if (tools && (!json_is_array(tools) || !json_array_size(tools)))
		return err_at(err, TRI_USAGE, file, line, 0,
			      "'tools' must be a non-empty array of {name, description, parameters}");
	json_array_foreach(tools, i, t)
		if (check_tool(t, "tools", i, file, line, 0, err) < 0)
			return -1;
	if (!choice)
		return 0;
	const char *c = json_string_value(choice);
	if (c ? strcmp(c, "auto") && strcmp(c, "none") && strcmp(c, "required")
	      : !json_is_string(json_object_get(choice, "name")))
		return err_at(err, TRI_USAGE, file, line, 0,
			      "'tool_choice' must be \"auto\", \"none\", \"required\" or "
			      "{\"name\": TOOL}");
	if (!tools)
		return err_at(err, TRI_USAGE, file, line, 0, "'tool_choice' needs 'tools'");
	return 0;
}

/* tools.json: the suite's tool catalogue */

/* The line and column of each element of the top-level array in text,
 * which jansson has parsed already (so it is valid JSON): jansson keeps no
 * positions, and an error about the third tool should point at it.
 * Columns count characters, as jansson's do. Fills at most n entries. */
static void array_positions(const char *text, size_t len, size_t n, long *lines, long *cols)
{
	long line = 1, col = 0;
	int depth = 0, in_str = 0, esc = 0, want = 0;
	size_t k = 0;
	for (size_t i = 0; i < len && k < n; i++) {
		unsigned char c = (unsigned char)text[i];
		if ((c & 0xc0) != 0x80)
			col++;
		if (c == '\n') {
			line++;
			col = 0;
			continue;
		}
		if (in_str) {
			if (esc)
				esc = 0;
			else if (c == '\\')
				esc = 1;
			else if (c == '"')
				in_str = 0;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r')
			continue;
		if (want && depth == 1 && c != ']') {
			lines[k] = line;
			cols[k] = col;
			k++;
			want = 0;
		}
		if (c == '"')
			in_str = 1;
		else if (c == '[' || c == '{')
			want = ++depth == 1 && c == '[';
		else if (c == ']' || c == '}')
			depth--;
		else if (c == ',' && depth == 1)
			want = 1;
	}
}

/* A JSON array of tools into s->tools, an object keyed by name. */
int suite_parse_tools(struct suite *s, const char *path, const char *text, size_t len,
		      struct tri_err *err)
{
	long *lines = NULL, *cols = NULL;
	json_t *arr = NULL, *cat = NULL, *t;
	json_error_t je;
	size_t i;
	int ret = -1;
	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3)) {
		text += 3;   /* a UTF-8 byte order mark */
		len -= 3;
	}
	arr = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
	if (!arr) {
		err_at(err, TRI_USAGE, path, je.line > 0 ? je.line : 1,
		       je.column > 0 ? je.column : 1, "invalid JSON: %s", je.text);
		goto out;
	}
	if (!json_is_array(arr) || !json_array_size(arr)) {
		err_at(err, TRI_USAGE, path, 1, 1, "the tool catalogue must be a non-empty JSON array "
		       "of {name, description, parameters}");
		goto out;
	}
	size_t n = json_array_size(arr);
	lines = xcalloc(n, sizeof(*lines));
	cols = xcalloc(n, sizeof(*cols));
	array_positions(text, len, n, lines, cols);
	cat = json_object();
	if (!cat) {
		err_set(err, TRI_RUNTIME, "%s: out of memory", path);
		goto out;
	}
	json_array_foreach(arr, i, t) {
		if (check_tool(t, "tools", i, path, lines[i], cols[i], err) < 0)
			goto out;
		const char *name = json_string_value(json_object_get(t, "name"));
		if (json_object_get(cat, name)) {
			size_t first = 0;
			while (strcmp(json_string_value(json_object_get(json_array_get(arr, first),
									 "name")), name))
				first++;
			err_at(err, TRI_USAGE, path, lines[i], cols[i], "duplicate tool name '%s' (first "
			       "at line %ld); names must be unique", name, lines[first]);
			goto out;
		}
		if (json_object_set(cat, name, t) < 0) {
			err_set(err, TRI_RUNTIME, "%s: out of memory", path);
			goto out;
		}
	}
	json_decref(s->tools);
	s->tools = cat;
	cat = NULL;
	ret = 0;
out:
	json_decref(arr);
	json_decref(cat);
	free(lines);
	free(cols);
	return ret;
}

static int load_tools(struct suite *s, const char *path, struct tri_err *err)
{
	struct buf b = BUF_INIT;
	int ret = -1;
	if (buf_read_file(&b, path, 0) < 0) {
		err_set(err, TRI_USAGE, "%s: cannot read: %s", path, strerror(errno));
		goto out;
	}
	ret = suite_parse_tools(s, path, b.s, b.len, err);
out:
	buf_release(&b);
	return ret;
}

/* Replace each tool an item names by string with the catalogue's object
 * (a shared reference). Anything else is left for check_tools(). */
static int resolve_tools(json_t *tools, const json_t *catalogue, const char *file, long line,
			 struct tri_err *err)
{
	size_t i;
	json_t *t;
	if (!json_is_array(tools))
		return 0;
	json_array_foreach(tools, i, t) {
		const char *name = json_string_value(t);
		if (!name)
			continue;
		if (!catalogue)
			return err_at(err, TRI_USAGE, file, line, 0,
				      "tools[%zu] names the tool '%s', which needs a tools.json catalogue "
				      "next to the items (a suite directory with items.jsonl and "
				      "tools.json; a bare .jsonl file has none)", i, name);
		json_t *def = json_object_get(catalogue, name);
		if (!def)
			return err_at(err, TRI_USAGE, file, line, 0,
				      "tools[%zu] names the tool '%s', which is not in the suite's "
				      "tools.json", i, name);
		if (json_array_set(tools, i, def) < 0)
			return err_at(err, TRI_RUNTIME, file, line, 0, "out of memory");
	}
	return 0;
}

static int check_messages(const json_t *m, const char *file, long line, struct tri_err *err)
{
	size_t i;
	json_t *msg;
	if (!json_is_array(m) || json_array_size(m) == 0)
		return err_at(err, TRI_USAGE, file, line, 0,
			      "'messages' must be a non-empty array of {role, content}");
	json_array_foreach(m, i, msg) {
		json_t *role = json_object_get(msg, "role");
		json_t *content = json_object_get(msg, "content");
		if (!json_is_string(role) || !json_is_string(content))
			return err_at(err, TRI_USAGE, file, line, 0,
				      "messages[%zu] needs string 'role' and 'content'", i);
		const char *r = json_string_value(role);
		json_t *calls = json_object_get(msg, "tool_calls");
		if (strcmp(r, "system") && strcmp(r, "user") && strcmp(r, "assistant") &&
		    strcmp(r, "tool"))
			return err_at(err, TRI_USAGE, file, line, 0,
				      "messages[%zu]: role '%s' is not system, user, assistant or tool",
				      i, r);
		if (calls && strcmp(r, "assistant"))
			return err_at(err, TRI_USAGE, file, line, 0,
				      "messages[%zu]: only an assistant message has 'tool_calls'", i);
		if (calls && check_calls(calls, i, file, line, err) < 0)
			return -1;
		if (calls && !json_array_size(calls))
			return err_at(err, TRI_USAGE, file, line, 0,
				      "messages[%zu]: 'tool_calls' is empty (leave it out)", i);
		if (!json_string_length(content) && !json_array_size(calls))
			return err_at(err, TRI_USAGE, file, line, 0,
				      "messages[%zu] has no content and no tool calls", i);
		if (!strcmp(r, "tool") && !json_is_string(json_object_get(msg, "tool_call_id")))
			return err_at(err, TRI_USAGE, file, line, 0,
				      "messages[%zu]: a tool message needs a string 'tool_call_id'", i);
	}
	return 0;
}

static int check_item(struct item *it, json_t *o, const json_t *catalogue, const char *file,
		      long line, struct tri_err *err)
{
	const char *key;
	json_t *v;
	if (!json_is_object(o))
		return err_at(err, TRI_USAGE, file, line, 1, "an item must be a JSON object");
	json_object_foreach(o, key, v) {
		if (!in_list(key, item_keys, ARRAY_LEN(item_keys)))
			return err_at(err, TRI_USAGE, file, line, 0,
				      "unknown item key '%s' (put extra data under \"meta\")", key);
	}
	json_t *id = json_object_get(o, "id");
	if (!json_is_string(id) || !*json_string_value(id))
		return err_at(err, TRI_USAGE, file, line, 0, "item has no string 'id'");
	json_t *input = json_object_get(o, "input");
	json_t *msgs = json_object_get(o, "messages");
	if (!!input == !!msgs)
		return err_at(err, TRI_USAGE, file, line, 0,
			      "item '%s' needs exactly one of 'input' (a string) or 'messages'",
			      json_string_value(id));
	if (input && !json_is_string(input))
		return err_at(err, TRI_USAGE, file, line, 0, "'input' must be a string");
	if (msgs && check_messages(msgs, file, line, err) < 0)
		return -1;
	if (resolve_tools(json_object_get(o, "tools"), catalogue, file, line, err) < 0 ||
	    check_tools(json_object_get(o, "tools"), json_object_get(o, "tool_choice"), file, line,
			err) < 0)
		return -1;
	json_t *aliases = json_object_get(o, "aliases");
	if (aliases) {
		size_t i;
		json_t *a;
		if (!json_is_array(aliases))
			return err_at(err, TRI_USAGE, file, line, 0, "'aliases' must be an array of strings");
		json_array_foreach(aliases, i, a)
			if (!json_is_string(a))
				return err_at(err, TRI_USAGE, file, line, 0,
					      "'aliases' must be an array of strings");
	}
	json_t *g = json_object_get(o, "grader");
	if (g && check_grader(g, file, line, 0, 0, err) < 0)
		return -1;
	json_t *cat = json_object_get(o, "category");
	if (cat && !json_is_string(cat))
		return err_at(err, TRI_USAGE, file, line, 0, "'category' must be a string");
	json_t *diff = json_object_get(o, "difficulty");
	if (diff && (!json_is_integer(diff) || json_integer_value(diff) < 1 ||
		     json_integer_value(diff) > 5))
		return err_at(err, TRI_USAGE, file, line, 0, "'difficulty' must be an integer 1-5");
	json_t *meta = json_object_get(o, "meta");
	if (meta && !json_is_object(meta))
		return err_at(err, TRI_USAGE, file, line, 0, "'meta' must be an object");
	json_t *sys = json_object_get(o, "system");
	if (sys && !json_is_string(sys))
		return err_at(err, TRI_USAGE, file, line, 0, "'system' must be a string");

	it->id = xstrdup(json_string_value(id));
	it->category = cat ? xstrdup(json_string_value(cat)) : NULL;
	it->difficulty = diff ? (int)json_integer_value(diff) : 0;
	it->json = json_incref(o);
	char *canon = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII);
	if (!canon)
		return err_at(err, TRI_RUNTIME, file, line, 0, "cannot serialise item");
	sha256_hex(canon, strlen(canon), it->hash);
	free(canon);
	return 0;
}

/* Where each item id was read, to find duplicates across all the files of
 * a suite: file and id are borrowed (the file's path outlives the check,
 * the id is the item's own). */
struct idline {
	const char *id, *file;
	size_t file_no;
	long line;
};

struct idlines {
	struct idline *v;
	size_t n, alloc;
};

static int cmp_idline(const void *a, const void *b)
{
	const struct idline *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	if (c)
		return c;
	if (x->file_no != y->file_no)
		return (x->file_no > y->file_no) - (x->file_no < y->file_no);
	return (x->line > y->line) - (x->line < y->line);
}

/* A header line {"suite": {...}}: the suite's settings, for a .jsonl. */
static int apply_header(struct suite *s, const json_t *h, const char *path, long line,
			struct tri_err *err)
{
	static const char *const keys[] = {
		"name", "version", "description", "axis", "grader", "template", "system",
		"abstain_token", "domains", "sources", "meta", "output_tokens",
	};
	const char *key;
	json_t *v;
	if (!json_is_object(h))
		return err_at(err, TRI_USAGE, path, line, 1, "the header's \"suite\" must be an "
			      "object such as {\"axis\": \"security\"}");
	json_object_foreach((json_t *)h, key, v) {
		if (!in_list(key, keys, ARRAY_LEN(keys)))
			return err_at(err, TRI_USAGE, path, line, 1, "unknown suite key '%s' in the "
				      "header (one of the keys of suite.yaml)", key);
		int str = !strcmp(key, "name") || !strcmp(key, "version") ||
			  !strcmp(key, "description") || !strcmp(key, "axis") ||
			  !strcmp(key, "template") || !strcmp(key, "system") ||
			  !strcmp(key, "abstain_token");
		if (str && !json_is_string(v))
			return err_at(err, TRI_USAGE, path, line, 1, "the header's '%s' must be a string",
				      key);
		if (!strcmp(key, "output_tokens") && !output_tokens_ok(v))
			return err_at(err, TRI_USAGE, path, line, 1, "the header's output_tokens must be "
				      "a whole number of tokens from 1 to %ld (a typical answer's "
				      "length)", SUITE_MAX_OUTPUT_TOKENS);
	}
	const char *axis = json_string_value(json_object_get(h, "axis"));
	if (axis && !in_list(axis, axes, ARRAY_LEN(axes)))
		return err_at(err, TRI_USAGE, path, line, 1, "unknown axis '%s' (one of capability, "
			      "calibration, efficiency, security)", axis);
	json_t *g = json_object_get(h, "grader");
	if (g && check_grader(g, path, line, 1, 1, err) < 0)
		return -1;
	static const struct { const char *key; size_t off; } strs[] = {
		{ "name", offsetof(struct suite, name) }, { "version", offsetof(struct suite, version) },
		{ "description", offsetof(struct suite, description) },
		{ "template", offsetof(struct suite, template) },
		{ "system", offsetof(struct suite, system) },
		{ "abstain_token", offsetof(struct suite, abstain_token) },
	};
	for (size_t i = 0; i < ARRAY_LEN(strs); i++) {
		const char *val = json_string_value(json_object_get(h, strs[i].key));
		if (!val)
			continue;
		char **dst = (char **)((char *)s + strs[i].off);
		free(*dst);
		*dst = xstrdup(val);
	}
	if (axis) {
		free(s->axis);
		s->axis = xstrdup(axis);
		s->axis_given = 1;
	}
	if (g) {
		json_decref(s->grader);
		s->grader = json_deep_copy(g);
	}
	json_decref(s->meta);
	s->meta = json_deep_copy(h);
	return 0;
}

static int security_grader(const char *type)
{
	return type && (!strcmp(type, "canary") || !strcmp(type, "refusal") ||
			!strcmp(type, "comply") || !strcmp(type, "code"));
}

int suite_set_axis(struct suite *s, const char *axis, struct tri_err *err)
{
	if (!in_list(axis, axes, ARRAY_LEN(axes)))
		return err_set(err, TRI_USAGE, "--axis: unknown axis '%s' (one of capability, "
			       "calibration, efficiency, security)", axis);
	if (s->axis_given)
		return 0;
	free(s->axis);
	s->axis = xstrdup(axis);
	s->axis_given = 1;
	return 0;
}

/* The lines of one file of the suite's items (the file_no-th) into s,
 * each item's id and place into ids. The checks that concern all the
 * items at once are finish_items()'s. */
static int parse_lines(struct suite *s, const char *path, size_t file_no, const char *text,
		       size_t len, struct idlines *ids, struct tri_err *err)
{
	long lineno = 0;
	const char *start = text;
	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3))
		start += 3;   /* a UTF-8 byte order mark, as some editors write */
	for (const char *p = start, *end = text + len; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		lineno++;
		const char *q = p;
		p += n + 1;
		while (n && (q[n - 1] == '\r' || q[n - 1] == ' ' || q[n - 1] == '\t'))
			n--;
		size_t lead = 0;
		while (lead < n && (q[lead] == ' ' || q[lead] == '\t'))
			lead++;
		if (lead == n)
			continue;
		json_error_t je;
		json_t *o = json_loadb(q, n, JSON_REJECT_DUPLICATES, &je);
		if (!o)
			return err_at(err, TRI_USAGE, path, lineno, je.column > 0 ? je.column : 1,
				      "invalid JSON: %s", je.text);
		if (s->n_items == 0 && json_object_size(o) == 1 && json_object_get(o, "suite")) {
			/* the header: the suite's settings */
			int r = apply_header(s, json_object_get(o, "suite"), path, lineno, err);
			json_decref(o);
			if (r < 0)
				return -1;
			continue;
		}
		XGROW(s->items, s->alloc_items, s->n_items + 1);
		struct item *it = &s->items[s->n_items];
		memset(it, 0, sizeof(*it));
		int r = check_item(it, o, s->tools, path, lineno, err);
		json_decref(o);
		if (r < 0)
			return -1;
		s->n_items++;
		XGROW(ids->v, ids->alloc, ids->n + 1);
		ids->v[ids->n++] = (struct idline){ .id = it->id, .file = path, .file_no = file_no,
						    .line = lineno };
	}
	return 0;
}

/* After the last file: at least one item, ids unique across the files (the
 * second of two is the error, at its file:line), and the axis of a suite
 * that does not say one. what names the items in the "no items" message. */
static int finish_items(struct suite *s, const char *what, struct idlines *ids,
			struct tri_err *err)
{
	if (s->n_items == 0)
		return err_set(err, TRI_USAGE, "%s: no items (one JSON object per line expected)",
			       what);
	if (!s->axis_given) {
		/* no axis said: items all graded as security tests are a security suite */
		int all = 1;
		for (size_t i = 0; i < s->n_items && all; i++) {
			json_t *g = suite_item_grader(s, &s->items[i]);
			all = security_grader(json_string_value(json_object_get(g, "type")));
			json_decref(g);
		}
		if (all) {
			free(s->axis);
			s->axis = xstrdup("security");
		}
	}
	qsort(ids->v, ids->n, sizeof(*ids->v), cmp_idline);
	for (size_t i = 1; i < ids->n; i++) {
		const struct idline *a = &ids->v[i - 1], *b = &ids->v[i];
		if (strcmp(a->id, b->id))
			continue;
		if (a->file_no == b->file_no)
			return err_at(err, TRI_USAGE, b->file, b->line, 1, "duplicate item id '%s' "
				      "(first at line %ld); ids must be unique", b->id, a->line);
		return err_at(err, TRI_USAGE, b->file, b->line, 1, "duplicate item id '%s' (first "
			      "at %s:%ld); ids must be unique across the suite's files", b->id,
			      a->file, a->line);
	}
	return 0;
}

int suite_parse_items(struct suite *s, const char *path, const char *text, size_t len,
		      struct tri_err *err)
{
	struct idlines ids = { 0 };
	int ret = -1;
	if (parse_lines(s, path, 0, text, len, &ids, err) == 0)
		ret = finish_items(s, path, &ids, err);
	free(ids.v);
	return ret;
}

/* Read the items of files, in order, as one text would be read. what
 * names them in the "no items" message. */
static int load_items(struct suite *s, const struct item_files *files, const char *what,
		      struct tri_err *err)
{
	struct buf b = BUF_INIT;
	struct idlines ids = { 0 };
	int ret = -1;
	for (size_t i = 0; i < files->n; i++) {
		const char *path = files->path[i];
		buf_reset(&b);
		if (buf_read_file(&b, path, 0) < 0) {
			if (errno == EISDIR)
				err_set(err, TRI_USAGE, "%s is a directory: give a .jsonl file", path);
			else
				err_set(err, TRI_USAGE, "%s: cannot read: %s", path, strerror(errno));
			goto out;
		}
		if (parse_lines(s, path, i, b.s, b.len, &ids, err) < 0)
			goto out;
	}
	ret = finish_items(s, what, &ids, err);
out:
	free(ids.v);
	buf_release(&b);
	return ret;
}

/* Does the directory hold a suite? It does when it has suite.yaml (whose
 * items: may name the item files) or items.jsonl. */
static int holds_suite(const char *dir)
{
	struct buf p = BUF_INIT;
	buf_addf(&p, "%s/suite.yaml", dir);
	int yes = is_file(p.s);
	if (!yes) {
		buf_reset(&p);
		buf_addf(&p, "%s/items.jsonl", dir);
		yes = is_file(p.s);
	}
	buf_release(&p);
	return yes;
}

/* The file name without directories and without suffix. */
static char *base_name(const char *path, const char *suffix)
{
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	size_t start = n;
	while (start > 0 && path[start - 1] != '/')
		start--;
	size_t len = n - start;
	size_t sl = strlen(suffix);
	if (len > sl && !strncmp(path + n - sl, suffix, sl))
		len -= sl;
	return xstrndup(path + start, len);
}

int suite_load(struct suite *s, const char *spec, struct tri_err *err)
{
	struct buf dir = BUF_INIT, p = BUF_INIT;
	struct item_files files = { 0 };
	int ret = -1;
	memset(s, 0, sizeof(*s));
	s->axis = xstrdup("capability");
	s->grader = json_pack("{s:s}", "type", "exact");
	if (!s->grader) {
		err_set(err, TRI_RUNTIME, "out of memory");
		goto out;
	}

	if (is_file(spec) && ends_with(spec, ".jsonl")) {
		s->name = base_name(spec, ".jsonl");
		s->path = xstrdup(spec);
		XGROW(files.path, files.alloc, 1);
		files.path[files.n++] = xstrdup(spec);
		ret = load_items(s, &files, spec, err);
		goto out;
	}
	/* a directory that holds a suite; a bare name is a built-in one unless
	 * a suite of that name is here (a directory that only shares the
	 * name, such as a project's tools/, is not one) */
	if (is_dir(spec) && (strchr(spec, '/') || holds_suite(spec)))
		buf_adds(&dir, spec);
	else if (!strchr(spec, '/'))
		buf_addf(&dir, "%s/suites/%s", tri_home(), spec);
	if (!dir.len || !is_dir(dir.s)) {
		err_set(err, TRI_USAGE,
			"suite '%s' not found: give a built-in name (trilemma suites list), "
			"a directory with suite.yaml and items.jsonl, or a .jsonl file", spec);
		goto out;
	}
	s->name = base_name(dir.s, "");
	s->path = xstrdup(dir.s);
	buf_addf(&p, "%s/suite.yaml", dir.s);
	if (is_file(p.s)) {
		if (load_suite_yaml(s, p.s, dir.s, &files, err) < 0)
			goto out;
	} else {
		item_files_add(&files, dir.s, "items.jsonl");
	}
	buf_reset(&p);
	buf_addf(&p, "%s/tools.json", dir.s);
	if (is_file(p.s) && load_tools(s, p.s, err) < 0)
		goto out;
	ret = load_items(s, &files, files.n == 1 ? files.path[0] : dir.s, err);
out:
	item_files_release(&files);
	buf_release(&dir);
	buf_release(&p);
	if (ret < 0)
		suite_release(s);
	return ret;
}

void suite_release(struct suite *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_items; i++) {
		free(s->items[i].id);
		free(s->items[i].category);
		json_decref(s->items[i].json);
	}
	free(s->items);
	free(s->name);
	free(s->version);
	free(s->description);
	free(s->axis);
	free(s->path);
	free(s->template);
	free(s->system);
	free(s->abstain_token);
	json_decref(s->grader);
	json_decref(s->meta);
	json_decref(s->tools);
	memset(s, 0, sizeof(*s));
}

json_t *suite_item_grader(const struct suite *s, const struct item *it)
{
	json_t *g = s->grader ? json_deep_copy(s->grader) : json_object();
	json_t *own = json_object_get(it->json, "grader");
	if (own) {
		/* a different type replaces the default's options entirely */
		json_t *t = json_object_get(own, "type");
		json_t *dt = json_object_get(g, "type");
		if (t && dt && !json_equal(t, dt)) {
			json_decref(g);
			g = json_object();
		}
		json_object_update(g, own);
	}
	return g;
}

static void add_msg(json_t *arr, const char *role, const char *content)
{
	json_array_append_new(arr, json_pack("{s:s,s:s}", "role", role, "content", content));
}

const char *item_question(const struct item *it)
{
	const json_t *in = json_object_get(it->json, "input");
	if (json_is_string(in))
		return json_string_value(in);
	const json_t *msgs = json_object_get(it->json, "messages"), *m;
	const char *last = NULL;
	size_t i;
	json_array_foreach(msgs, i, m) {
		const char *role = json_string_value(json_object_get(m, "role"));
		const char *c = json_string_value(json_object_get(m, "content"));
		if (role && c && !strcmp(role, "user"))
			last = c;
	}
	return last;
}

json_t *suite_item_messages(const struct suite *s, const struct item *it)
{
	json_t *out = json_array();
	json_t *sys = json_object_get(it->json, "system");
	json_t *msgs = json_object_get(it->json, "messages");
	if (json_is_string(sys))
		add_msg(out, "system", json_string_value(sys));
	else if (s->system)
		add_msg(out, "system", s->system);
	if (msgs) {
		size_t i;
		json_t *m;
		json_array_foreach(msgs, i, m) {
			const char *role = json_string_value(json_object_get(m, "role"));
			if (!strcmp(role, "system") && (json_is_string(sys) || s->system))
				continue;  /* the item's own system message wins over both */
			json_array_append(out, m);
		}
		return out;
	}
	const char *input = json_string_value(json_object_get(it->json, "input"));
	if (!s->template) {
		add_msg(out, "user", input);
		return out;
	}
	struct buf b = BUF_INIT;
	const char *t = s->template, *hit;
	while ((hit = strstr(t, "{input}"))) {
		buf_add(&b, t, (size_t)(hit - t));
		buf_adds(&b, input);
		t = hit + strlen("{input}");
	}
	buf_adds(&b, t);
	add_msg(out, "user", b.s);
	buf_release(&b);
	return out;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int suite_builtin_names(char ***names, size_t *n, struct tri_err *err)
{
	struct buf dir = BUF_INIT, p = BUF_INIT;
	size_t alloc = 0;
	*names = NULL;
	*n = 0;
	buf_addf(&dir, "%s/suites", tri_home());
	DIR *d = opendir(dir.s);
	if (!d) {
		err_set(err, TRI_RUNTIME, "%s: cannot open the built-in suites: %s "
			"(set TRILEMMA_HOME to the directory holding suites/)", dir.s, strerror(errno));
		buf_release(&dir);
		return -1;
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		buf_reset(&p);
		buf_addf(&p, "%s/%s", dir.s, de->d_name);
		if (!holds_suite(p.s))
			continue;
		XGROW(*names, alloc, *n + 1);
		(*names)[(*n)++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (*n)
		qsort(*names, *n, sizeof(**names), cmp_str);
	buf_release(&dir);
	buf_release(&p);
	return 0;
}

static void set_opt(json_t *o, const char *k, const char *v)
{
	json_object_set_new(o, k, v ? json_string(v) : json_null());
}

json_t *suite_header(const struct suite *s)
{
	json_t *o = json_object();
	set_opt(o, "name", s->name);
	set_opt(o, "version", s->version);
	set_opt(o, "description", s->description);
	set_opt(o, "axis", s->axis);
	set_opt(o, "path", s->path);
	set_opt(o, "template", s->template);
	set_opt(o, "system", s->system);
	set_opt(o, "abstain_token", s->abstain_token);
	json_object_set(o, "grader", s->grader ? s->grader : json_null());
	json_object_set(o, "meta", s->meta ? s->meta : json_null());
	return o;
}

static char *dup_opt(const json_t *o, const char *k)
{
	const char *v = json_string_value(json_object_get(o, k));
	return v ? xstrdup(v) : NULL;
}

int suite_from_header(struct suite *s, const json_t *h, struct tri_err *err)
{
	memset(s, 0, sizeof(*s));
	if (!json_is_object(h) || !json_is_string(json_object_get(h, "name")))
		return err_set(err, TRI_RUNTIME, "the store holds a damaged suite record");
	s->name = dup_opt(h, "name");
	s->version = dup_opt(h, "version");
	s->description = dup_opt(h, "description");
	s->axis = dup_opt(h, "axis");
	if (!s->axis)
		s->axis = xstrdup("capability");
	s->path = dup_opt(h, "path");
	s->template = dup_opt(h, "template");
	s->system = dup_opt(h, "system");
	s->abstain_token = dup_opt(h, "abstain_token");
	json_t *g = json_object_get(h, "grader");
	s->grader = json_is_object(g) ? json_incref(g) : json_pack("{s:s}", "type", "exact");
	json_t *m = json_object_get(h, "meta");
	s->meta = json_is_object(m) ? json_incref(m) : NULL;
	return 0;
}

int suite_add_item(struct suite *s, json_t *o, struct tri_err *err)
{
	XGROW(s->items, s->alloc_items, s->n_items + 1);
	struct item *it = &s->items[s->n_items];
	memset(it, 0, sizeof(*it));
	if (check_item(it, o, s->tools, s->name, 0, err) < 0)
		return -1;
	s->n_items++;
	return 0;
}

void suite_limit(struct suite *s, long limit)
{
	if (limit <= 0 || (size_t)limit >= s->n_items)
		return;
	size_t n = s->n_items, keep = (size_t)limit;
	struct item *v = xcalloc(keep, sizeof(*v));
	char *taken = xcalloc(n, 1);
	for (size_t k = 0; k < keep; k++) {
		size_t i = k * n / keep;
		v[k] = s->items[i];
		taken[i] = 1;
	}
	for (size_t i = 0; i < n; i++)
		if (!taken[i]) {
			free(s->items[i].id);
			free(s->items[i].category);
			json_decref(s->items[i].json);
		}
	free(taken);
	free(s->items);
	s->items = v;
	s->n_items = s->alloc_items = keep;
}

long suite_output_tokens(const struct suite *s)
{
	const json_t *v = json_object_get(s->meta, "output_tokens");
	return json_is_integer(v) && output_tokens_ok(v) ? (long)json_integer_value(v)
							 : SUITE_OUTPUT_TOKENS_DEFAULT;
}
