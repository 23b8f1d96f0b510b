/* items.c -- a run item by item (items.h). */
#include <math.h>
#include "util.h"
#include "items.h"

static json_t *num(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

static json_t *count(int64_t v)
{
	return v < 0 ? json_null() : json_integer((json_int_t)v);
}

static json_t *str(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* The text of a message's content: a string, or the "text" of its parts. */
static void content_text(const json_t *c, struct buf *out)
{
	if (json_is_string(c)) {
		buf_adds(out, json_string_value(c));
		return;
	}
	size_t i;
	const json_t *part;
	json_array_foreach(c, i, part) {
		const char *t = json_string_value(json_object_get(part, "text"));
		if (t)
			buf_adds(out, t);
	}
}

/* The prompt as sent: "role: content" for each message of the request
 * body (a top-level "system" first), blank lines between them. */
static char *prompt_of(const char *request)
{
	struct buf b = BUF_INIT;
	json_t *body = request ? json_loads(request, 0, NULL) : NULL;
	const json_t *sys = json_object_get(body, "system");
	if (json_is_string(sys) || json_is_array(sys)) {
		buf_adds(&b, "system: ");
		content_text(sys, &b);
	}
	size_t i;
	const json_t *m;
	json_array_foreach(json_object_get(body, "messages"), i, m) {
		const char *role = json_string_value(json_object_get(m, "role"));
		if (b.len)
			buf_adds(&b, "\n\n");
		buf_addf(&b, "%s: ", role ? role : "?");
		content_text(json_object_get(m, "content"), &b);
	}
	json_decref(body);
	return buf_detach(&b);
}

struct each_ctx {
	const char *run;
	int (*fn)(void *ctx, json_t *row, struct tri_err *err);
	void *ctx;
};

static int row_of(void *ctx, const struct store_item_row *r, struct tri_err *err)
{
	struct each_ctx *E = ctx;
	json_t *item = r->item_json ? json_loads(r->item_json, 0, NULL) : NULL;
	const char *status = !r->answered ? "pending" : r->ok ? "answered" : "failed";
	if (r->answered && !r->ok && r->state && !strcmp(r->state, "planned"))
		status = "pending";   /* a failed attempt that --resume will send again */
	double cost = r->cost;
	if (isnan(cost) && !isnan(r->price_in) && !isnan(r->price_out) && r->tok_in >= 0 &&
	    r->tok_out >= 0)
		cost = ((double)r->tok_in * r->price_in + (double)r->tok_out * r->price_out) / 1e6;
	char *prompt = prompt_of(r->request);
	json_t *key = json_object_get(item, "answer");
	json_t *row = json_pack("{s:s,s:s,s:s,s:o,s:s,s:I,s:o,s:s,s:O,s:s}",
		"run", E->run, "model", r->model ? r->model : "", "suite", r->suite ? r->suite : "",
		"axis", str(r->axis), "item", r->item ? r->item : "", "sample", (json_int_t)r->sample,
		"category", str(json_string_value(json_object_get(item, "category"))),
		"prompt", prompt, "key", key ? key : json_null(), "status", status);
	free(prompt);
	json_object_set_new(row, "answer", str(r->ok ? r->text : NULL));
	json_object_set_new(row, "reasoning", str(r->ok ? r->reasoning : NULL));
	json_object_set_new(row, "error", str(r->answered && !r->ok ? r->error : NULL));
	json_object_set_new(row, "verdict", str(r->verdict));
	json_object_set_new(row, "grader", str(r->judged == 1 ? "judge" : r->grader));
	json_object_set_new(row, "evidence", str(r->evidence));
	json_t *calls = r->ok && r->tool_calls ? json_loads(r->tool_calls, 0, NULL) : NULL;
	json_object_set_new(row, "tool_calls", calls ? calls : json_null());
	json_object_set_new(row, "fault", str(r->fault));
	json_object_set_new(row, "confidence", num(r->confidence));
	json_object_set_new(row, "hedged", json_boolean(r->hedged));
	json_object_set_new(row, "uncertain", json_boolean(r->uncertain));
	json_object_set_new(row, "judged", json_boolean(r->judged == 1));
	json_object_set_new(row, "tokens", json_pack("{s:o,s:o,s:o}", "input", count(r->tok_in),
		"output", count(r->tok_out), "reasoning", count(r->tok_reason)));
	json_object_set_new(row, "latency_s", num(r->ok ? r->latency : NAN));
	json_object_set_new(row, "cost_usd", num(cost));
	json_decref(item);
	int rc = E->fn(E->ctx, row, err);
	json_decref(row);
	return rc;
}

int items_each(struct store *st, const char *run, const char *item, const char *model,
               int (*fn)(void *ctx, json_t *row, struct tri_err *err), void *ctx,
               struct tri_err *err)
{
	struct each_ctx E = { .run = run, .fn = fn, .ctx = ctx };
	return store_each_item_row(st, run, item, model, row_of, &E, err);
}

/* ---- CSV -------------------------------------------------------------------- */

static const char *const csv_cols[] = {
	"run", "model", "suite", "axis", "item", "sample", "category", "prompt", "key", "status",
	"answer", "error", "verdict", "grader", "evidence", "confidence", "hedged", "uncertain",
	"judged", "tokens_in", "tokens_out", "tokens_reasoning", "latency_s", "cost_usd",
	"tool_calls", "fault",
};

/* A quoted field; control characters (model text can hold escape
 * sequences) written as \xNN, newlines kept inside the quotes. */
static void csv_field(struct buf *out, const char *s)
{
	struct buf e = BUF_INIT;
	if (s)
		buf_add_escaped(&e, s, strlen(s), 1);
	buf_addc(out, '"');
	for (const char *p = e.s; *p; p++) {
		if (*p == '"')
			buf_addc(out, '"');
		buf_addc(out, *p);
	}
	buf_addc(out, '"');
	buf_release(&e);
}

void items_csv_header(struct buf *out)
{
	for (size_t i = 0; i < ARRAY_LEN(csv_cols); i++)
		buf_addf(out, "%s%s", i ? "," : "", csv_cols[i]);
	buf_addc(out, '\n');
}

/* A value as CSV text: strings as they are, numbers shortest, null empty. */
static void csv_value(struct buf *out, const json_t *v)
{
	if (json_is_string(v)) {
		csv_field(out, json_string_value(v));
	} else if (json_is_integer(v)) {
		buf_addf(out, "%lld", (long long)json_integer_value(v));
	} else if (json_is_real(v)) {
		buf_addf(out, "%.10g", json_real_value(v));
	} else if (json_is_boolean(v)) {
		buf_adds(out, json_is_true(v) ? "1" : "0");
	} else if (v && !json_is_null(v)) {
		char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
		csv_field(out, s);
		free(s);
	}
}

void items_csv_row(const json_t *row, struct buf *out)
{
	const json_t *tok = json_object_get(row, "tokens");
	for (size_t i = 0; i < ARRAY_LEN(csv_cols); i++) {
		if (i)
			buf_addc(out, ',');
		const char *c = csv_cols[i];
		if (!strcmp(c, "tokens_in"))
			csv_value(out, json_object_get(tok, "input"));
		else if (!strcmp(c, "tokens_out"))
			csv_value(out, json_object_get(tok, "output"));
		else if (!strcmp(c, "tokens_reasoning"))
			csv_value(out, json_object_get(tok, "reasoning"));
		else
			csv_value(out, json_object_get(row, c));
	}
	buf_addc(out, '\n');
}

/* ---- one item in the terminal ----------------------------------------------- */

/* Untrusted text, indented by ind, control characters escaped. */
static void indented(struct buf *out, const char *s, const char *ind)
{
	struct buf e = BUF_INIT;
	buf_add_escaped(&e, s, strlen(s), 1);
	buf_adds(out, ind);
	for (const char *p = e.s; *p; p++) {
		buf_addc(out, *p);
		if (*p == '\n' && p[1])
			buf_adds(out, ind);
	}
	if (!e.len || e.s[e.len - 1] != '\n')
		buf_addc(out, '\n');
	buf_release(&e);
}

static void field_line(struct buf *out, const char *name, const json_t *v)
{
	if (!v || json_is_null(v))
		return;
	buf_addf(out, "  %-11s ", name);
	if (json_is_string(v)) {
		buf_add_escaped(out, json_string_value(v), json_string_length(v), 0);
	} else {
		char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(6));
		buf_add_escaped(out, s ? s : "", s ? strlen(s) : 0, 0);
		free(s);
	}
	buf_addc(out, '\n');
}

void items_show(const json_t *rows, struct buf *out)
{
	const json_t *first = json_array_get(rows, 0);
	buf_adds(out, "item ");
	buf_add_escaped(out, json_string_value(json_object_get(first, "suite")), strlen(
		json_string_value(json_object_get(first, "suite"))), 0);
	buf_adds(out, "/");
	buf_add_escaped(out, json_string_value(json_object_get(first, "item")), strlen(
		json_string_value(json_object_get(first, "item"))), 0);
	buf_adds(out, " of run ");
	buf_add_escaped(out, json_string_value(json_object_get(first, "run")), strlen(
		json_string_value(json_object_get(first, "run"))), 0);
	buf_addc(out, '\n');
	field_line(out, "axis", json_object_get(first, "axis"));
	field_line(out, "category", json_object_get(first, "category"));
	field_line(out, "key", json_object_get(first, "key"));
	buf_adds(out, "\nprompt (as sent to the first model):\n");
	indented(out, json_string_value(json_object_get(first, "prompt")), "  | ");
	size_t i;
	const json_t *r;
	json_array_foreach(rows, i, r) {
		buf_adds(out, "\n");
		buf_adds(out, "== ");
		buf_add_escaped(out, json_string_value(json_object_get(r, "model")),
				strlen(json_string_value(json_object_get(r, "model"))), 0);
		if (json_integer_value(json_object_get(r, "sample")))
			buf_addf(out, " (sample %lld)", (long long)json_integer_value(json_object_get(r, "sample")));
		buf_adds(out, ": ");
		const char *v = json_string_value(json_object_get(r, "verdict"));
		buf_adds(out, v ? v : json_string_value(json_object_get(r, "status")));
		buf_addc(out, '\n');
		field_line(out, "grader", json_object_get(r, "grader"));
		field_line(out, "evidence", json_object_get(r, "evidence"));
		if (json_is_true(json_object_get(r, "hedged")))
			buf_adds(out, "  hedged      yes\n");
		if (json_is_true(json_object_get(r, "uncertain")))
			buf_adds(out, "  uncertain   yes\n");
		field_line(out, "confidence", json_object_get(r, "confidence"));
		const json_t *t = json_object_get(r, "tokens");
		if (json_is_integer(json_object_get(t, "output")))
			buf_addf(out, "  %-11s in %lld, out %lld, reasoning %lld\n", "tokens",
				 (long long)json_integer_value(json_object_get(t, "input")),
				 (long long)json_integer_value(json_object_get(t, "output")),
				 (long long)json_integer_value(json_object_get(t, "reasoning")));
		field_line(out, "latency s", json_object_get(r, "latency_s"));
		field_line(out, "cost $", json_object_get(r, "cost_usd"));
		field_line(out, "error", json_object_get(r, "error"));
		field_line(out, "fault", json_object_get(r, "fault"));
		const char *ans = json_string_value(json_object_get(r, "answer"));
		if (ans && *ans) {
			buf_adds(out, "  answer:\n");
			indented(out, ans, "  | ");
		}
		size_t k;
		const json_t *c;
		json_array_foreach(json_object_get(r, "tool_calls"), k, c) {
			/* name(arguments): the arguments as JSON, or as sent when
			 * they are not JSON */
			const json_t *a = json_object_get(c, "arguments");
			char *args = json_is_object(a) ? json_dumps(a, JSON_COMPACT) : NULL;
			buf_addf(out, "  tool call %zu:\n", k + 1);
			struct buf l = BUF_INIT;
			buf_addf(&l, "%s(%s)", json_string_value(json_object_get(c, "name")) ?
				 json_string_value(json_object_get(c, "name")) : "?",
				 args ? args : json_string_value(json_object_get(c, "raw")) ?
				 json_string_value(json_object_get(c, "raw")) : "");
			indented(out, l.s, "  | ");
			buf_release(&l);
			free(args);
		}
	}
}
