/* report_junit.c -- the report as JUnit XML, for CI (report_junit.h). */
#include <math.h>
#include "util.h"
#include "items.h"
#include "report_junit.h"
#include "select.h"

/* XML text or attribute value: & < > " ' as entities; control characters,
 * which XML 1.0 does not allow, as \xNN. */
static void xesc(struct buf *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		switch (*p) {
		case '&': buf_adds(out, "&amp;"); break;
		case '<': buf_adds(out, "&lt;"); break;
		case '>': buf_adds(out, "&gt;"); break;
		case '"': buf_adds(out, "&quot;"); break;
		case '\'': buf_adds(out, "&apos;"); break;
		default:
			if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
				buf_addf(out, "\\x%02x", *p);
			else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
				buf_addf(out, "\\x%02x", *++p);
			else
				buf_addc(out, (char)*p);
		}
	}
}

static const char *jstr(const json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));
	return s ? s : "";
}

/* The failure of model m on requirement text, if the selection lists one. */
static const json_t *failure_of(const json_t *sel, const char *model, const char *req)
{
	size_t i, j;
	const json_t *x, *f;
	json_array_foreach(json_object_get(sel, "excluded"), i, x) {
		if (strcmp(jstr(x, "id"), model))
			continue;
		json_array_foreach(json_object_get(x, "failures"), j, f)
			if (!strcmp(jstr(f, "require"), req) || !strcmp(jstr(f, "reason"), "not measured"))
				return f;
	}
	return NULL;
}

/* One <testsuite> per model: a test case per requirement (or, without
 * requirements, one that the model was measured). */
static void requirement_suites(const json_t *rep, struct buf *out, long *tests, long *fails)
{
	const json_t *sel = json_object_get(rep, "selection"), *m, *r;
	size_t i, k;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const char *id = jstr(m, "id");
		struct buf body = BUF_INIT;
		long t = 0, f = 0;
		const json_t *req = json_object_get(sel, "require");
		json_array_foreach(req, k, r) {
			const char *text = json_string_value(r);
			const json_t *fl = failure_of(sel, id, text);
			struct requirement q;
			struct tri_err e;
			double v = NAN;
			if (select_parse(text, &q, &e) == 0) {
				const json_t *node = select_metric_node(m, q.metric);
				v = json_is_number(node) ? json_number_value(node)
				  : json_is_number(json_object_get(node, "value"))
				  ? json_number_value(json_object_get(node, "value")) : NAN;
				select_requirement_release(&q);
			}
			t++;
			buf_adds(&body, "    <testcase classname=\"trilemma.requirements.");
			xesc(&body, id);
			buf_adds(&body, "\" name=\"");
			xesc(&body, text);
			buf_adds(&body, "\">");
			if (fl) {
				f++;
				const char *side = jstr(fl, "judged_on");
				struct buf msg = BUF_INIT;
				buf_addf(&msg, "%s: %s", jstr(fl, "reason"), !strcmp(side, "lo") ? "lower bound" :
					 !strcmp(side, "hi") ? "upper bound" : "measured");
				if (json_is_number(json_object_get(fl, "value")))
					buf_addf(&msg, " %.6g", json_number_value(json_object_get(fl, "value")));
				buf_adds(&body, "<failure message=\"");
				xesc(&body, msg.s);
				buf_adds(&body, "\" type=\"requirement\"/>");
				buf_release(&msg);
			} else if (!isnan(v)) {
				buf_addf(&body, "<system-out>measured %.6g</system-out>", v);
			}
			buf_adds(&body, "</testcase>\n");
		}
		if (!json_array_size(req)) {
			t++;
			const json_t *fl = failure_of(sel, id, "");
			buf_adds(&body, "    <testcase classname=\"trilemma.requirements.");
			xesc(&body, id);
			buf_adds(&body, "\" name=\"measured\">");
			if (fl && !strcmp(jstr(fl, "reason"), "not measured")) {
				f++;
				buf_adds(&body, "<failure message=\"not measured: too many failed requests\" "
					 "type=\"requirement\"/>");
			}
			buf_adds(&body, "</testcase>\n");
		}
		buf_adds(out, "  <testsuite name=\"requirements: ");
		xesc(out, id);
		buf_addf(out, "\" tests=\"%ld\" failures=\"%ld\" errors=\"0\">\n", t, f);
		buf_add(out, body.s, body.len);
		buf_adds(out, "  </testsuite>\n");
		buf_release(&body);
		*tests += t;
		*fails += f;
	}
}

struct item_ctx {
	struct buf *out;
	char *model;            /* the testsuite open */
	struct buf body;
	long t, f, e, s, tests, fails, errors;
};

static void close_suite(struct item_ctx *I)
{
	if (!I->model)
		return;
	buf_adds(I->out, "  <testsuite name=\"items: ");
	xesc(I->out, I->model);
	buf_addf(I->out, "\" tests=\"%ld\" failures=\"%ld\" errors=\"%ld\" skipped=\"%ld\">\n",
		 I->t, I->f, I->e, I->s);
	buf_add(I->out, I->body.s, I->body.len);
	buf_adds(I->out, "  </testsuite>\n");
	I->tests += I->t;
	I->fails += I->f;
	I->errors += I->e;
	buf_reset(&I->body);
	free(I->model);
	I->model = NULL;
	I->t = I->f = I->e = I->s = 0;
}

static int item_case(void *ctx, json_t *row, struct tri_err *err)
{
	struct item_ctx *I = ctx;
	const char *model = jstr(row, "model");
	/* rows come in plan order, item by item; a testsuite per model keeps
	 * its cases together: gather per model first */
	if (!I->model || strcmp(I->model, model)) {
		close_suite(I);
		I->model = xstrdup(model);
	}
	const char *v = json_string_value(json_object_get(row, "verdict"));
	struct buf *b = &I->body;
	I->t++;
	buf_adds(b, "    <testcase classname=\"");
	xesc(b, jstr(row, "suite"));
	buf_adds(b, "\" name=\"");
	xesc(b, jstr(row, "item"));
	if (json_integer_value(json_object_get(row, "sample")))
		buf_addf(b, " #%lld", (long long)json_integer_value(json_object_get(row, "sample")));
	buf_adds(b, "\">");
	const char *ev = jstr(row, "evidence");
	if (!v) {
		I->s++;
		buf_adds(b, "<skipped message=\"not graded: ");
		xesc(b, jstr(row, "status"));
		buf_adds(b, "\"/>");
	} else if (!strcmp(v, "incorrect")) {
		I->f++;
		buf_adds(b, "<failure message=\"");
		xesc(b, ev);
		buf_adds(b, "\" type=\"incorrect\"/>");
	} else if (!strcmp(v, "error")) {
		I->e++;
		buf_adds(b, "<error message=\"");
		xesc(b, *ev ? ev : jstr(row, "error"));
		buf_adds(b, "\" type=\"error\"/>");
	} else if (!strcmp(v, "abstained")) {
		I->s++;
		buf_adds(b, "<skipped message=\"abstained: ");
		xesc(b, ev);
		buf_adds(b, "\"/>");
	}
	buf_adds(b, "</testcase>\n");
	return 0;
}

int report_junit(const json_t *rep, struct store *st, const char *run, int items,
                 struct buf *out, struct tri_err *err)
{
	struct buf body = BUF_INIT;
	long tests = 0, fails = 0, errors = 0;
	requirement_suites(rep, &body, &tests, &fails);
	if (items) {
		/* one pass per model, so that each model's items form one testsuite */
		size_t i;
		const json_t *m;
		json_array_foreach(json_object_get(rep, "models"), i, m) {
			struct item_ctx I = { .out = &body, .body = BUF_INIT };
			int r = items_each(st, run, NULL, jstr(m, "id"), item_case, &I, err);
			close_suite(&I);
			buf_release(&I.body);
			tests += I.tests;
			fails += I.fails;
			errors += I.errors;
			if (r < 0) {
				buf_release(&body);
				return -1;
			}
		}
	}
	buf_adds(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"trilemma run ");
	xesc(out, jstr(json_object_get(rep, "run"), "id"));
	buf_addf(out, "\" tests=\"%ld\" failures=\"%ld\" errors=\"%ld\">\n", tests, fails, errors);
	buf_add(out, body.s, body.len);
	buf_adds(out, "</testsuites>\n");
	buf_release(&body);
	return 0;
}
