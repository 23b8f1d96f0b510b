/* estimate.c -- token and cost estimates of requests (see estimate.h). */
#include <math.h>
#include "util.h"
#include "estimate.h"

/* The text of a content: a string, or the "text" of each part; a
 * tool_result part counts its own content. */
static size_t content_bytes(const json_t *content)
{
	if (json_is_string(content))
		return json_string_length(content);
	size_t bytes = 0, i;
	const json_t *part;
	json_array_foreach(content, i, part) {
		const char *type = json_string_value(json_object_get(part, "type"));
		const json_t *t = json_object_get(part, "text");
		if (type && !strcmp(type, "tool_result"))
			bytes += content_bytes(json_object_get(part, "content"));
		else if (json_is_string(t) && (!type || !strcmp(type, "text")))
			bytes += json_string_length(t);
	}
	return bytes;
}

static size_t tool_bytes(const json_t *tool)
{
	/* Chat Completions wraps the function; Messages does not */
	const json_t *f = json_object_get(tool, "function");
	const json_t *schema;
	if (json_is_object(f)) {
		schema = json_object_get(f, "parameters");
	} else {
		f = tool;
		schema = json_object_get(f, "input_schema");
	}
	size_t bytes = 0;
	const json_t *name = json_object_get(f, "name"), *desc = json_object_get(f, "description");
	if (json_is_string(name))
		bytes += json_string_length(name);
	if (json_is_string(desc))
		bytes += json_string_length(desc);
	if (schema) {
		char *j = json_dumps(schema, JSON_COMPACT | JSON_ENCODE_ANY);
		if (j)
			bytes += strlen(j);
		free(j);
	}
	return bytes;
}

size_t estimate_prompt_bytes(const json_t *body)
{
	size_t bytes = content_bytes(json_object_get(body, "system")), i;
	const json_t *v;
	json_array_foreach(json_object_get(body, "messages"), i, v)
		bytes += content_bytes(json_object_get(v, "content"));
	json_array_foreach(json_object_get(body, "tools"), i, v)
		bytes += tool_bytes(v);
	return bytes;
}

int64_t estimate_tokens(size_t bytes)
{
	return (int64_t)((bytes + ESTIMATE_BYTES_PER_TOKEN - 1) / ESTIMATE_BYTES_PER_TOKEN);
}

int64_t estimate_max_tokens(const json_t *body)
{
	static const char *const keys[] = { "max_tokens", "max_completion_tokens" };
	for (size_t i = 0; i < ARRAY_LEN(keys); i++) {
		const json_t *v = json_object_get(body, keys[i]);
		if (json_is_integer(v) && json_integer_value(v) > 0)
			return (int64_t)json_integer_value(v);
	}
	return -1;
}

double estimate_cost(double price_in, double price_out, int64_t tok_in, int64_t tok_out)
{
	if (isnan(price_in) || isnan(price_out) || tok_in < 0 || tok_out < 0)
		return NAN;
	return ((double)tok_in * price_in + (double)tok_out * price_out) / 1e6;
}

void estimate_batch_prices(const struct model *m, double *in, double *out)
{
	*in = m->price_in * ESTIMATE_BATCH_DISCOUNT;
	*out = m->price_out * ESTIMATE_BATCH_DISCOUNT;
}

int estimate_request(const struct model *m, const char *body, size_t len, int64_t out_typical,
		     struct estimate *e)
{
	json_t *o = json_loadb(body, len, 0, NULL);
	memset(e, 0, sizeof(*e));
	if (!json_is_object(o)) {
		json_decref(o);
		return -1;
	}
	e->tok_in = estimate_tokens(estimate_prompt_bytes(o));
	e->out_max = estimate_max_tokens(o);
	json_decref(o);
	/* a typical answer is no longer than the bound */
	e->out_typical = e->out_max >= 0 && out_typical > e->out_max ? e->out_max : out_typical;
	e->cost = estimate_cost(m->price_in, m->price_out, e->tok_in, e->out_typical);
	e->cost_max = e->out_max >= 0 ? estimate_cost(m->price_in, m->price_out, e->tok_in,
						       e->out_max) : NAN;
	double bi, bo;
	estimate_batch_prices(m, &bi, &bo);
	e->cost_batch = estimate_cost(bi, bo, e->tok_in, e->out_typical);
	return 0;
}

double estimate_reserve(const struct estimate *e)
{
	return e->out_max >= 0 ? e->cost_max : e->cost;
}
