/* estimate.c -- token and cost estimates of requests (see estimate.h). */
#include <math.h>
#include "util.h"
#include "estimate.h"
#include "run.h"
#include "suite.h"

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
	*in = model_batch_price(m, 0);
	*out = model_batch_price(m, 1);
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

/* ---- a whole run -------------------------------------------------------- */

struct est_sum {
	int64_t requests, tok_in, out, out_max;
	int64_t unbounded;               /* requests without max_tokens */
	double cost, cost_max, cost_batch;
};

struct est_run {
	const struct config *c;
	const struct suite *suites;
	size_t n_suites;
	struct est_sum *sum;             /* [model][suite] */
};

static void sum_add(struct est_sum *s, const struct estimate *e)
{
	s->requests++;
	s->tok_in += e->tok_in;
	s->out += e->out_typical;
	if (e->out_max >= 0)
		s->out_max += e->out_max;
	else
		s->unbounded++;
	s->cost += e->cost;               /* NAN stays NAN: no price */
	s->cost_max += e->cost_max;
	s->cost_batch += e->cost_batch;
}

static void sum_merge(struct est_sum *into, const struct est_sum *s)
{
	into->requests += s->requests;
	into->tok_in += s->tok_in;
	into->out += s->out;
	into->out_max += s->out_max;
	into->unbounded += s->unbounded;
	into->cost += s->cost;
	into->cost_max += s->cost_max;
	into->cost_batch += s->cost_batch;
}

static json_t *num_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

static json_t *sum_json(const struct est_sum *s)
{
	return json_pack("{s:I,s:I,s:I,s:o,s:o,s:o,s:o}", "requests", (json_int_t)s->requests,
			 "input_tokens", (json_int_t)s->tok_in, "output_tokens", (json_int_t)s->out,
			 "output_tokens_max", s->unbounded ? json_null() : json_integer(s->out_max),
			 "cost_usd", num_or_null(s->cost),
			 "cost_usd_max", num_or_null(s->unbounded ? NAN : s->cost_max),
			 "batch_cost_usd", num_or_null(s->cost_batch));
}

static int est_request(void *ctx, const struct run_request *rq, struct tri_err *err)
{
	struct est_run *R = ctx;
	size_t si = (size_t)(rq->suite - R->suites);
	struct estimate e;
	if (estimate_request(rq->model, rq->body, rq->body_len, suite_output_tokens(rq->suite),
			     &e) < 0)
		return err_set(err, TRI_RUNTIME, "the request for %s, item %s, is not JSON",
			       rq->model->id, rq->item->id);
	sum_add(&R->sum[rq->model_index * R->n_suites + si], &e);
	return 0;
}

json_t *estimate_run(const struct config *c, const struct suite *suites, size_t n_suites,
		     struct tri_err *err)
{
	struct est_run R = { .c = c, .suites = suites, .n_suites = n_suites };
	size_t cells = c->n_models * n_suites;
	R.sum = xcalloc(cells ? cells : 1, sizeof(*R.sum));
	if (run_each_request(c, suites, n_suites, est_request, &R, err) < 0) {
		free(R.sum);
		return NULL;
	}
	json_t *models = json_array();
	struct est_sum total = { 0 };
	for (size_t mi = 0; mi < c->n_models; mi++) {
		struct est_sum ms = { 0 };
		json_t *sv = json_array();
		for (size_t si = 0; si < n_suites; si++) {
			const struct est_sum *s = &R.sum[mi * n_suites + si];
			json_t *o = sum_json(s);
			json_object_set_new(o, "name", json_string(suites[si].name));
			json_array_append_new(sv, o);
			sum_merge(&ms, s);
		}
		json_t *o = sum_json(&ms);
		json_object_set_new(o, "id", json_string(c->models[mi].id));
		json_object_set_new(o, "suites", sv);
		json_array_append_new(models, o);
		sum_merge(&total, &ms);
	}
	free(R.sum);
	return json_pack("{s:o,s:o}", "models", models, "total", sum_json(&total));
}

/* Tokens in at most 6 columns: 950, 52.3k, 1.23M. */
static void fmt_tokens(char *out, size_t n, const json_t *v)
{
	if (!json_is_integer(v)) {
		snprintf(out, n, "-");
		return;
	}
	double t = (double)json_integer_value(v);
	if (t < 1e4)
		snprintf(out, n, "%.0f", t);
	else if (t < 1e6)
		snprintf(out, n, "%.1fk", t / 1e3);
	else if (t < 1e9)
		snprintf(out, n, "%.2fM", t / 1e6);
	else
		snprintf(out, n, "%.2fG", t / 1e9);
}

/* USD in at most 8 columns; "unknown" without a price, "-" without a bound. */
static void fmt_usd(char *out, size_t n, const json_t *v, const char *none)
{
	if (!json_is_number(v)) {
		snprintf(out, n, "%s", none);
		return;
	}
	double d = json_number_value(v);
	if (d < 1)
		snprintf(out, n, "$%.4f", d);
	else if (d < 1e4)
		snprintf(out, n, "$%.2f", d);
	else
		snprintf(out, n, "$%.3g", d);
}

#define EST_ID_WIDTH 16

static void render_row(struct buf *out, const char *name, const json_t *o)
{
	char req[32], in[32], ot[32], om[32], cost[32], batch[32], cmax[32];
	struct buf id = BUF_INIT;
	buf_add_escaped(&id, name, strlen(name), 0);
	buf_fit(&id, EST_ID_WIDTH);
	snprintf(req, sizeof(req), "%lld", (long long)json_integer_value(json_object_get(o, "requests")));
	fmt_tokens(in, sizeof(in), json_object_get(o, "input_tokens"));
	fmt_tokens(ot, sizeof(ot), json_object_get(o, "output_tokens"));
	fmt_tokens(om, sizeof(om), json_object_get(o, "output_tokens_max"));
	/* a cost at the bound needs both a bound and a price */
	int bounded = json_is_integer(json_object_get(o, "output_tokens_max"));
	fmt_usd(cost, sizeof(cost), json_object_get(o, "cost_usd"), "unknown");
	fmt_usd(batch, sizeof(batch), json_object_get(o, "batch_cost_usd"), "unknown");
	fmt_usd(cmax, sizeof(cmax), json_object_get(o, "cost_usd_max"), bounded ? "unknown" : "-");
	buf_addf(out, "%-*s %8s %7s %7s %7s %9s %9s %9s\n", EST_ID_WIDTH, id.s ? id.s : "", req,
		 in, ot, om, cost, batch, cmax);
	buf_release(&id);
}

void estimate_render(const json_t *est, struct buf *out)
{
	buf_addf(out, "%-*s %8s %7s %7s %7s %9s %9s %9s\n", EST_ID_WIDTH, "model", "requests",
		 "input", "output", "out max", "cost", "batch", "cost max");
	size_t i;
	const json_t *m;
	json_array_foreach(json_object_get(est, "models"), i, m)
		render_row(out, json_string_value(json_object_get(m, "id")), m);
	render_row(out, "total", json_object_get(est, "total"));
}
