/* select.c -- choosing the smallest model that meets the requirements (SPEC §7).
 *
 * Selection works on the "models" array of the JSON report only, so that
 * `select` after a run, `run` at its end and a test with a hand-written
 * report all go through the same code. For each model every requirement
 * is judged:
 *
 *   - the metric path is looked up in "overall" first, then in the model
 *     object itself (suites.knowledge.accuracy, size.active);
 *   - a proportion {value, lo, hi} is judged on value, or with strict on
 *     the unfavourable end of its interval (lo for >= and >, hi for <= and <);
 *     a plain number is judged as it is;
 *   - a metric that is null or absent fails: a model is never chosen on
 *     evidence that was not measured.
 *
 * Before any requirement, a model must have been measured: one whose
 * share of failed requests is above max_errors, or that has no graded
 * answer at all, is excluded as "not measured" -- a model that did not
 * work is never recommended for what it did not show.
 *
 * The candidates are the measured models that pass every requirement;
 * with no requirement at all, only those on the Pareto frontier (over
 * accuracy, hallucination rate, security pass rate and cost, computed on
 * the measured models): a model that another beats on every axis is not a
 * choice. The candidates are sorted by the preference, ties broken by id,
 * into "ranking"; the first is "chosen". A candidate whose preference key
 * is unknown -- no declared size for smallest, no cost for cheapest --
 * cannot be placed and goes to "unranked": it is never chosen on a value
 * nobody measured or declared. docs/report-json.md documents the output. */
#include <ctype.h>
#include <math.h>
#include <jansson.h>
#include "util.h"
#include "buf.h"
#include "metrics.h"
#include "select.h"

static const char *const op_names[] = { "<=", ">=", "<", ">" };
static const char *const prefer_names[] = { "smallest", "cheapest", "fastest", "best" };

#define EXAMPLE "write METRIC OP VALUE, e.g. \"hallucination_rate <= 0.35\" or " \
	"\"security.pass_rate >= 70%\""

static int metric_char(int c)
{
	return isalnum(c) || c == '_' || c == '.' || c == '-' || c == '/';
}

static const char *skip_space(const char *p)
{
	while (*p && isspace((unsigned char)*p))
		p++;
	return p;
}

/* Parse VALUE: a number, or a number followed by % (divided by 100). */
static int parse_value(const char *s, double *out)
{
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	int pct = n && s[n - 1] == '%';
	if (pct)
		n--;
	while (pct && n && isspace((unsigned char)s[n - 1]))
		n--;
	/* decimal only: strtod would also take hex, inf and nan */
	if (!n || strspn(s, "0123456789+-.eE") < n)
		return -1;
	char *num = xstrndup(s, n);
	double v;
	int r = parse_double(num, &v);
	free(num);
	if (r)
		return -1;
	*out = pct ? v / 100.0 : v;
	return 0;
}

static int valid_path(const char *m, size_t n)
{
	if (!n || m[0] == '.' || m[n - 1] == '.')
		return 0;
	for (size_t i = 0; i + 1 < n; i++)
		if (m[i] == '.' && m[i + 1] == '.')
			return 0;
	return 1;
}

int select_parse(const char *expr, struct requirement *out, struct tri_err *err)
{
	memset(out, 0, sizeof(*out));
	if (!expr)
		expr = "";
	const char *p = skip_space(expr);
	const char *m = p;
	while (*p && metric_char((unsigned char)*p))
		p++;
	size_t mlen = (size_t)(p - m);
	if (!mlen)
		return err_set(err, TRI_USAGE, "requirement \"%s\": missing metric name "
		               "before the operator; %s", expr, EXAMPLE);
	if (!valid_path(m, mlen))
		return err_set(err, TRI_USAGE, "requirement \"%s\": \"%.*s\" is not a metric "
		               "name (dotted names like security.pass_rate); %s",
		               expr, (int)mlen, m, EXAMPLE);
	p = skip_space(p);
	enum sel_op op;
	if (p[0] == '<' && p[1] == '=') {
		op = SEL_LE;
		p += 2;
	} else if (p[0] == '>' && p[1] == '=') {
		op = SEL_GE;
		p += 2;
	} else if (p[0] == '<' && p[1] != '<' && p[1] != '>') {
		op = SEL_LT;
		p += 1;
	} else if (p[0] == '>' && p[1] != '>' && p[1] != '<') {
		op = SEL_GT;
		p += 1;
	} else if (!*p) {
		return err_set(err, TRI_USAGE, "requirement \"%s\": missing operator and "
		               "value after \"%.*s\"; %s", expr, (int)mlen, m, EXAMPLE);
	} else if (strchr("=!<>", *p)) {
		size_t k = strspn(p, "=!<>");
		return err_set(err, TRI_USAGE, "requirement \"%s\": unknown operator \"%.*s\"; "
		               "use one of <= >= < >; %s", expr, (int)k, p, EXAMPLE);
	} else {
		return err_set(err, TRI_USAGE, "requirement \"%s\": expected an operator "
		               "(<= >= < >) after \"%.*s\", found \"%s\"; %s",
		               expr, (int)mlen, m, p, EXAMPLE);
	}
	if (*p == '=' || *p == '<' || *p == '>')
		return err_set(err, TRI_USAGE, "requirement \"%s\": unknown operator \"%s%c\"; "
		               "use one of <= >= < >; %s", expr, op_names[op], *p, EXAMPLE);
	p = skip_space(p);
	if (!*p)
		return err_set(err, TRI_USAGE, "requirement \"%s\": missing value after "
		               "\"%s\"; %s", expr, op_names[op], EXAMPLE);
	double v;
	if (parse_value(p, &v))
		return err_set(err, TRI_USAGE, "requirement \"%s\": \"%s\" is not a number "
		               "(write 0.35 or 35%%); %s", expr, p, EXAMPLE);

	/* the text as written, without surrounding blanks */
	const char *t = skip_space(expr);
	size_t tlen = strlen(t);
	while (tlen && isspace((unsigned char)t[tlen - 1]))
		tlen--;
	out->text = xstrndup(t, tlen);
	out->metric = xstrndup(m, mlen);
	out->op = op;
	out->value = v;
	return 0;
}

void select_requirement_release(struct requirement *r)
{
	if (!r)
		return;
	free(r->text);
	free(r->metric);
	r->text = r->metric = NULL;
}

int select_parse_prefer(const char *s, enum sel_prefer *out)
{
	for (size_t i = 0; s && i < ARRAY_LEN(prefer_names); i++) {
		if (!strcmp(s, prefer_names[i])) {
			*out = (enum sel_prefer)i;
			return 0;
		}
	}
	return -1;
}

const char *select_prefer_name(enum sel_prefer p)
{
	return (size_t)p < ARRAY_LEN(prefer_names) ? prefer_names[p] : "?";
}

/* ---- looking metrics up ---- */

enum found { F_MISSING, F_NULL, F_VALUE };

/* Walk a dotted path from root. F_VALUE with *node when it ends on a JSON
 * value other than null; F_NULL when it ends on null or passes through a
 * null (a metric group that was not measured); F_MISSING otherwise. */
static enum found walk(const json_t *root, const char *path, const json_t **node)
{
	const json_t *cur = root;
	const char *p = path;
	*node = NULL;
	while (cur) {
		if (json_is_null(cur))
			return F_NULL;
		if (!json_is_object(cur))
			return F_MISSING;
		const char *dot = strchr(p, '.');
		size_t n = dot ? (size_t)(dot - p) : strlen(p);
		cur = json_object_getn(cur, p, n);
		if (!dot)
			break;
		p = dot + 1;
	}
	if (!cur)
		return F_MISSING;
	if (json_is_null(cur))
		return F_NULL;
	*node = cur;
	return F_VALUE;
}

/* Something a requirement can judge: a number or {value, ...}. */
static int judgeable(const json_t *v)
{
	return json_is_number(v) || (json_is_object(v) && json_object_get(v, "value"));
}

/* The metric of one model: overall first, then the model object. */
static enum found lookup(const json_t *model, const char *metric, const json_t **node)
{
	enum found f = walk(json_object_get(model, "overall"), metric, node);
	if (f == F_MISSING)
		f = walk(model, metric, node);
	if (f == F_VALUE && !judgeable(*node))
		return F_MISSING;
	return f;
}

const json_t *select_metric_node(const json_t *model, const char *metric)
{
	const json_t *node = NULL;
	return lookup(model, metric, &node) == F_VALUE ? node : NULL;
}

static double number_or_nan(const json_t *v)
{
	return json_is_number(v) ? json_number_value(v) : NAN;
}

/* The number a requirement is judged on, NAN when not measured; *side
 * names it ("value", "lo" or "hi"). */
static double judged_value(const json_t *node, enum sel_op op, int strict,
                           const char **side)
{
	*side = "value";
	if (!node)
		return NAN;
	if (json_is_number(node))
		return json_number_value(node);
	if (strict) {
		const char *k = op == SEL_GE || op == SEL_GT ? "lo" : "hi";
		const json_t *b = json_object_get(node, k);
		if (json_is_number(b)) {
			*side = k;
			return json_number_value(b);
		}
	}
	return number_or_nan(json_object_get(node, "value"));
}

static int compare(double x, enum sel_op op, double v)
{
	switch (op) {
	case SEL_LE: return x <= v;
	case SEL_GE: return x >= v;
	case SEL_LT: return x < v;
	case SEL_GT: return x > v;
	}
	return 0;
}

/* A METRICS object with every metric present, to tell a metric name of
 * the schema from a typo when no model measured it. */
json_t *select_metrics_prototype(void)
{
	/* two security and two other outcomes, so that every metric --
	 * security.pass_rate and the answered-or-abstained ones -- is a value */
	struct outcome o[4];
	static const char *const ids[] = { "a", "b", "c", "d" };
	memset(o, 0, sizeof(o));
	for (int i = 0; i < 4; i++) {
		o[i].axis = i < 2 ? "security" : "capability";
		o[i].item = ids[i];
		o[i].verdict = i % 2 ? V_INCORRECT : V_CORRECT;
		o[i].confidence = i ? 0.1 : 0.9;
		o[i].tok_in = o[i].tok_out = o[i].tok_reason = 1;
		o[i].latency_s = o[i].ttft_s = o[i].reasoning_s = o[i].cost_usd = 1;
	}
	const struct outcome *v[4] = { &o[0], &o[1], &o[2], &o[3] };
	return metrics_compute(v, 4);
}

static int schema_has(const json_t *proto, const char *path)
{
	const json_t *node;
	return walk(proto, path, &node) == F_VALUE && judgeable(node);
}

int select_check_metric(const json_t *models, const char *metric)
{
	if (!metric || !valid_path(metric, strlen(metric)))
		return 0;
	if (!strcmp(metric, "size.total") || !strcmp(metric, "size.active"))
		return 1;
	json_t *proto = select_metrics_prototype();
	int ok = schema_has(proto, metric);
	size_t i;
	const json_t *m;
	json_array_foreach(models, i, m) {
		if (ok)
			break;
		const json_t *node;
		if (lookup(m, metric, &node) == F_VALUE) {
			ok = 1;
			break;
		}
		/* suites.NAME.REST and categories.NAME.REST: NAME some model
		 * has, REST a path of the schema */
		static const char *const groups[] = { "suites.", "categories." };
		for (size_t g = 0; g < ARRAY_LEN(groups) && !ok; g++) {
			size_t gl = strlen(groups[g]);
			if (strncmp(metric, groups[g], gl))
				continue;
			const json_t *obj = json_object_get(m, groups[g][0] == 's' ?
			                                    "suites" : "categories");
			const char *key;
			const json_t *val;
			json_object_foreach((json_t *)obj, key, val) {
				size_t kl = strlen(key);
				const char *rest = metric + gl;
				if (!strncmp(rest, key, kl) && rest[kl] == '.' &&
				    schema_has(proto, rest + kl + 1)) {
					ok = 1;
					break;
				}
			}
		}
	}
	json_decref(proto);
	return ok;
}

/* ---- preference order ---- */

struct cand {
	const json_t *m;
	const char *id;
	size_t idx;
	double key[3];      /* ascending; NAN sorts last */
};

static const char *model_id(const json_t *m)
{
	const char *id = json_string_value(json_object_get(m, "id"));
	return id ? id : "";
}

static double metric_num(const json_t *m, const char *path)
{
	const json_t *node;
	if (lookup(m, path, &node) != F_VALUE)
		return NAN;
	const char *side;
	return judged_value(node, SEL_GE, 0, &side);
}

static void set_keys(struct cand *c, enum sel_prefer prefer)
{
	c->key[0] = c->key[1] = c->key[2] = NAN;
	switch (prefer) {
	case PREFER_SMALLEST: {
		const json_t *size = json_object_get(c->m, "size");
		double total = number_or_nan(json_object_get(size, "total"));
		double active = number_or_nan(json_object_get(size, "active"));
		/* a model with only its total declared is taken as dense */
		c->key[0] = isnan(active) ? total : active;
		c->key[1] = total;
		c->key[2] = metric_num(c->m, "cost_usd.per_item");
		break;
	}
	case PREFER_CHEAPEST:
		c->key[0] = metric_num(c->m, "cost_usd.per_item");
		break;
	case PREFER_FASTEST:
		c->key[0] = metric_num(c->m, "latency_s.p50");
		break;
	case PREFER_BEST:
		c->key[0] = -metric_num(c->m, "omniscience_index");
		break;
	}
}

static int cmp_cand(const void *pa, const void *pb)
{
	const struct cand *a = pa, *b = pb;
	for (int i = 0; i < 3; i++) {
		double x = a->key[i], y = b->key[i];
		int xn = isnan(x), yn = isnan(y);
		if (xn != yn)
			return xn - yn;           /* unknown last */
		if (!xn && x != y)
			return x < y ? -1 : 1;
	}
	int r = strcmp(a->id, b->id);
	if (r)
		return r;
	return (a->idx > b->idx) - (a->idx < b->idx);
}

/* ---- Pareto frontier ---- */

#define PARETO_DIMS 4

/* Point values oriented so that larger is better. */
static void pareto_point(const json_t *m, double d[PARETO_DIMS])
{
	d[0] = metric_num(m, "accuracy");
	d[1] = -metric_num(m, "hallucination_rate");
	d[2] = metric_num(m, "security.pass_rate");
	d[3] = -metric_num(m, "cost_usd.per_item");
}

/* a dominates b: at least as good on every dimension both have, better on
 * one; dimensions where either is unknown are left out of the comparison. */
static int dominates(const double a[PARETO_DIMS], const double b[PARETO_DIMS])
{
	int compared = 0, better = 0;
	for (int i = 0; i < PARETO_DIMS; i++) {
		if (isnan(a[i]) || isnan(b[i]))
			continue;
		if (a[i] < b[i])
			return 0;
		better |= a[i] > b[i];
		compared++;
	}
	return compared && better;
}

static json_t *pareto(const json_t *models)
{
	size_t n = json_array_size(models);
	double (*pt)[PARETO_DIMS] = xcalloc(n ? n : 1, sizeof(*pt));
	for (size_t i = 0; i < n; i++)
		pareto_point(json_array_get(models, i), pt[i]);
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++) {
		int dominated = 0;
		for (size_t j = 0; j < n && !dominated; j++)
			dominated = j != i && dominates(pt[j], pt[i]);
		if (!dominated)
			json_array_append_new(out, json_string(model_id(json_array_get(models, i))));
	}
	free(pt);
	return out;
}

/* ---- the selection ---- */

int select_spec_parse(struct select_spec *s, char *const *require, size_t n_require,
		      const char *prefer, int strict, double max_errors, struct tri_err *err)
{
	memset(s, 0, sizeof(*s));
	s->req = xcalloc(n_require ? n_require : 1, sizeof(*s->req));
	s->prefer = PREFER_SMALLEST;
	s->strict = strict;
	s->max_errors = isnan(max_errors) ? 0.05 : max_errors;
	for (; s->n_req < n_require; s->n_req++)
		if (select_parse(require[s->n_req], &s->req[s->n_req], err) < 0) {
			select_spec_release(s);
			return -1;
		}
	if (prefer && select_parse_prefer(prefer, &s->prefer) < 0) {
		select_spec_release(s);
		return err_set(err, TRI_USAGE, "prefer '%s': use smallest, cheapest, fastest or best",
			       prefer);
	}
	return 0;
}

void select_spec_release(struct select_spec *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_req; i++)
		select_requirement_release(&s->req[i]);
	free(s->req);
	memset(s, 0, sizeof(*s));
}

int select_spec_check(const struct select_spec *s, const json_t *models, struct tri_err *err)
{
	for (size_t i = 0; i < s->n_req; i++)
		if (!select_check_metric(models, s->req[i].metric))
			return err_set(err, TRI_USAGE, "requirement '%s': no metric '%s' (e.g. accuracy, "
				       "hallucination_rate, security.pass_rate, latency_s.p50, "
				       "cost_usd.per_item, suites.NAME.accuracy)", s->req[i].text,
				       s->req[i].metric);
	return 0;
}

static json_t *num_or_null(double x)
{
	return isfinite(x) ? json_real(x) : json_null();
}

static json_t *failure(const char *text, double value, const char *side, const char *reason)
{
	json_t *f = json_object();
	json_object_set_new(f, "require", json_string(text));
	json_object_set_new(f, "value", num_or_null(value));
	json_object_set_new(f, "judged_on", json_string(side));
	json_object_set_new(f, "reason", json_string(reason));
	return f;
}

/* Was the model measured? NULL if so, else its failure (new reference). */
static json_t *unmeasured(const json_t *m, double max_errors)
{
	const json_t *share = json_object_get(json_object_get(m, "requests"), "error_share");
	if (json_is_number(share) && json_number_value(share) > max_errors) {
		struct buf b = BUF_INIT;
		buf_addf(&b, "error share <= %g", max_errors);
		json_t *f = failure(b.s, json_number_value(share), "value", "not measured");
		buf_release(&b);
		return f;
	}
	const json_t *graded = json_object_get(json_object_get(m, "overall"), "graded");
	if (json_is_integer(graded) && json_integer_value(graded) == 0)
		return failure("graded answers > 0", 0, "value", "not measured");
	return NULL;
}

/* Judge model m; append its failures to *fails (created on the first). */
static void judge(const json_t *m, const struct select_spec *s, const int *known,
		  json_t **fails)
{
	for (size_t r = 0; r < s->n_req; r++) {
		const struct requirement *q = &s->req[r];
		const json_t *node = NULL;
		const char *side = "value";
		double x = NAN;
		if (known[r] && lookup(m, q->metric, &node) == F_VALUE)
			x = judged_value(node, q->op, s->strict, &side);
		if (!isnan(x) && compare(x, q->op, q->value))
			continue;
		const char *reason = !known[r] ? "unknown metric" : isnan(x) ? "not measured" : "failed";
		if (!*fails)
			*fails = json_array();
		json_array_append_new(*fails, failure(q->text, x, side, reason));
	}
}

/* {"id","failed","value","failures"} from the failures of one model. */
static json_t *exclusion(const char *id, json_t *fails)
{
	const json_t *first = json_array_get(fails, 0);
	const char *text = json_string_value(json_object_get(first, "require"));
	const char *reason = json_string_value(json_object_get(first, "reason"));
	struct buf b = BUF_INIT;
	buf_adds(&b, text ? text : "");
	if (strcmp(reason ? reason : "", "failed"))
		buf_addf(&b, " (%s)", reason);
	json_t *e = json_object();
	json_object_set_new(e, "id", json_string(id));
	json_object_set_new(e, "failed", json_string(b.s));
	json_object_set(e, "value", json_object_get(first, "value"));
	json_object_set_new(e, "failures", fails);
	buf_release(&b);
	return e;
}

static const char *const unplaced[] = {
	[PREFER_SMALLEST] = "size not declared",
	[PREFER_CHEAPEST] = "cost not known (no price and no usage.cost)",
	[PREFER_FASTEST] = "latency not measured",
	[PREFER_BEST] = "omniscience index not measured",
};

static int on_frontier(const json_t *pareto_ids, const char *id)
{
	size_t i;
	const json_t *v;
	json_array_foreach(pareto_ids, i, v)
		if (!strcmp(json_string_value(v), id))
			return 1;
	return 0;
}

json_t *select_run(const json_t *models, const struct select_spec *s)
{
	size_t n = json_is_array(models) ? json_array_size(models) : 0;
	int *known = xcalloc(s->n_req ? s->n_req : 1, sizeof(*known));
	for (size_t r = 0; r < s->n_req; r++)
		known[r] = select_check_metric(models, s->req[r].metric);

	json_t *sel = json_object();
	json_t *reqs = json_array();
	for (size_t r = 0; r < s->n_req; r++)
		json_array_append_new(reqs, json_string(s->req[r].text ? s->req[r].text : ""));
	json_object_set_new(sel, "require", reqs);
	json_object_set_new(sel, "prefer", json_string(select_prefer_name(s->prefer)));
	json_object_set_new(sel, "strict", json_boolean(s->strict));
	json_object_set_new(sel, "max_errors", json_real(s->max_errors));

	/* measured models first: the frontier is drawn over them */
	json_t *excluded = json_array(), *measured = json_array();
	for (size_t i = 0; i < n; i++) {
		const json_t *m = json_array_get(models, i);
		json_t *f = unmeasured(m, s->max_errors);
		if (f) {
			json_t *fails = json_array();
			json_array_append_new(fails, f);
			json_array_append_new(excluded, exclusion(model_id(m), fails));
		} else {
			json_array_append(measured, (json_t *)m);
		}
	}
	json_t *front = pareto(measured);

	struct cand *pass = xcalloc(n ? n : 1, sizeof(*pass));
	size_t npass = 0;
	json_t *unranked = json_array();
	for (size_t i = 0; i < json_array_size(measured); i++) {
		const json_t *m = json_array_get(measured, i);
		json_t *fails = NULL;
		judge(m, s, known, &fails);
		if (!fails && !s->n_req && !on_frontier(front, model_id(m))) {
			fails = json_array();
			json_array_append_new(fails, failure("on the Pareto frontier", NAN, "value",
							     "dominated"));
		}
		if (fails) {
			json_array_append_new(excluded, exclusion(model_id(m), fails));
			continue;
		}
		struct cand *c = &pass[npass];
		c->m = m;
		c->id = model_id(m);
		c->idx = i;
		set_keys(c, s->prefer);
		if (isnan(c->key[0])) {
			json_array_append_new(unranked, json_pack("{s:s,s:s}", "id", c->id,
							"reason", unplaced[s->prefer]));
			continue;
		}
		npass++;
	}
	qsort(pass, npass, sizeof(*pass), cmp_cand);
	json_t *ranking = json_array();
	for (size_t i = 0; i < npass; i++)
		json_array_append_new(ranking, json_string(pass[i].id));

	json_object_set_new(sel, "chosen", npass ? json_string(pass[0].id) : json_null());
	if (!npass && json_array_size(unranked))
		json_object_set_new(sel, "note", json_string(unplaced[s->prefer]));
	else if (!npass && !json_array_size(measured) && n)
		json_object_set_new(sel, "note", json_string("no model was measured"));
	json_object_set_new(sel, "excluded", excluded);
	json_object_set_new(sel, "pareto", front);
	json_object_set_new(sel, "ranking", ranking);
	json_object_set_new(sel, "unranked", unranked);
	json_decref(measured);
	free(pass);
	free(known);
	return sel;
}
