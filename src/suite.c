/* suite.c -- suites and their items (SPEC §5).
 *
 * Loading validates everything up front -- suite.yaml keys and types,
 * every line of items.jsonl, required item fields, grader types,
 * duplicate ids -- and reports the first problem as file:line:col, so that
 * nothing is planned or stored from a suite that is not entirely valid.
 *
 * A directory's items may span several files (suite.yaml's items: list,
 * default [items.jsonl]). They are read line by line in the listed order,
 * as one text, and everything that looks at the items as a whole -- the header
 * line, the duplicate ids, "no items", the axis a suite without one gets
 * -- is decided once over all of them, so a suite split into files loads
 * exactly as the files concatenated would; only the file:line of a message
 * tells them apart.
 *
 * suite_load() keeps the items; suite_open() makes the same checks and
 * keeps none, and suite_each_item() reads them again one at a time: what a
 * run's planning uses, so that a suite of a million items costs 16 bytes
 * an item while it is checked (the id hashes) and nothing after.
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

/* Add dir/name to the files a suite's items are read from. */
static void item_files_add(struct suite *s, const char *dir, const char *name)
{
	struct buf b = BUF_INIT;
	buf_addf(&b, "%s/%s", dir, name);
	XGROW(s->files, s->alloc_files, s->n_files + 1);
	s->files[s->n_files++] = buf_detach(&b);
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
			    struct suite *s, struct tri_err *err)
{
	const json_t *list = json_object_get(root, "items"), *v;
	size_t i;
	if (!list) {
		item_files_add(s, dir, "items.jsonl");
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
		item_files_add(s, dir, name);
		if (!is_file(s->files[s->n_files - 1]))
			return err_at(err, TRI_USAGE, d->path, line, col, "items[%zu]: %s: no such "
				      "file (items: lists the suite's item files, each in its "
				      "directory)", i, s->files[s->n_files - 1]);
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
			   struct tri_err *err)
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
	if (suite_yaml_items(&d, root, dir, s, err) < 0)
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

/* Check item o and fill it; with hash 0 its hash is left empty (a suite
 * being opened checks its items and keeps none). */
static int check_item(struct item *it, json_t *o, const json_t *catalogue, const char *file,
		      long line, int hash, struct tri_err *err)
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
	if (!hash)
		return 0;
	char *canon = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII);
	if (!canon)
		return err_at(err, TRI_RUNTIME, file, line, 0, "cannot serialise item");
	sha256_hex(canon, strlen(canon), it->hash);
	free(canon);
	return 0;
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

/* ---- reading the item files ---------------------------------------- */

/* Where each item was read, to find duplicate ids across all the files of
 * a suite without holding the ids: the first 64 bits of the id's SHA-256,
 * the file and the line. Items whose hashes agree are compared by their
 * ids, read again from their lines (check_ids). 16 bytes an item. */
struct idline {
	uint64_t h;
	uint32_t file_no, line;
};

struct idlines {
	struct idline *v;
	size_t n, alloc;
};

static uint64_t id_hash(const char *id)
{
	char hex[65];
	uint64_t h = 0;
	sha256_hex(id, strlen(id), hex);
	for (int i = 0; i < 16; i++)
		h = h << 4 | (uint64_t)(hex[i] <= '9' ? hex[i] - '0' : hex[i] - 'a' + 10);
	return h;
}

static int cmp_place(const struct idline *x, const struct idline *y)
{
	if (x->file_no != y->file_no)
		return (x->file_no > y->file_no) - (x->file_no < y->file_no);
	return (x->line > y->line) - (x->line < y->line);
}

static int cmp_idline(const void *a, const void *b)
{
	const struct idline *x = a, *y = b;
	if (x->h != y->h)
		return (x->h > y->h) - (x->h < y->h);
	return cmp_place(x, y);
}

static int cmp_idline_place(const void *a, const void *b)
{
	return cmp_place(a, b);
}

/* How a suite's item files are read, line by line: into the suite
 * (suite_load), checked and counted only (suite_open), or each item
 * handed to a function and freed (suite_each_item). */
enum read_mode { READ_LOAD, READ_OPEN, READ_EACH };

struct items_read {
	enum read_mode mode;
	struct suite *dst;          /* LOAD, OPEN: the suite read into */
	const struct suite *s;      /* the suite whose settings apply */
	const char *const *paths;   /* the files, by file_no */
	const char *text;           /* or one text (suite_parse_items), as file 0 */
	size_t text_len;
	const char *text_path;      /* the text's name in messages */
	size_t n;                   /* items read so far (a header is not one) */
	struct idlines ids;         /* LOAD, OPEN: every item's id hash and place */
	int all_security;           /* LOAD, OPEN: every item so far graded as a security test */
	size_t kept;                /* EACH: items handed out */
	int (*fn)(void *ctx, const struct item *it, struct tri_err *err);
	void *ctx;
};

static void item_clear(struct item *it)
{
	free(it->id);
	free(it->category);
	json_decref(it->json);
	memset(it, 0, sizeof(*it));
}

/* EACH: is the idx-th item of the files one suite_limit() kept? Items
 * k * n / keep for k = 0 .. keep-1 (strictly increasing, as keep < n). */
static int wanted(const struct items_read *R, size_t idx)
{
	const struct suite *s = R->s;
	if (s->n_items >= s->n_read)
		return 1;
	return R->kept < s->n_items && idx == R->kept * s->n_read / s->n_items;
}

/* One line (without its newline) of file file_no. */
static int read_line(struct items_read *R, const char *path, size_t file_no, long lineno,
		     const char *q, size_t n, struct tri_err *err)
{
	while (n && (q[n - 1] == '\r' || q[n - 1] == ' ' || q[n - 1] == '\t'))
		n--;
	size_t lead = 0;
	while (lead < n && (q[lead] == ' ' || q[lead] == '\t'))
		lead++;
	if (lead == n)
		return 0;
	if (R->mode == READ_EACH && R->n > 0 && !wanted(R, R->n)) {
		R->n++;   /* an item left out by --limit: checked when the suite was opened */
		return 0;
	}
	if (lineno > (long)UINT32_MAX || file_no > UINT32_MAX)
		return err_at(err, TRI_USAGE, path, lineno, 1, "too many lines in one suite");
	json_error_t je;
	json_t *o = json_loadb(q, n, JSON_REJECT_DUPLICATES, &je);
	if (!o)
		return err_at(err, TRI_USAGE, path, lineno, je.column > 0 ? je.column : 1,
			      "invalid JSON: %s", je.text);
	if (R->n == 0 && json_object_size(o) == 1 && json_object_get(o, "suite")) {
		/* the header: the suite's settings (applied when the suite was read) */
		int r = R->mode == READ_EACH ? 0
			: apply_header(R->dst, json_object_get(o, "suite"), path, lineno, err);
		json_decref(o);
		return r;
	}
	struct item tmp = { 0 }, *it = &tmp;
	if (R->mode == READ_LOAD) {
		struct suite *s = R->dst;
		XGROW(s->items, s->alloc_items, s->n_items + 1);
		it = &s->items[s->n_items];
		memset(it, 0, sizeof(*it));
	}
	int r = check_item(it, o, R->s->tools, path, lineno, R->mode != READ_OPEN, err);
	json_decref(o);
	if (r < 0) {
		item_clear(it);
		return -1;
	}
	R->n++;
	if (R->mode == READ_EACH) {
		R->kept++;
		r = R->fn(R->ctx, it, err);
		item_clear(it);
		return r;
	}
	if (R->mode == READ_LOAD)
		R->dst->n_items++;
	XGROW(R->ids.v, R->ids.alloc, R->ids.n + 1);
	R->ids.v[R->ids.n++] = (struct idline){ .h = id_hash(it->id), .file_no = (uint32_t)file_no,
						.line = (uint32_t)lineno };
	const char *type = json_string_value(json_object_get(json_object_get(it->json, "grader"),
							     "type"));
	if (!type)
		type = json_string_value(json_object_get(R->s->grader, "type"));
	if (type && !strcmp(type, "judge"))
		R->dst->any_judged = 1;
	if (R->all_security) {
		json_t *g = suite_item_grader(R->s, it);
		R->all_security = security_grader(json_string_value(json_object_get(g, "type")));
		json_decref(g);
	}
	if (R->mode == READ_OPEN)
		item_clear(it);
	return 0;
}

static const char *const bom = "\xef\xbb\xbf";   /* a UTF-8 byte order mark, as some editors write */

/* The lines of one text, as file 0. */
static int read_text(struct items_read *R, const char *path, struct tri_err *err)
{
	const char *text = R->text, *end = R->text + R->text_len;
	long lineno = 0;
	if (R->text_len >= 3 && !memcmp(text, bom, 3))
		text += 3;
	for (const char *p = text; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		const char *q = p;
		p += n + 1;
		if (read_line(R, path, 0, ++lineno, q, n, err) < 0)
			return -1;
	}
	return 0;
}

/* Each line of a file to fn, which returns 1 to stop early. */
static int each_line(const char *path, int (*fn)(void *ctx, long lineno, const char *q, size_t n,
						 struct tri_err *err),
		     void *ctx, struct tri_err *err)
{
	if (is_dir(path))
		return err_set(err, TRI_USAGE, "%s is a directory: give a .jsonl file", path);
	FILE *f = fopen(path, "rb");
	if (!f)
		return err_set(err, TRI_USAGE, "%s: cannot read: %s", path, strerror(errno));
	char *line = NULL;
	size_t cap = 0;
	ssize_t got;
	long lineno = 0;
	int ret = 0;
	errno = 0;
	while (ret == 0 && (got = getline(&line, &cap, f)) >= 0) {
		const char *q = line;
		size_t n = (size_t)got;
		if (n && q[n - 1] == '\n')
			n--;
		if (++lineno == 1 && n >= 3 && !memcmp(q, bom, 3)) {
			q += 3;
			n -= 3;
		}
		ret = fn(ctx, lineno, q, n, err);
	}
	if (ret == 0 && ferror(f))
		ret = err_set(err, TRI_USAGE, "%s: cannot read: %s", path,
			      strerror(errno ? errno : EIO));
	free(line);
	fclose(f);
	return ret < 0 ? -1 : 0;
}

struct file_read {
	struct items_read *R;
	const char *path;
	size_t file_no;
};

static int file_line(void *ctx, long lineno, const char *q, size_t n, struct tri_err *err)
{
	struct file_read *F = ctx;
	return read_line(F->R, F->path, F->file_no, lineno, q, n, err);
}

/* Every file of R->paths, in order. */
static int read_files(struct items_read *R, size_t n_files, struct tri_err *err)
{
	for (size_t i = 0; i < n_files; i++) {
		struct file_read F = { R, R->paths[i], i };
		if (each_line(R->paths[i], file_line, &F, err) < 0)
			return -1;
	}
	return 0;
}

/* The id on a line already read (NULL when it has none, as after the file
 * changed): caller frees. */
struct id_fetch {
	long line;
	char *id;
};

static int id_line(void *ctx, long lineno, const char *q, size_t n, struct tri_err *err)
{
	struct id_fetch *I = ctx;
	if (lineno < I->line)
		return 0;
	json_t *o = json_loadb(q, n, 0, NULL);
	const char *id = json_string_value(json_object_get(o, "id"));
	I->id = id ? xstrdup(id) : NULL;
	json_decref(o);
	return 1;
}

static char *fetch_id(const struct items_read *R, const struct idline *at, struct tri_err *err)
{
	struct id_fetch I = { at->line, NULL };
	if (R->text) {
		const char *p = R->text, *end = R->text + R->text_len;
		if (R->text_len >= 3 && !memcmp(p, bom, 3))
			p += 3;
		for (long lineno = 1; p < end; lineno++) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
			if (id_line(&I, lineno, p, n, err))
				break;
			p += n + 1;
		}
	} else if (each_line(R->paths[at->file_no], id_line, &I, err) < 0) {
		return NULL;
	}
	if (!I.id)
		err_at(err, TRI_USAGE, R->text ? R->text_path : R->paths[at->file_no], at->line, 1,
		       "the line changed while the suite was read: read it again");
	return I.id;
}

/* Ids unique across the files: the first repeat in reading order is the
 * error, at its file:line, with where the id was first seen. Only items
 * whose id hashes agree are read again and compared. */
static int check_ids(struct items_read *R, struct tri_err *err)
{
	struct idlines *I = &R->ids;
	struct idline *later = NULL;
	size_t n_later = 0, a_later = 0;
	int ret = -1;
	if (I->n < 2)
		return 0;
	qsort(I->v, I->n, sizeof(*I->v), cmp_idline);
	for (size_t i = 1; i < I->n; i++)
		if (I->v[i].h == I->v[i - 1].h) {
			XGROW(later, a_later, n_later + 1);
			later[n_later++] = I->v[i];
		}
	if (n_later)
		qsort(later, n_later, sizeof(*later), cmp_idline_place);
	for (size_t k = 0; k < n_later; k++) {
		const struct idline *b = &later[k];
		struct idline key = *b;
		const struct idline *hit = bsearch(&key, I->v, I->n, sizeof(*I->v), cmp_idline);
		size_t g = (size_t)(hit - I->v);
		while (g > 0 && I->v[g - 1].h == b->h)
			g--;
		char *idb = fetch_id(R, b, err);
		if (!idb)
			goto out;
		for (const struct idline *a = &I->v[g]; a < hit; a++) {
			char *ida = fetch_id(R, a, err);
			if (!ida) {
				free(idb);
				goto out;
			}
			int same = !strcmp(ida, idb);
			free(ida);
			if (!same)
				continue;
			const char *fb = R->text ? R->text_path : R->paths[b->file_no];
			if (a->file_no == b->file_no)
				err_at(err, TRI_USAGE, fb, b->line, 1, "duplicate item id '%s' (first at "
				       "line %ld); ids must be unique", idb, (long)a->line);
			else
				err_at(err, TRI_USAGE, fb, b->line, 1, "duplicate item id '%s' (first at "
				       "%s:%ld); ids must be unique across the suite's files", idb,
				       R->paths[a->file_no], (long)a->line);
			free(idb);
			goto out;
		}
		free(idb);
	}
	ret = 0;
out:
	free(later);
	return ret;
}

/* After the last file: at least one item, ids unique across the files, and
 * the axis of a suite that does not say one. what names the items in the
 * "no items" message. */
static int finish_items(struct items_read *R, const char *what, struct tri_err *err)
{
	struct suite *s = R->dst;
	if (R->n == 0)
		return err_set(err, TRI_USAGE, "%s: no items (one JSON object per line expected)",
			       what);
	if (!s->axis_given && R->all_security) {
		/* no axis said: items all graded as security tests are a security suite */
		free(s->axis);
		s->axis = xstrdup("security");
	}
	return check_ids(R, err);
}

int suite_parse_items(struct suite *s, const char *path, const char *text, size_t len,
		      struct tri_err *err)
{
	struct items_read R = { .mode = READ_LOAD, .dst = s, .s = s, .text = text, .text_len = len,
				.text_path = path, .all_security = 1 };
	int ret = -1;
	if (read_text(&R, path, err) == 0)
		ret = finish_items(&R, path, err);
	s->n_read = s->n_items;
	free(R.ids.v);
	return ret;
}

/* Read the items of the suite's files, in order, as one text would be
 * read: into s (READ_LOAD), or checked and counted (READ_OPEN). what names
 * them in the "no items" message. */
static int read_items(struct suite *s, enum read_mode mode, const char *what,
		      struct tri_err *err)
{
	struct items_read R = { .mode = mode, .dst = s, .s = s,
				.paths = (const char *const *)s->files, .all_security = 1 };
	int ret = -1;
	if (read_files(&R, s->n_files, err) == 0)
		ret = finish_items(&R, what, err);
	s->n_read = R.n;
	if (mode == READ_OPEN)
		s->n_items = R.n;
	free(R.ids.v);
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

/* suite_load (READ_LOAD) and suite_open (READ_OPEN). */
static int suite_read(struct suite *s, const char *spec, enum read_mode mode,
		      struct tri_err *err)
{
	struct buf dir = BUF_INIT, p = BUF_INIT;
	int ret = -1;
	memset(s, 0, sizeof(*s));
	s->streamed = mode == READ_OPEN;
	s->axis = xstrdup("capability");
	s->grader = json_pack("{s:s}", "type", "exact");
	if (!s->grader) {
		err_set(err, TRI_RUNTIME, "out of memory");
		goto out;
	}

	if (is_file(spec) && ends_with(spec, ".jsonl")) {
		s->name = base_name(spec, ".jsonl");
		s->path = xstrdup(spec);
		XGROW(s->files, s->alloc_files, 1);
		s->files[s->n_files++] = xstrdup(spec);
		ret = read_items(s, mode, spec, err);
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
		if (load_suite_yaml(s, p.s, dir.s, err) < 0)
			goto out;
	} else {
		item_files_add(s, dir.s, "items.jsonl");
	}
	buf_reset(&p);
	buf_addf(&p, "%s/tools.json", dir.s);
	if (is_file(p.s) && load_tools(s, p.s, err) < 0)
		goto out;
	ret = read_items(s, mode, s->n_files == 1 ? s->files[0] : dir.s, err);
out:
	buf_release(&dir);
	buf_release(&p);
	if (ret < 0)
		suite_release(s);
	return ret;
}

int suite_load(struct suite *s, const char *spec, struct tri_err *err)
{
	return suite_read(s, spec, READ_LOAD, err);
}

int suite_open(struct suite *s, const char *spec, struct tri_err *err)
{
	return suite_read(s, spec, READ_OPEN, err);
}

int suite_each_item(const struct suite *s,
		    int (*fn)(void *ctx, const struct item *it, struct tri_err *err), void *ctx,
		    struct tri_err *err)
{
	if (!s->streamed) {
		for (size_t i = 0; i < s->n_items; i++)
			if (fn(ctx, &s->items[i], err) < 0)
				return -1;
		return 0;
	}
	struct items_read R = { .mode = READ_EACH, .s = s, .paths = (const char *const *)s->files,
				.fn = fn, .ctx = ctx };
	if (read_files(&R, s->n_files, err) < 0)
		return -1;
	if (R.n != s->n_read || R.kept != s->n_items)
		return err_set(err, TRI_USAGE, "suite %s: its items changed while it was read (%zu "
			       "items, then %zu): run again", s->name, s->n_read, R.n);
	return 0;
}

void suite_release(struct suite *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_items && !s->streamed; i++)
		item_clear(&s->items[i]);
	for (size_t i = 0; i < s->n_files; i++)
		free(s->files[i]);
	free(s->files);
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
	if (check_item(it, o, s->tools, s->name, 0, 0, err) < 0)
		return -1;
	s->n_items++;
	return 0;
}

void suite_limit(struct suite *s, long limit)
{
	if (limit <= 0 || (size_t)limit >= s->n_items)
		return;
	size_t n = s->n_items, keep = (size_t)limit;
	if (s->streamed) {
		s->n_items = keep;   /* suite_each_item() hands out items k * n / keep */
		return;
	}
	struct item *v = xcalloc(keep, sizeof(*v));
	char *taken = xcalloc(n, 1);
	for (size_t k = 0; k < keep; k++) {
		size_t i = k * n / keep;
		v[k] = s->items[i];
		taken[i] = 1;
	}
	for (size_t i = 0; i < n; i++)
		if (!taken[i])
			item_clear(&s->items[i]);
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
