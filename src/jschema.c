/* jschema.c -- a value against the JSON Schema of a function's parameters
 * (jschema.h): the keywords function schemas use, nothing more. */
#include <math.h>
#include <jansson.h>
#include "util.h"
#include "buf.h"
#include "jschema.h"

#define DEPTH_MAX 32

static int is_type(const json_t *v, const char *t)
{
	if (!strcmp(t, "object"))
		return json_is_object(v);
	if (!strcmp(t, "array"))
		return json_is_array(v);
	if (!strcmp(t, "string"))
		return json_is_string(v);
	if (!strcmp(t, "boolean"))
		return json_is_boolean(v);
	if (!strcmp(t, "null"))
		return json_is_null(v);
	if (!strcmp(t, "number"))
		return json_is_number(v);
	if (!strcmp(t, "integer"))
		return json_is_integer(v) ||
		       (json_is_real(v) && json_real_value(v) == floor(json_real_value(v)) &&
		        isfinite(json_real_value(v)));
	return 1;     /* a type this subset does not know constrains nothing */
}

static const char *kind_of(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER: return "an integer";
	case JSON_REAL: return "a number";
	case JSON_TRUE: case JSON_FALSE: return "a boolean";
	default: return "null";
	}
}

int jschema_equal(const json_t *a, const json_t *b)
{
	if (json_is_number(a) && json_is_number(b))
		return json_number_value(a) == json_number_value(b);
	if (json_is_array(a) && json_is_array(b)) {
		if (json_array_size(a) != json_array_size(b))
			return 0;
		for (size_t i = 0; i < json_array_size(a); i++)
			if (!jschema_equal(json_array_get(a, i), json_array_get(b, i)))
				return 0;
		return 1;
	}
	if (json_is_object(a) && json_is_object(b)) {
		if (json_object_size(a) != json_object_size(b))
			return 0;
		const char *k;
		json_t *v;
		json_object_foreach((json_t *)a, k, v)
			if (!json_object_get(b, k) || !jschema_equal(v, json_object_get(b, k)))
				return 0;
		return 1;
	}
	return json_equal((json_t *)a, (json_t *)b);
}

static int check(const json_t *schema, const json_t *v, struct buf *path, int depth,
		 struct buf *why)
{
	if (!json_is_object(schema))
		return 0;
	if (depth > DEPTH_MAX) {
		buf_addf(why, "%s: nested too deep", path->len ? path->s : "the arguments");
		return -1;
	}
	const char *at = path->len ? path->s : "the arguments";
	const json_t *type = json_object_get(schema, "type");
	if (json_is_string(type) && !is_type(v, json_string_value(type))) {
		buf_addf(why, "%s must be %s %s, not %s", at,
			 strchr("aeiou", json_string_value(type)[0]) ? "an" : "a",
			 json_string_value(type), kind_of(v));
		return -1;
	}
	if (json_is_array(type)) {
		int ok = 0;
		size_t i;
		const json_t *t;
		json_array_foreach(type, i, t)
			ok |= json_is_string(t) && is_type(v, json_string_value(t));
		if (!ok) {
			buf_addf(why, "%s has the wrong type (%s)", at, kind_of(v));
			return -1;
		}
	}
	const json_t *en = json_object_get(schema, "enum");
	if (json_is_array(en)) {
		int ok = 0;
		for (size_t i = 0; i < json_array_size(en) && !ok; i++)
			ok = jschema_equal(json_array_get(en, i), v);
		if (!ok) {
			buf_addf(why, "%s is not one of the allowed values", at);
			return -1;
		}
	}
	if (json_is_number(v)) {
		const json_t *mn = json_object_get(schema, "minimum");
		const json_t *mx = json_object_get(schema, "maximum");
		if ((json_is_number(mn) && json_number_value(v) < json_number_value(mn)) ||
		    (json_is_number(mx) && json_number_value(v) > json_number_value(mx))) {
			buf_addf(why, "%s is out of range", at);
			return -1;
		}
	}
	size_t plen = path->len;
	if (json_is_object(v)) {
		const json_t *props = json_object_get(schema, "properties");
		const json_t *req = json_object_get(schema, "required"), *r;
		const json_t *addl = json_object_get(schema, "additionalProperties");
		size_t i;
		json_array_foreach(req, i, r)
			if (json_is_string(r) && !json_object_get(v, json_string_value(r))) {
				buf_addf(why, "%s lacks the required '%s'", at, json_string_value(r));
				return -1;
			}
		const char *k;
		const json_t *x;
		json_object_foreach((json_t *)v, k, x) {
			const json_t *ps = json_object_get(props, k);
			if (!ps && json_is_false(addl)) {
				buf_addf(why, "%s has '%s', which the schema does not define", at, k);
				return -1;
			}
			buf_addf(path, "%s%s", plen ? "." : "", k);
			int rc = check(ps ? ps : json_is_object(addl) ? addl : NULL, x, path, depth + 1, why);
			path->len = plen;
			path->s[plen] = 0;
			if (rc < 0)
				return -1;
		}
	}
	if (json_is_array(v)) {
		const json_t *items = json_object_get(schema, "items");
		for (size_t i = 0; i < json_array_size(v); i++) {
			buf_addf(path, "[%zu]", i);
			int rc = check(items, json_array_get(v, i), path, depth + 1, why);
			path->len = plen;
			path->s[plen] = 0;
			if (rc < 0)
				return -1;
		}
	}
	return 0;
}

int jschema_check(const json_t *schema, const json_t *value, struct buf *why)
{
	struct buf path = BUF_INIT;
	buf_adds(&path, "");
	int rc = check(schema, value, &path, 0, why);
	buf_release(&path);
	return rc;
}
