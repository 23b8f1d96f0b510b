/* yaml.c -- YAML documents as jansson values, with source positions.
 *
 * libyaml's event parser drives a small stack machine: a mapping or
 * sequence start pushes a container, a scalar is typed (YAML 1.2 core
 * schema for plain scalars; quoted scalars stay strings) and attached to
 * the container on top of the stack, an end event pops. Inside a mapping
 * the events alternate key, value; the pending key is kept on the frame.
 * Anchors and aliases are refused: configs and suites do not need them and
 * an alias bomb is the classic YAML denial of service. */
#include <math.h>
#include <yaml.h>
#include "util.h"
#include "buf.h"
#include "yaml.h"

struct frame {
	json_t *node;        /* object or array (borrowed from the tree) */
	char *key;           /* pending mapping key, owned */
	long key_line, key_col;
};

static void add_pos(struct yaml_doc *doc, const json_t *node, const json_t *parent,
		    const char *key, long line, long col)
{
	XGROW(doc->pos, doc->alloc_pos, doc->n_pos + 1);
	struct yaml_pos *p = &doc->pos[doc->n_pos++];
	p->node = node;
	p->parent = parent;
	p->key = key ? xstrdup(key) : NULL;
	p->line = line;
	p->col = col;
}

static int match_int(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

static int match_float(const char *s)
{
	int digits = 0;
	if (*s == '-' || *s == '+')
		s++;
	while (*s >= '0' && *s <= '9') {
		s++;
		digits++;
	}
	if (*s == '.') {
		s++;
		while (*s >= '0' && *s <= '9') {
			s++;
			digits++;
		}
	}
	if (!digits)
		return 0;
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '-' || *s == '+')
			s++;
		if (!(*s >= '0' && *s <= '9'))
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return *s == '\0';
}

/* Type a plain scalar as the YAML 1.2 core schema does. New reference. */
static json_t *plain_scalar(const char *v)
{
	static const char *nulls[] = { "", "~", "null", "Null", "NULL" };
	static const char *trues[] = { "true", "True", "TRUE" };
	static const char *falses[] = { "false", "False", "FALSE" };
	for (size_t i = 0; i < ARRAY_LEN(nulls); i++)
		if (!strcmp(v, nulls[i]))
			return json_null();
	for (size_t i = 0; i < ARRAY_LEN(trues); i++)
		if (!strcmp(v, trues[i]))
			return json_true();
	for (size_t i = 0; i < ARRAY_LEN(falses); i++)
		if (!strcmp(v, falses[i]))
			return json_false();
	if (match_int(v)) {
		long l;
		if (parse_long(v[0] == '+' ? v + 1 : v, &l) == 0)
			return json_integer(l);
	}
	if (match_float(v) || match_int(v)) {
		double d;
		if (parse_double(v, &d) == 0)
			return json_real(d);
	}
	return json_string(v);
}

static int attach(struct yaml_doc *doc, struct frame *stack, size_t depth,
		  json_t *node, long line, long col, struct tri_err *err)
{
	if (depth == 0) {
		doc->root = node;
		add_pos(doc, node, NULL, NULL, line, col);
		return 0;
	}
	struct frame *f = &stack[depth - 1];
	if (json_is_array(f->node)) {
		add_pos(doc, node, f->node, NULL, line, col);
		if (json_array_append_new(f->node, node))
			return err_at(err, TRI_USAGE, doc->path, line, col, "cannot store value");
		return 0;
	}
	/* mapping: either this is a key, or the value for the pending key */
	if (!f->key) {
		if (!json_is_string(node)) {
			json_decref(node);
			return err_at(err, TRI_USAGE, doc->path, line, col,
				      "mapping keys must be plain strings");
		}
		f->key = xstrdup(json_string_value(node));
		f->key_line = line;
		f->key_col = col;
		json_decref(node);
		return 0;
	}
	if (json_object_get(f->node, f->key)) {
		json_decref(node);
		err_at(err, TRI_USAGE, doc->path, f->key_line, f->key_col,
		       "duplicate key '%s'", f->key);
		return -1;
	}
	add_pos(doc, node, f->node, f->key, f->key_line, f->key_col);
	json_object_set_new(f->node, f->key, node);
	free(f->key);
	f->key = NULL;
	return 0;
}

static int is_string_key_pending(const struct frame *stack, size_t depth)
{
	return depth > 0 && json_is_object(stack[depth - 1].node) && !stack[depth - 1].key;
}

/* A reader error (bad encoding) has no mark, only a byte offset: find its
 * line and column (in characters) in the text. */
static void offset_place(const char *text, size_t len, size_t off, long *line, long *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off && i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '\n') {
			(*line)++;
			*col = 1;
		} else if ((c & 0xc0) != 0x80) {
			(*col)++;
		}
	}
}

static int parse(struct yaml_doc *doc, yaml_parser_t *p, const char *text, size_t len,
		 struct tri_err *err)
{
	struct frame *stack = NULL;
	size_t depth = 0, alloc = 0;
	int ret = -1, done = 0, docs = 0;

	while (!done) {
		yaml_event_t ev;
		if (!yaml_parser_parse(p, &ev)) {
			long line = (long)p->problem_mark.line + 1;
			long col = (long)p->problem_mark.column + 1;
			if (p->error == YAML_READER_ERROR) {
				offset_place(text, len, p->problem_offset, &line, &col);
				err_at(err, TRI_USAGE, doc->path, line, col, "%s (byte 0x%02x): save the "
				       "file as UTF-8", p->problem ? p->problem : "cannot decode the text",
				       p->problem_offset < len ? (unsigned char)text[p->problem_offset] : 0u);
				goto out;
			}
			err_at(err, TRI_USAGE, doc->path, line, col, "invalid YAML: %s%s%s",
			       p->problem ? p->problem : "syntax error",
			       p->context ? " " : "", p->context ? p->context : "");
			goto out;
		}
		long line = (long)ev.start_mark.line + 1, col = (long)ev.start_mark.column + 1;
		json_t *node = NULL;
		int r = 0;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++docs > 1)
				r = err_at(err, TRI_USAGE, doc->path, line, col,
					   "only one YAML document is allowed (remove '---')");
			break;
		case YAML_ALIAS_EVENT:
			r = err_at(err, TRI_USAGE, doc->path, line, col,
				   "YAML aliases (*name) are not supported; write the value out");
			break;
		case YAML_SCALAR_EVENT: {
			const char *v = (const char *)ev.data.scalar.value;
			if (ev.data.scalar.anchor) {
				r = err_at(err, TRI_USAGE, doc->path, line, col,
					   "YAML anchors (&name) are not supported");
				break;
			}
			if (ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
			    !is_string_key_pending(stack, depth))
				node = plain_scalar(v);
			else
				node = json_stringn(v, ev.data.scalar.length);
			if (!node)
				r = err_at(err, TRI_USAGE, doc->path, line, col,
					   "text is not valid UTF-8");
			else
				r = attach(doc, stack, depth, node, line, col, err);
			break;
		}
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			if (ev.type == YAML_SEQUENCE_START_EVENT ? ev.data.sequence_start.anchor
								 : ev.data.mapping_start.anchor) {
				r = err_at(err, TRI_USAGE, doc->path, line, col,
					   "YAML anchors (&name) are not supported");
				break;
			}
			if (is_string_key_pending(stack, depth)) {
				r = err_at(err, TRI_USAGE, doc->path, line, col,
					   "mapping keys must be plain strings");
				break;
			}
			node = ev.type == YAML_SEQUENCE_START_EVENT ? json_array() : json_object();
			if (!node || attach(doc, stack, depth, node, line, col, err) < 0) {
				r = -1;
				break;
			}
			XGROW(stack, alloc, depth + 1);
			stack[depth].node = node;
			stack[depth].key = NULL;
			depth++;
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			depth--;
			free(stack[depth].key);
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
		if (r < 0)
			goto out;
	}
	ret = 0;
out:
	while (depth > 0)
		free(stack[--depth].key);
	free(stack);
	return ret;
}

int yaml_load_string(struct yaml_doc *doc, const char *name, const char *text,
		     size_t len, struct tri_err *err)
{
	yaml_parser_t p;
	memset(doc, 0, sizeof(*doc));
	doc->path = xstrdup(name);
	if (!yaml_parser_initialize(&p))
		return err_set(err, TRI_RUNTIME, "%s: cannot initialise the YAML parser", name);
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	int r = parse(doc, &p, text, len, err);
	yaml_parser_delete(&p);
	return r;
}

int yaml_load(struct yaml_doc *doc, const char *path, struct tri_err *err)
{
	struct buf b = BUF_INIT;
	if (buf_read_file(&b, path, 0) < 0) {
		memset(doc, 0, sizeof(*doc));
		if (errno == EISDIR)
			err_set(err, TRI_USAGE, "%s is a directory: give the path of a YAML file", path);
		else
			err_set(err, TRI_USAGE, "%s: cannot read: %s", path, strerror(errno));
		buf_release(&b);
		return -1;
	}
	int r = yaml_load_string(doc, path, b.s, b.len, err);
	buf_release(&b);
	return r;
}

int yaml_load_mapping(struct yaml_doc *doc, const char *path, const char *what,
		      struct tri_err *err)
{
	if (yaml_load(doc, path, err) < 0)
		return -1;
	if (!json_is_object(doc->root))
		return err_at(err, TRI_USAGE, path, 1, 1, "%s must be a mapping", what);
	return 0;
}

void yaml_doc_release(struct yaml_doc *doc)
{
	if (!doc)
		return;
	for (size_t i = 0; i < doc->n_pos; i++)
		free(doc->pos[i].key);
	free(doc->pos);
	json_decref(doc->root);
	free(doc->path);
	memset(doc, 0, sizeof(*doc));
}

void yaml_where(const struct yaml_doc *doc, const json_t *node, long *line, long *col)
{
	*line = *col = 0;
	if (node == json_true() || node == json_false() || node == json_null())
		return;
	for (size_t i = 0; i < doc->n_pos; i++)
		if (doc->pos[i].node == node) {
			*line = doc->pos[i].line;
			*col = doc->pos[i].col;
			return;
		}
}

void yaml_where_member(const struct yaml_doc *doc, const json_t *obj, const char *key,
		       long *line, long *col)
{
	*line = *col = 0;
	for (size_t i = 0; i < doc->n_pos; i++)
		if (doc->pos[i].parent == obj && doc->pos[i].key &&
		    !strcmp(doc->pos[i].key, key)) {
			*line = doc->pos[i].line;
			*col = doc->pos[i].col;
			return;
		}
}

__attribute__((format(printf, 5, 0)))
static int verr(const struct yaml_doc *doc, long line, long col, struct tri_err *err,
		const char *fmt, va_list ap)
{
	struct buf b = BUF_INIT;
	buf_vaddf(&b, fmt, ap);
	if (line > 0)
		err_at(err, TRI_USAGE, doc->path, line, col, "%s", b.s);
	else
		err_set(err, TRI_USAGE, "%s: %s", doc->path, b.s);
	buf_release(&b);
	return -1;
}

int yaml_err(const struct yaml_doc *doc, const json_t *node, struct tri_err *err,
	     const char *fmt, ...)
{
	long line, col;
	va_list ap;
	yaml_where(doc, node, &line, &col);
	va_start(ap, fmt);
	verr(doc, line, col, err, fmt, ap);
	va_end(ap);
	return -1;
}

int yaml_member_err(const struct yaml_doc *doc, const json_t *obj, const char *key,
		    struct tri_err *err, const char *fmt, ...)
{
	long line, col;
	va_list ap;
	yaml_where_member(doc, obj, key, &line, &col);
	va_start(ap, fmt);
	verr(doc, line, col, err, fmt, ap);
	va_end(ap);
	return -1;
}

int yaml_check_keys(const struct yaml_doc *doc, const json_t *obj, const char *what,
		    const char *const *keys, size_t n, struct tri_err *err)
{
	const char *key;
	json_t *v;
	json_object_foreach((json_t *)obj, key, v) {
		size_t i;
		for (i = 0; i < n; i++)
			if (!strcmp(key, keys[i]))
				break;
		if (i < n)
			continue;
		struct buf known = BUF_INIT;
		for (i = 0; i < n; i++)
			buf_addf(&known, "%s%s", i ? ", " : "", keys[i]);
		yaml_member_err(doc, obj, key, err, "unknown key '%s' in %s (known: %s)",
				key, what, known.s);
		buf_release(&known);
		return -1;
	}
	return 0;
}
