/* report_html.c -- the HTML report: one self-contained file (report_html.h).
 *
 * Everything is inline: CSS, the charts as SVG drawn here, the item data as
 * JSON in a data block, and a small script for the drill-down. No network,
 * no fonts, no CDN. The markup is well-formed XML as well as HTML (every
 * element closed, every attribute quoted, & < > escaped everywhere), so
 * that `xmllint` can check the file and each chart.
 *
 * Untrusted text -- model answers, prompts, item ids, model ids, evidence --
 * goes through esc() in markup and through json_safe() in the data block,
 * where < > & are written as \u003c \u003e \u0026 so that nothing a model
 * writes can end the block or start markup. */
#include <math.h>
#include "util.h"
#include "buf.h"
#include "items.h"
#include "report.h"
#include "report_html.h"
#include "select.h"

/* What one answer or prompt keeps in the drill-down: longer text is cut,
 * and the cut says how to see it whole. The page's text stays within
 * HTML_TEXT_BUDGET: a run of many answers gets a smaller cap per answer,
 * never below HTML_TEXT_MIN (10,000 items x 3 models: about 490 bytes). */
#define HTML_TEXT_MAX 6000
#define HTML_TEXT_MIN 400
#define HTML_TEXT_BUDGET (14u << 20)

/* ---- text ---------------------------------------------------------------- */

/* Escape for markup: & < > " ' and control characters (a terminal escape
 * in a model id stays inert in a browser, but not in a copied snippet). */
static void esc(struct buf *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		switch (*p) {
		case '&': buf_adds(out, "&amp;"); break;
		case '<': buf_adds(out, "&lt;"); break;
		case '>': buf_adds(out, "&gt;"); break;
		case '"': buf_adds(out, "&quot;"); break;
		case '\'': buf_adds(out, "&#39;"); break;
		default:
			if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
				buf_addf(out, "\\x%02x", *p);
			else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
				buf_addf(out, "\\x%02x", p[1]);   /* C1 control */
				p++;
			} else
				buf_addc(out, (char)*p);
		}
	}
}

/* JSON text safe inside a <script> data block and in XML: the JSON of j
 * with < > & as \u escapes (only strings hold them). */
static void json_safe(struct buf *out, const json_t *j)
{
	struct buf t = BUF_INIT;
	buf_add_json(&t, j, JSON_COMPACT);
	for (const char *p = t.s; *p; p++) {
		if (*p == '<')
			buf_adds(out, "\\u003c");
		else if (*p == '>')
			buf_adds(out, "\\u003e");
		else if (*p == '&')
			buf_adds(out, "\\u0026");
		else
			buf_addc(out, *p);
	}
	buf_release(&t);
}

static const char *jstr(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

/* A dotted path to a number; a proportion gives its value; NAN if none. */
static double jnum(const json_t *o, const char *path)
{
	char tmp[160];
	snprintf(tmp, sizeof(tmp), "%s", path);
	const json_t *v = o;
	for (char *p = tmp, *dot; v && p; p = dot ? dot + 1 : NULL) {
		dot = strchr(p, '.');
		if (dot)
			*dot = 0;
		v = json_object_get(v, p);
	}
	if (json_is_object(v))
		v = json_object_get(v, "value");
	return json_is_number(v) ? json_number_value(v) : NAN;
}

static void num(struct buf *out, double v, int decimals)
{
	if (isnan(v))
		buf_adds(out, "&#8211;");
	else
		buf_addf(out, "%.*f", decimals, v);
}

/* A number with enough significant digits to compare with a threshold:
 * 0.000155, not 0.000. */
static void num_sig(struct buf *out, double v)
{
	if (isnan(v))
		buf_adds(out, "&#8211;");
	else if (v != 0 && fabs(v) < 0.01)
		buf_addf(out, "%.3g", v);
	else
		buf_addf(out, "%.3f", v);
}

/* A proportion as "0.712 [0.65-0.77] n=120". */
static void prop(struct buf *out, const json_t *p, int with_n)
{
	if (!json_is_object(p)) {
		buf_adds(out, "&#8211;");
		return;
	}
	num(out, jnum(p, "value"), 3);
	double lo = jnum(p, "lo"), hi = jnum(p, "hi");
	if (!isnan(lo) && !isnan(hi))
		buf_addf(out, " <span class=\"ci\">[%.2f&#8211;%.2f]</span>", lo, hi);
	(void)with_n;
}

/* ---- the page frame ------------------------------------------------------- */

static const char css[] =
	":root{--fg:#1b1f24;--mut:#5b6470;--line:#d8dde3;--bg:#fff;--acc:#1f6feb;--ok:#1a7f37;"
	"--bad:#cf222e;--hi:#fff8c5}"
	"*{box-sizing:border-box}"
	"body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--fg);"
	"background:var(--bg);margin:0 auto;max-width:1200px;padding:24px}"
	"h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:1px solid "
	"var(--line);padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}"
	".sub,.ci,.note{color:var(--mut)}.ci{font-size:12px}.note{font-size:13px}"
	".decision{border:2px solid var(--acc);border-radius:8px;padding:14px 18px;margin:16px 0}"
	".decision .pick{font-size:24px;font-weight:700}"
	".pass{color:var(--ok)}.fail{color:var(--bad)}"
	".tw{overflow-x:auto;max-width:100%}"
	"table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}"
	"th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:right;white-space:nowrap}"
	"th{white-space:normal;vertical-align:bottom}"
	"th:first-child,td:first-child{text-align:left}th{background:#f6f8fa;font-weight:600}"
	"tr.chosen td{background:var(--hi);font-weight:600}"
	".charts{display:flex;flex-wrap:wrap;gap:18px}"
	".chart{border:1px solid var(--line);border-radius:6px;padding:8px}"
	".chart .cap{font-size:12px;color:var(--mut);max-width:520px;margin:4px 0 0}"
	"svg text{font:11px system-ui,sans-serif;fill:#1b1f24}svg .ax{stroke:#8c959f}"
	"svg .grid{stroke:#eaeef2}svg .fr{stroke:var(--acc);stroke-width:1.5;fill:none}"
	"dl.legend{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;font-size:13px}"
	"dl.legend dt{font-weight:600}dl.legend dd{margin:0;color:var(--mut)}"
	"summary .v{margin-left:12px}#drill .ctl{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:8px 0}"
	"#drill select,#drill input{font:inherit;padding:2px 4px}"
	".it{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:6px 10px}"
	".it pre{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:6px;margin:4px 0;"
	"max-height:320px;overflow:auto;font-size:12px}"
	".v{display:inline-block;min-width:80px;font-weight:600}.v-correct{color:var(--ok)}"
	".v-incorrect{color:var(--bad)}.v-abstained{color:#9a6700}.v-error,.v-failed,.v-pending"
	"{color:var(--mut)}"
	".pg button{font:inherit;margin:0 2px}"
	"@media print{.ctl,.pg{display:none}.it pre{max-height:none}}";

/* ---- SVG ------------------------------------------------------------------- */

#define PAL_N 8
static const char *const palette[PAL_N] = {
	"#1f6feb", "#cf222e", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7a86", "#6e7781",
};

struct plot {
	double x0, x1, y0, y1;    /* data range */
	int logx;
	int w, h, l, r, t, b;     /* pixels: size and margins */
};

static double px(const struct plot *p, double x)
{
	double a = p->logx ? log10(x) : x, a0 = p->logx ? log10(p->x0) : p->x0;
	double a1 = p->logx ? log10(p->x1) : p->x1;
	return p->l + (a1 > a0 ? (a - a0) / (a1 - a0) : 0.5) * (p->w - p->l - p->r);
}

static double py(const struct plot *p, double y)
{
	return p->t + (p->y1 > p->y0 ? (p->y1 - y) / (p->y1 - p->y0) : 0.5) * (p->h - p->t - p->b);
}

static void svg_open(struct buf *out, int w, int h, const char *title)
{
	buf_addf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
		 "viewBox=\"0 0 %d %d\" role=\"img\"><title>", w, h, w, h);
	esc(out, title);
	buf_adds(out, "</title>");
}

/* Axes with ticks: y in [y0, y1] with 5 steps; x linear or by decades. */
static void axes(struct buf *out, const struct plot *p, const char *xlabel, const char *ylabel)
{
	for (int k = 0; k <= 4; k++) {
		double y = p->y0 + (p->y1 - p->y0) * k / 4;
		buf_addf(out, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
			 p->l, py(p, y), p->w - p->r, py(p, y));
		buf_addf(out, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>", p->l - 4,
			 py(p, y) + 4, y);
	}
	if (p->logx) {
		for (double d = pow(10, floor(log10(p->x0))); d <= p->x1 * 1.0001; d *= 10) {
			if (d < p->x0 * 0.9999)
				continue;
			buf_addf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>",
				 px(p, d), p->t, px(p, d), p->h - p->b);
			buf_addf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%g</text>", px(p, d),
				 p->h - p->b + 14, d);
		}
	} else {
		for (int k = 0; k <= 4; k++) {
			double x = p->x0 + (p->x1 - p->x0) * k / 4;
			buf_addf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.2f</text>",
				 px(p, x), p->h - p->b + 14, x);
		}
	}
	buf_addf(out, "<line class=\"ax\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", p->l, p->h - p->b,
		 p->w - p->r, p->h - p->b);
	buf_addf(out, "<line class=\"ax\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", p->l, p->t, p->l,
		 p->h - p->b);
	buf_addf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">", (p->l + p->w - p->r) / 2,
		 p->h - 4);
	esc(out, xlabel);
	buf_addf(out, "</text><text x=\"12\" y=\"%d\" text-anchor=\"middle\" "
		 "transform=\"rotate(-90 12 %d)\">", (p->t + p->h - p->b) / 2, (p->t + p->h - p->b) / 2);
	esc(out, ylabel);
	buf_adds(out, "</text>");
}

static void dot(struct buf *out, double x, double y, int k, const char *label, const char *tip)
{
	buf_addf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"><title>", x, y,
		 palette[k % PAL_N]);
	esc(out, tip);
	buf_addf(out, "</title></circle><text x=\"%.1f\" y=\"%.1f\">", x + 7, y - 6);
	esc(out, label);
	buf_adds(out, "</text>");
}

static void figure_open(struct buf *out, const char *id)
{
	buf_addf(out, "<div class=\"chart\" id=\"%s\">", id);
}

static void figure_close(struct buf *out, const char *caption)
{
	buf_adds(out, "<p class=\"cap\">");
	esc(out, caption);
	buf_adds(out, "</p></div>\n");
}

/* ---- charts ------------------------------------------------------------------ */

static int is_frontier(const json_t *sel, const char *id)
{
	size_t i;
	const json_t *v;
	json_array_foreach(json_object_get(sel, "pareto"), i, v)
		if (!strcmp(json_string_value(v), id))
			return 1;
	return 0;
}

/* Accuracy against a positive x (cost per item, or declared size) on a log
 * axis, the Pareto frontier joined in x order. */
static void chart_accuracy_vs(struct buf *out, const json_t *rep, const char *id,
			      const char *xpath, const char *xlabel, const char *caption)
{
	const json_t *models = json_object_get(rep, "models"), *m;
	const json_t *sel = json_object_get(rep, "selection");
	size_t i, n = 0;
	double x0 = INFINITY, x1 = 0;
	json_array_foreach(models, i, m) {
		double x = jnum(m, xpath), y = jnum(m, "overall.accuracy");
		if (!(x > 0) || isnan(y))
			continue;
		x0 = fmin(x0, x);
		x1 = fmax(x1, x);
		n++;
	}
	figure_open(out, id);
	if (!n) {
		buf_adds(out, "<p class=\"note\">Not drawn: no model has both an accuracy and a ");
		esc(out, xlabel);
		buf_adds(out, ".</p>");
		figure_close(out, caption);
		return;
	}
	struct plot p = { .x0 = pow(10, floor(log10(x0))), .x1 = pow(10, ceil(log10(x1 * 1.0001))),
			  .y0 = 0, .y1 = 1, .logx = 1, .w = 520, .h = 320, .l = 48, .r = 90, .t = 14,
			  .b = 40 };
	if (p.x1 <= p.x0)
		p.x1 = p.x0 * 10;
	svg_open(out, p.w, p.h, caption);
	axes(out, &p, xlabel, "accuracy");
	/* the frontier: its models in x order */
	struct { double x, y; } fr[64];
	size_t nf = 0;
	json_array_foreach(models, i, m) {
		double x = jnum(m, xpath), y = jnum(m, "overall.accuracy");
		if (x > 0 && !isnan(y) && is_frontier(sel, jstr(m, "id")) && nf < ARRAY_LEN(fr))
			fr[nf].x = x, fr[nf++].y = y;
	}
	for (size_t a = 1; a < nf; a++)
		for (size_t b = a; b > 0 && fr[b].x < fr[b - 1].x; b--) {
			double tx = fr[b].x, ty = fr[b].y;
			fr[b] = fr[b - 1];
			fr[b - 1].x = tx, fr[b - 1].y = ty;
		}
	if (nf > 1) {
		buf_adds(out, "<polyline class=\"fr\" points=\"");
		for (size_t k = 0; k < nf; k++)
			buf_addf(out, "%s%.1f,%.1f", k ? " " : "", px(&p, fr[k].x), py(&p, fr[k].y));
		buf_adds(out, "\"/>");
	}
	json_array_foreach(models, i, m) {
		double x = jnum(m, xpath), y = jnum(m, "overall.accuracy");
		if (!(x > 0) || isnan(y))
			continue;
		struct buf tip = BUF_INIT;
		buf_addf(&tip, "%s: accuracy %.3f, %s %g%s", jstr(m, "id"), y, xlabel, x,
			 is_frontier(sel, jstr(m, "id")) ? " (on the Pareto frontier)" : "");
		dot(out, px(&p, x), py(&p, y), (int)i, jstr(m, "id"), tip.s);
		buf_release(&tip);
	}
	buf_adds(out, "</svg>");
	figure_close(out, caption);
}

/* The capability-calibration plane: accuracy across, hallucination rate
 * up; the better corner is bottom right. */
static void chart_plane(struct buf *out, const json_t *rep)
{
	const char *cap = "Accuracy (across) against hallucination rate (up): the share of the items "
			  "a model did not get right on which it answered anyway. Better is down and "
			  "to the right.";
	const json_t *models = json_object_get(rep, "models"), *m;
	size_t i, n = 0;
	json_array_foreach(models, i, m)
		n += !isnan(jnum(m, "overall.accuracy")) && !isnan(jnum(m, "overall.hallucination_rate"));
	figure_open(out, "chart-plane");
	if (!n) {
		buf_adds(out, "<p class=\"note\">Not drawn: no model has a hallucination rate (no "
			 "item it failed).</p>");
		figure_close(out, cap);
		return;
	}
	struct plot p = { .x0 = 0, .x1 = 1, .y0 = 0, .y1 = 1, .w = 520, .h = 320, .l = 48, .r = 90,
			  .t = 14, .b = 40 };
	svg_open(out, p.w, p.h, cap);
	axes(out, &p, "accuracy", "hallucination rate");
	buf_addf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#1a7f37\">better</text>",
		 p.w - p.r - 4, p.h - p.b - 6);
	json_array_foreach(models, i, m) {
		double x = jnum(m, "overall.accuracy"), y = jnum(m, "overall.hallucination_rate");
		if (isnan(x) || isnan(y))
			continue;
		struct buf tip = BUF_INIT;
		buf_addf(&tip, "%s: accuracy %.3f, hallucination rate %.3f", jstr(m, "id"), x, y);
		dot(out, px(&p, x), py(&p, y), (int)i, jstr(m, "id"), tip.s);
		buf_release(&tip);
	}
	buf_adds(out, "</svg>");
	figure_close(out, cap);
}

/* The colour of each model, as a line of markup. */
static void legend(struct buf *out, const json_t *models)
{
	size_t i;
	const json_t *m;
	buf_adds(out, "<div class=\"note\">");
	json_array_foreach(models, i, m) {
		buf_addf(out, "<span style=\"color:%s\">&#9632;</span> ", palette[i % PAL_N]);
		esc(out, jstr(m, "id"));
		buf_adds(out, " &#160; ");
	}
	buf_adds(out, "</div>");
}

/* Accuracy per suite, a bar per model with its 95% interval. */
static void chart_suites(struct buf *out, const json_t *rep)
{
	const char *cap = "Accuracy per suite (the pass rate for security suites), one bar per "
			  "model, with the 95% Wilson interval as a whisker.";
	const json_t *models = json_object_get(rep, "models"), *suites, *m, *s;
	suites = json_object_get(json_object_get(rep, "run"), "suites");
	size_t nm = json_array_size(models), ns = json_array_size(suites), i, k;
	if (!nm || !ns)
		return;
	int group = (int)(nm * 16 + 14), w = 60 + (int)ns * group, h = 260;
	if (w < 360)
		w = 360;
	struct plot p = { .x0 = 0, .x1 = 1, .y0 = 0, .y1 = 1, .w = w, .h = h, .l = 44, .r = 10, .t = 12,
			  .b = 54 };
	figure_open(out, "chart-suites");
	svg_open(out, w, h, cap);
	for (int t = 0; t <= 4; t++) {
		double y = t / 4.0;
		buf_addf(out, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>"
			 "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>", p.l, py(&p, y),
			 w - p.r, py(&p, y), p.l - 4, py(&p, y) + 4, y);
	}
	json_array_foreach(suites, k, s) {
		const char *name = jstr(s, "name");
		int gx = p.l + 8 + (int)k * group;
		json_array_foreach(models, i, m) {
			const json_t *acc = json_object_get(json_object_get(json_object_get(m, "suites"),
									    name), "accuracy");
			double v = jnum(acc, "value"), lo = jnum(acc, "lo"), hi = jnum(acc, "hi");
			if (isnan(v))
				continue;
			double x = gx + (double)i * 16;
			buf_addf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"13\" height=\"%.1f\" fill=\"%s\">"
				 "<title>", x, py(&p, v), py(&p, 0) - py(&p, v), palette[i % PAL_N]);
			struct buf tip = BUF_INIT;
			buf_addf(&tip, "%s on %s: %.3f [%.2f-%.2f], %lld items", jstr(m, "id"), name, v,
				 lo, hi, (long long)json_integer_value(json_object_get(json_object_get(
					 json_object_get(m, "suites"), name), "graded")));
			esc(out, tip.s);
			buf_release(&tip);
			buf_adds(out, "</title></rect>");
			if (!isnan(lo) && !isnan(hi))
				buf_addf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
					 "stroke=\"#1b1f24\"/>", x + 6.5, py(&p, lo), x + 6.5, py(&p, hi));
		}
		buf_addf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"start\" transform=\"rotate(25 %d %d)\">",
			 gx, h - p.b + 14, gx, h - p.b + 14);
		esc(out, name);
		buf_adds(out, "</text>");
	}
	buf_addf(out, "<line class=\"ax\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", p.l, py(&p, 0),
		 w - p.r, py(&p, 0));
	buf_adds(out, "</svg>");
	legend(out, models);
	figure_close(out, cap);
}

/* The reliability diagram of each model that stated confidences. */
static void chart_reliability(struct buf *out, const json_t *rep)
{
	const char *cap = "Reliability: for each bin of stated confidence, the mean confidence "
			  "(across) against the share correct (up); a dot's area follows its "
			  "number of answers. A calibrated model sits on the diagonal.";
	const json_t *models = json_object_get(rep, "models"), *m;
	size_t i;
	int any = 0;
	json_array_foreach(models, i, m) {
		const json_t *bins = json_object_get(json_object_get(m, "overall"), "reliability");
		if (!json_array_size(bins))
			continue;
		any = 1;
		struct plot p = { .x0 = 0, .x1 = 1, .y0 = 0, .y1 = 1, .w = 240, .h = 240, .l = 40,
				  .r = 10, .t = 18, .b = 36 };
		struct buf id = BUF_INIT, title = BUF_INIT;
		buf_addf(&id, "chart-reliability-%zu", i);
		figure_open(out, id.s);
		buf_addf(&title, "reliability of %s (ECE %.3f)", jstr(m, "id"), jnum(m, "overall.ece"));
		svg_open(out, p.w, p.h, title.s);
		axes(out, &p, "stated confidence", "share correct");
		buf_addf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8c959f\" "
			 "stroke-dasharray=\"4 3\"/>", px(&p, 0), py(&p, 0), px(&p, 1), py(&p, 1));
		double maxc = 1;
		size_t k;
		const json_t *b;
		json_array_foreach(bins, k, b)
			maxc = fmax(maxc, jnum(b, "count"));
		json_array_foreach(bins, k, b) {
			double c = jnum(b, "count"), x = jnum(b, "mean_confidence"), y = jnum(b, "accuracy");
			if (isnan(x) || isnan(y))
				continue;
			buf_addf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
				 "fill-opacity=\"0.7\"><title>", px(&p, x), py(&p, y),
				 3 + 9 * sqrt(c / maxc), palette[i % PAL_N]);
			struct buf tip = BUF_INIT;
			buf_addf(&tip, "confidence %.2f-%.2f: %g answers, mean confidence %.3f, %.3f correct",
				 jnum(b, "bin_lo"), jnum(b, "bin_hi"), c, x, y);
			esc(out, tip.s);
			buf_release(&tip);
			buf_adds(out, "</title></circle>");
		}
		buf_adds(out, "</svg>");
		figure_close(out, title.s);
		buf_release(&id);
		buf_release(&title);
	}
	if (!any)
		buf_adds(out, "<p class=\"note\">No model stated a confidence: no reliability diagram.</p>");
	else
		buf_addf(out, "<p class=\"note\">%s</p>", cap);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A heat map of the security pass rate: models down, groups across. */
static void chart_heat(struct buf *out, const json_t *rep, const char *group, const char *caption)
{
	const json_t *models = json_object_get(rep, "models"), *m;
	json_t *cols = json_object();   /* the union of the groups, sorted */
	size_t i;
	json_array_foreach(models, i, m) {
		const char *k;
		json_t *v;
		json_object_foreach(json_object_get(json_object_get(m, "security_report"), group), k, v)
			json_object_set_new(cols, k, json_true());
	}
	size_t nc = json_object_size(cols), nm = json_array_size(models);
	if (!nc) {
		json_decref(cols);
		return;
	}
	const char **names = xcalloc(nc, sizeof(*names));
	size_t c = 0;
	const char *k;
	json_t *v;
	json_object_foreach(cols, k, v)
		names[c++] = k;
	qsort(names, nc, sizeof(*names), cmp_name);
	size_t longest = 0;
	for (size_t j = 0; j < nc; j++)
		longest = strlen(names[j]) > longest ? strlen(names[j]) : longest;
	if (longest > 30)
		longest = 30;
	int cw = 64, rh = 26, l = 110, t = 16 + (int)longest * 5;
	int w = l + (int)nc * cw + 20 + (int)longest * 5;
	int h = t + (int)nm * rh + 10;
	struct buf id = BUF_INIT;
	buf_addf(&id, "chart-heat-%s", group);
	figure_open(out, id.s);
	svg_open(out, w, h, caption);
	for (size_t j = 0; j < nc; j++) {
		int x = l + (int)j * cw + cw / 2;
		buf_addf(out, "<text x=\"%d\" y=\"%d\" transform=\"rotate(-40 %d %d)\"><title>", x,
			 t - 6, x, t - 6);
		esc(out, names[j]);
		buf_adds(out, "</title>");
		if (strlen(names[j]) > 30) {
			struct buf cut = BUF_INIT;
			size_t n = 28;
			while (n > 0 && ((unsigned char)names[j][n] & 0xC0) == 0x80)
				n--;
			buf_add(&cut, names[j], n);
			buf_adds(&cut, "...");
			esc(out, cut.s);
			buf_release(&cut);
		} else {
			esc(out, names[j]);
		}
		buf_adds(out, "</text>");
	}
	json_array_foreach(models, i, m) {
		int y = t + (int)i * rh;
		buf_addf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", l - 6, y + rh / 2 + 4);
		esc(out, jstr(m, "id"));
		buf_adds(out, "</text>");
		for (size_t j = 0; j < nc; j++) {
			const json_t *g = json_object_get(json_object_get(json_object_get(m, "security_report"),
									  group), names[j]);
			double pr = jnum(g, "accuracy");
			long long n = json_integer_value(json_object_get(g, "graded"));
			int x = l + (int)j * cw;
			if (isnan(pr)) {
				buf_addf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f6f8fa\"/>",
					 x, y, cw - 2, rh - 2);
				continue;
			}
			/* red (0) through yellow to green (1) */
			int r = pr < 0.5 ? 220 : (int)(220 - (pr - 0.5) * 2 * 180);
			int gr = pr < 0.5 ? (int)(60 + pr * 2 * 150) : 210;
			buf_addf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
				 "fill=\"rgb(%d,%d,90)\"><title>", x, y, cw - 2, rh - 2, r, gr);
			struct buf tip = BUF_INIT;
			buf_addf(&tip, "%s, %s: pass rate %.3f over %lld items", jstr(m, "id"), names[j], pr, n);
			esc(out, tip.s);
			buf_release(&tip);
			buf_addf(out, "</title></rect><text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%.2f%s</text>",
				 x + cw / 2 - 1, y + rh / 2 + 4, pr, n < 10 ? "*" : "");
		}
	}
	buf_adds(out, "</svg>");
	figure_close(out, caption);
	buf_release(&id);
	free(names);
	json_decref(cols);
}

/* ---- distributions from the items --------------------------------------- */

struct series {
	double *v;
	size_t n, alloc;
};

struct dist {
	char *model;
	struct series latency, out_tokens;
};

struct collect {
	struct dist *d;
	size_t n, alloc;
	json_t *items;          /* the drill-down: one entry per item */
	json_t *cur;            /* the entry being filled */
	size_t cap;             /* bytes of text kept per answer and prompt */
	char *cur_key;
	size_t rows;
};

static void series_add(struct series *s, double v)
{
	XGROW(s->v, s->alloc, s->n + 1);
	s->v[s->n++] = v;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double quant(const struct series *s, double q)
{
	if (!s->n)
		return NAN;
	double pos = q * (double)(s->n - 1);
	size_t i = (size_t)pos;
	double f = pos - (double)i;
	return i + 1 < s->n ? s->v[i] * (1 - f) + s->v[i + 1] * f : s->v[i];
}

/* Box plots, one per model: 5th-95th percentile whiskers, quartile box,
 * median line, on a linear axis from 0. */
static void chart_boxes(struct buf *out, struct collect *C, int which, const char *id,
			const char *xlabel, const char *caption)
{
	double hi = 0;
	size_t any = 0;
	for (size_t i = 0; i < C->n; i++) {
		struct series *s = which ? &C->d[i].out_tokens : &C->d[i].latency;
		qsort(s->v, s->n, sizeof(*s->v), cmp_double);
		if (s->n) {
			hi = fmax(hi, quant(s, 0.95));
			any++;
		}
	}
	figure_open(out, id);
	if (!any || !(hi > 0)) {
		buf_adds(out, "<p class=\"note\">Not drawn: nothing measured.</p>");
		figure_close(out, caption);
		return;
	}
	int rh = 28;
	struct plot p = { .x0 = 0, .x1 = hi * 1.05, .y0 = 0, .y1 = 1, .w = 520,
			  .h = 40 + (int)C->n * rh + 20, .l = 110, .r = 20, .t = 10, .b = 40 };
	svg_open(out, p.w, p.h, caption);
	for (int k = 0; k <= 4; k++) {
		double x = p.x1 * k / 4;
		buf_addf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
			 "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.3g</text>", px(&p, x), p.t,
			 px(&p, x), p.h - p.b, px(&p, x), p.h - p.b + 14, x);
	}
	buf_addf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">", (p.l + p.w - p.r) / 2, p.h - 6);
	esc(out, xlabel);
	buf_adds(out, "</text>");
	for (size_t i = 0; i < C->n; i++) {
		struct series *s = which ? &C->d[i].out_tokens : &C->d[i].latency;
		double y = p.t + 10 + (double)i * rh;
		buf_addf(out, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", p.l - 6, y + 9);
		esc(out, C->d[i].model);
		buf_adds(out, "</text>");
		if (!s->n)
			continue;
		double q05 = quant(s, .05), q25 = quant(s, .25), q50 = quant(s, .5), q75 = quant(s, .75),
		       q95 = quant(s, .95);
		buf_addf(out, "<g><title>");
		struct buf tip = BUF_INIT;
		buf_addf(&tip, "%s: p5 %.3g, p25 %.3g, median %.3g, p75 %.3g, p95 %.3g (%zu answers)",
			 C->d[i].model, q05, q25, q50, q75, q95, s->n);
		esc(out, tip.s);
		buf_release(&tip);
		buf_addf(out, "</title><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
			 "stroke=\"#57606a\"/><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\" "
			 "fill=\"%s\" fill-opacity=\"0.35\" stroke=\"%s\"/><line x1=\"%.1f\" y1=\"%.1f\" "
			 "x2=\"%.1f\" y2=\"%.1f\" stroke=\"#1b1f24\" stroke-width=\"2\"/></g>",
			 px(&p, q05), y + 8, px(&p, q95), y + 8, px(&p, q25), y, fmax(1, px(&p, q75) - px(&p, q25)),
			 palette[i % PAL_N], palette[i % PAL_N], px(&p, q50), y, px(&p, q50), y + 16);
	}
	buf_adds(out, "</svg>");
	figure_close(out, caption);
}

/* Reasoning tokens per correct answer, a bar per model. */
static void chart_reasoning(struct buf *out, const json_t *rep)
{
	const char *cap = "Reasoning tokens spent per correct answer (all reasoning tokens over the "
			  "number of correct answers): what a right answer costs in thinking.";
	const json_t *models = json_object_get(rep, "models"), *m;
	size_t i, nm = json_array_size(models);
	double hi = 0;
	json_array_foreach(models, i, m)
		if (!isnan(jnum(m, "overall.tokens.reasoning.per_correct")))
			hi = fmax(hi, jnum(m, "overall.tokens.reasoning.per_correct"));
	figure_open(out, "chart-reasoning");
	if (!(hi > 0)) {
		buf_adds(out, "<p class=\"note\">Not drawn: no model reported reasoning tokens.</p>");
		figure_close(out, cap);
		return;
	}
	int rh = 24;
	struct plot p = { .x0 = 0, .x1 = hi * 1.1, .y0 = 0, .y1 = 1, .w = 520,
			  .h = 30 + (int)nm * rh + 20, .l = 110, .r = 60, .t = 10, .b = 30 };
	svg_open(out, p.w, p.h, cap);
	json_array_foreach(models, i, m) {
		double v = jnum(m, "overall.tokens.reasoning.per_correct");
		double y = p.t + (double)i * rh;
		buf_addf(out, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", p.l - 6, y + 14);
		esc(out, jstr(m, "id"));
		buf_adds(out, "</text>");
		if (isnan(v))
			continue;
		buf_addf(out, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>"
			 "<text x=\"%.1f\" y=\"%.1f\">%.0f</text>", p.l, y + 2, px(&p, v) - p.l,
			 palette[i % PAL_N], px(&p, v) + 4, y + 14, v);
	}
	buf_adds(out, "</svg>");
	figure_close(out, cap);
}

/* ---- tables ------------------------------------------------------------------- */

static void decision(struct buf *out, const json_t *rep)
{
	const json_t *sel = json_object_get(rep, "selection");
	const char *chosen = json_string_value(json_object_get(sel, "chosen"));
	const json_t *models = json_object_get(rep, "models");
	int strict = json_is_true(json_object_get(sel, "strict"));
	buf_adds(out, "<div class=\"decision\" id=\"decision\">");
	if (chosen) {
		buf_adds(out, "<div class=\"sub\">recommended</div><div class=\"pick\">");
		esc(out, chosen);
		buf_adds(out, "</div><div class=\"sub\">prefer ");
		esc(out, jstr(sel, "prefer"));
		buf_adds(out, strict ? ", judged on the unfavourable end of each 95% interval" : "");
		buf_adds(out, "</div>");
		const json_t *m = NULL, *x;
		size_t i;
		json_array_foreach(models, i, x)
			if (!strcmp(jstr(x, "id"), chosen))
				m = x;
		size_t k;
		const json_t *r;
		if (json_array_size(json_object_get(sel, "require")))
			buf_adds(out, "<table><tr><th>requirement</th><th>measured</th><th></th></tr>");
		json_array_foreach(json_object_get(sel, "require"), k, r) {
			struct requirement req;
			struct tri_err e;
			buf_adds(out, "<tr><td>");
			esc(out, json_string_value(r));
			buf_adds(out, "</td><td>");
			if (m && select_parse(json_string_value(r), &req, &e) == 0) {
				const json_t *node = select_metric_node(m, req.metric);
				if (json_is_object(node))
					prop(out, node, 0);
				else
					num_sig(out, json_is_number(node) ? json_number_value(node) : NAN);
				select_requirement_release(&req);
			}
			buf_adds(out, "</td><td class=\"pass\">met</td></tr>");
		}
		if (json_array_size(json_object_get(sel, "require")))
			buf_adds(out, "</table>");
	} else {
		buf_adds(out, "<div class=\"sub\">no recommendation</div><div class=\"pick fail\">none</div>");
		const char *note = jstr(sel, "note");
		if (*note) {
			buf_adds(out, "<p>");
			esc(out, note);
			buf_adds(out, "</p>");
		}
	}
	const json_t *ad = json_object_get(sel, "adaptive");
	if (json_is_object(ad)) {
		/* the same lines as the terminal's, one paragraph */
		struct buf lines = BUF_INIT;
		report_adaptive_lines(ad, &lines);
		buf_adds(out, "<p class=\"adaptive\" id=\"adaptive\">");
		for (const char *p = lines.s; p && *p;) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			char *line = xstrndup(p + (n >= 2 && p[0] == ' ' ? 2 : 0),
					      n >= 2 && p[0] == ' ' ? n - 2 : n);
			esc(out, line);
			buf_adds(out, "<br>");
			free(line);
			p = nl ? nl + 1 : p + n;
		}
		buf_adds(out, "</p>");
		buf_release(&lines);
	}
	size_t k;
	const json_t *x;
	if (json_array_size(json_object_get(sel, "excluded"))) {
		buf_adds(out, "<h3>excluded</h3><ul>");
		json_array_foreach(json_object_get(sel, "excluded"), k, x) {
			buf_adds(out, "<li><b>");
			esc(out, jstr(x, "id"));
			buf_adds(out, "</b>: ");
			size_t j;
			const json_t *f;
			json_array_foreach(json_object_get(x, "failures"), j, f) {
				if (j)
					buf_adds(out, "; ");
				esc(out, jstr(f, "require"));
				const char *reason = jstr(f, "reason");
				const char *side = jstr(f, "judged_on");
				buf_adds(out, " <span class=\"fail\">");
				esc(out, reason);
				buf_adds(out, "</span>");
				if (json_is_number(json_object_get(f, "value"))) {
					buf_adds(out, !strcmp(side, "lo") ? " (lower bound " :
						 !strcmp(side, "hi") ? " (upper bound " : " (measured ");
					num_sig(out, json_number_value(json_object_get(f, "value")));
					buf_adds(out, ")");
				}
			}
			buf_adds(out, "</li>");
		}
		buf_adds(out, "</ul>");
	}
	if (json_array_size(json_object_get(sel, "unranked"))) {
		buf_adds(out, "<h3>not ranked</h3><ul>");
		json_array_foreach(json_object_get(sel, "unranked"), k, x) {
			buf_adds(out, "<li><b>");
			esc(out, jstr(x, "id"));
			buf_adds(out, "</b>: ");
			esc(out, jstr(x, "reason"));
			buf_adds(out, "</li>");
		}
		buf_adds(out, "</ul>");
	}
	buf_adds(out, "<p class=\"sub\">Pareto frontier (accuracy, hallucination rate, security, "
		 "cost): ");
	json_array_foreach(json_object_get(sel, "pareto"), k, x) {
		if (k)
			buf_adds(out, ", ");
		esc(out, json_string_value(x));
	}
	buf_adds(out, "</p></div>\n");
}

static void scoreboard(struct buf *out, const json_t *rep)
{
	const char *chosen = json_string_value(json_object_get(json_object_get(rep, "selection"),
							       "chosen"));
	buf_adds(out, "<div class=\"tw\"><table id=\"scoreboard\"><tr><th>model</th><th>size "
		 "(active)</th><th>items</th><th>errors</th><th>accuracy</th><th>halluc.</th><th>omni"
		 "</th><th>security</th><th>ECE</th><th>out tok</th><th>reason tok</th><th>p50 s</th>"
		 "<th>cost $ / item</th><th>cost $</th></tr>");
	size_t i;
	const json_t *m;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *o = json_object_get(m, "overall");
		int ch = chosen && !strcmp(chosen, jstr(m, "id"));
		buf_addf(out, "<tr%s><td>", ch ? " class=\"chosen\"" : "");
		esc(out, jstr(m, "id"));
		if (json_is_true(json_object_get(m, "simulated")))
			buf_adds(out, " <span class=\"sub\">(simulated)</span>");
		buf_adds(out, "</td><td>");
		double sz = jnum(m, "size.active");
		if (isnan(sz))
			sz = jnum(m, "size.total");
		if (isnan(sz))
			buf_adds(out, "&#8211;");
		else
			buf_addf(out, "%.3gB", sz / 1e9);
		const char *from = jstr(json_object_get(m, "origin"), "size");
		if (!strcmp(from, "catalogue"))
			buf_adds(out, "<span class=\"sub\" title=\"from the model catalogue\">*</span>");
		buf_addf(out, "</td><td>%lld</td><td>%lld</td><td>",
			 (long long)json_integer_value(json_object_get(o, "items")),
			 (long long)json_integer_value(json_object_get(o, "errors")));
		prop(out, json_object_get(o, "accuracy"), 0);
		buf_adds(out, "</td><td>");
		prop(out, json_object_get(o, "hallucination_rate"), 0);
		buf_adds(out, "</td><td>");
		num(out, jnum(o, "omniscience_index"), 1);
		buf_adds(out, "</td><td>");
		prop(out, json_object_get(json_object_get(o, "security"), "pass_rate"), 0);
		buf_adds(out, "</td><td>");
		num(out, jnum(o, "ece"), 3);
		buf_adds(out, "</td><td>");
		num(out, jnum(o, "tokens.output.mean"), 0);
		buf_adds(out, "</td><td>");
		num(out, jnum(o, "tokens.reasoning.mean"), 0);
		buf_adds(out, "</td><td>");
		num(out, jnum(o, "latency_s.p50"), 2);
		buf_adds(out, "</td><td>");
		num_sig(out, jnum(o, "cost_usd.per_item"));
		buf_adds(out, "</td><td>");
		num(out, jnum(o, "cost_usd.total"), 4);
		buf_adds(out, "</td></tr>");
	}
	buf_adds(out, "</table></div>\n"
		"<dl class=\"legend\">"
		"<dt>accuracy</dt><dd>correct / graded, with its 95% Wilson interval</dd>"
		"<dt>halluc.</dt><dd>hallucination rate: incorrect / (incorrect + abstained), how often "
		"a model answered anyway on the items it did not get right</dd>"
		"<dt>omni</dt><dd>omniscience index: 100 &#215; (correct &#8722; incorrect) / graded, "
		"from &#8722;100 to 100; saying &#8220;I don&#39;t know&#8221; costs nothing, a wrong "
		"answer costs a point</dd>"
		"<dt>security</dt><dd>pass rate over the security suites (leaks, injections, policy, "
		"over-refusal, secure code)</dd>"
		"<dt>ECE</dt><dd>expected calibration error of the stated confidence, 10 bins</dd>"
		"<dt>errors</dt><dd>requests that failed: never graded, in no denominator</dd>"
		"</dl>\n");
}

/* Per-suite table with counts. */
static void suite_table(struct buf *out, const json_t *rep)
{
	const json_t *suites = json_object_get(json_object_get(rep, "run"), "suites"), *s, *m;
	size_t i, k;
	buf_adds(out, "<div class=\"tw\"><table><tr><th>suite</th><th>axis</th><th>items</th>");
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		buf_adds(out, "<th>");
		esc(out, jstr(m, "id"));
		buf_adds(out, "</th>");
	}
	buf_adds(out, "</tr>");
	json_array_foreach(suites, k, s) {
		buf_adds(out, "<tr><td>");
		esc(out, jstr(s, "name"));
		buf_adds(out, "</td><td>");
		esc(out, jstr(s, "axis"));
		buf_addf(out, "</td><td>%lld</td>", (long long)json_integer_value(json_object_get(s, "items")));
		json_array_foreach(json_object_get(rep, "models"), i, m) {
			const json_t *g = json_object_get(json_object_get(m, "suites"), jstr(s, "name"));
			buf_adds(out, "<td>");
			prop(out, json_object_get(g, "accuracy"), 0);
			if (g)
				buf_addf(out, " <span class=\"ci\">n=%lld</span>",
					 (long long)json_integer_value(json_object_get(g, "graded")));
			buf_adds(out, "</td>");
		}
		buf_adds(out, "</tr>");
	}
	buf_adds(out, "</table></div>\n");
}

/* Knowledge by domain family (the items' meta.family) of the knowledge
 * suites (report_knowledge_key): per model the hallucination rate, with
 * its interval, and the omniscience index (AA-Omniscience's view by
 * domain). */
static void family_table(struct buf *out, const json_t *rep)
{
	const json_t *m;
	json_t *keys = json_object();
	size_t i;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const char *key;
		json_t *v;
		json_object_foreach(json_object_get(json_object_get(m, "breakdowns"), "family"), key, v)
			if (report_knowledge_key(rep, key))
				json_object_set_new(keys, key, json_true());
	}
	size_t nk = json_object_size(keys);
	if (!nk) {
		json_decref(keys);
		return;
	}
	const char **names = xcalloc(nk, sizeof(*names));
	size_t c = 0;
	const char *key;
	json_t *v;
	json_object_foreach(keys, key, v)
		names[c++] = key;
	qsort(names, nk, sizeof(*names), cmp_name);
	buf_adds(out, "<h3>knowledge by domain family</h3><div class=\"tw\"><table><tr>"
		 "<th>suite/family</th>");
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		buf_adds(out, "<th>");
		esc(out, jstr(m, "id"));
		buf_adds(out, " hallucination rate</th><th>");
		esc(out, jstr(m, "id"));
		buf_adds(out, " omniscience index</th>");
	}
	buf_adds(out, "</tr>");
	for (c = 0; c < nk; c++) {
		buf_adds(out, "<tr><td>");
		esc(out, names[c]);
		buf_adds(out, "</td>");
		json_array_foreach(json_object_get(rep, "models"), i, m) {
			const json_t *g = json_object_get(json_object_get(json_object_get(m, "breakdowns"),
									  "family"), names[c]);
			buf_adds(out, "<td>");
			prop(out, json_object_get(g, "hallucination_rate"), 0);
			buf_adds(out, "</td><td>");
			const json_t *oi = json_object_get(g, "omniscience_index");
			if (json_is_number(oi))
				num(out, json_number_value(oi), 1);
			else
				buf_adds(out, "&#8211;");
			if (g)
				buf_addf(out, " <span class=\"ci\">n=%lld</span>",
					 (long long)json_integer_value(json_object_get(g, "graded")));
			buf_adds(out, "</td>");
		}
		buf_adds(out, "</tr>");
	}
	buf_adds(out, "</table></div>\n<p class=\"note\">Hallucination rate: wrong answers over wrong "
		 "answers and abstentions. Omniscience index: 100 &#215; (correct &#8722; wrong) / "
		 "graded, from &#8722;100 to 100; an abstention scores 0.</p>\n");
	free(names);
	json_decref(keys);
}

/* McNemar over all suites: a p-value per pair, significant ones marked. */
static void comparison_matrix(struct buf *out, const json_t *rep)
{
	const json_t *models = json_object_get(rep, "models"), *a, *b, *c;
	size_t i, j, k;
	if (json_array_size(models) < 2)
		return;
	buf_adds(out, "<h2 id=\"comparisons\">pairwise comparisons</h2><p class=\"note\">McNemar's "
		 "exact test on the items both models answered, over every suite: the p-value that "
		 "the two differ only by chance, and how many items only the row model (A) or only "
		 "the column model (B) got right. Marked <b>*</b> below 0.05.</p><div class=\"tw\">"
		 "<table><tr><th>A \\ B</th>");
	json_array_foreach(models, j, b) {
		buf_adds(out, "<th>");
		esc(out, jstr(b, "id"));
		buf_adds(out, "</th>");
	}
	buf_adds(out, "</tr>");
	json_array_foreach(models, i, a) {
		buf_adds(out, "<tr><td>");
		esc(out, jstr(a, "id"));
		buf_adds(out, "</td>");
		json_array_foreach(models, j, b) {
			const json_t *hit = NULL;
			int flip = 0;
			json_array_foreach(json_object_get(rep, "comparisons"), k, c) {
				if (strcmp(jstr(c, "suite"), "*"))
					continue;
				if (!strcmp(jstr(c, "a"), jstr(a, "id")) && !strcmp(jstr(c, "b"), jstr(b, "id")))
					hit = c, flip = 0;
				else if (!strcmp(jstr(c, "b"), jstr(a, "id")) && !strcmp(jstr(c, "a"), jstr(b, "id")))
					hit = c, flip = 1;
			}
			buf_adds(out, "<td>");
			if (!hit || i == j) {
				buf_adds(out, "&#8211;");
			} else {
				double p = jnum(hit, "p_value");
				long long ao = json_integer_value(json_object_get(hit, flip ? "b_only" : "a_only"));
				long long bo = json_integer_value(json_object_get(hit, flip ? "a_only" : "b_only"));
				buf_addf(out, "p=%.3g%s <span class=\"ci\">A %lld / B %lld</span>", p,
					 p < 0.05 ? " <b>*</b>" : "", ao, bo);
			}
			buf_adds(out, "</td>");
		}
		buf_adds(out, "</tr>");
	}
	buf_adds(out, "</table></div>\n");
}

static void grading_table(struct buf *out, const json_t *rep)
{
	buf_adds(out, "<h2 id=\"grading\">grading</h2><div class=\"tw\"><table><tr><th>model</th>"
		 "<th>graded</th><th>verdicts by grader</th><th>uncertain</th><th>hedged answers</th>"
		 "</tr>");
	size_t i;
	const json_t *m;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *g = json_object_get(m, "grading");
		buf_adds(out, "<tr><td>");
		esc(out, jstr(m, "id"));
		long long graded = json_integer_value(json_object_get(g, "graded"));
		buf_addf(out, "</td><td>%lld</td><td>", graded);
		const char *k;
		json_t *n;
		int first = 1;
		json_object_foreach(json_object_get(g, "by_grader"), k, n) {
			buf_adds(out, first ? "" : ", ");
			first = 0;
			esc(out, k);
			buf_addf(out, " %lld", (long long)json_integer_value(n));
		}
		buf_addf(out, "</td><td>%lld</td><td>",
			 (long long)json_integer_value(json_object_get(g, "uncertain")));
		const json_t *h = json_object_get(g, "hedge_rate");
		if (json_is_object(h))
			buf_addf(out, "%.3f (%lld of %lld)", jnum(h, "value"),
				 (long long)json_integer_value(json_object_get(h, "k")),
				 (long long)json_integer_value(json_object_get(h, "n")));
		else
			buf_adds(out, "&#8211;");
		buf_adds(out, "</td></tr>");
	}
	buf_adds(out, "</table></div>");
	const json_t *j = json_object_get(rep, "judge");
	if (json_is_object(j)) {
		buf_adds(out, "<p>The judge <b>");
		esc(out, jstr(j, "spec"));
		buf_addf(out, "</b>: %lld calls, %lld verdicts, %lld failed requests, %lld unreadable "
			 "replies; tokens in %lld, out %lld; cost ",
			 (long long)json_integer_value(json_object_get(j, "calls")),
			 (long long)json_integer_value(json_object_get(j, "verdicts")),
			 (long long)json_integer_value(json_object_get(j, "request_failed")),
			 (long long)json_integer_value(json_object_get(j, "unreadable")),
			 (long long)jnum(j, "tokens.input"), (long long)jnum(j, "tokens.output"));
		num_sig(out, jnum(j, "cost_usd"));
		buf_adds(out, " $ (not part of any model&#39;s cost). ");
		const json_t *a = json_object_get(j, "agreement");
		if (json_integer_value(json_object_get(a, "n"))) {
			buf_addf(out, "Agreement with the deterministic graders on %lld items: %lld agree, "
				 "Cohen&#39;s kappa ", (long long)json_integer_value(json_object_get(a, "n")),
				 (long long)json_integer_value(json_object_get(a, "agree")));
			num(out, jnum(a, "kappa"), 3);
			buf_adds(out, ".");
		}
		buf_adds(out, "</p>");
	}
	buf_adds(out, "\n");
}

/* One figure per item of the recognised and the not recognised
 * impossible items: "a / b"; money (and anything under 10) with its
 * significant digits, token counts whole. */
static void spend_cell(struct buf *out, const json_t *x, const char *key, int money)
{
	static const char *const groups[] = { "recognised", "not_recognised" };
	buf_adds(out, "<td>");
	for (int k = 0; k < 2; k++) {
		const json_t *f = json_object_get(json_object_get(json_object_get(x, "compute"),
		                                                  groups[k]), key);
		if (k)
			buf_adds(out, " / ");
		if (!json_is_object(f))
			buf_adds(out, "&#8211;");
		else if (money || jnum(f, "per_item") < 10)
			num_sig(out, jnum(f, "per_item"));    /* dollars, seconds */
		else
			num(out, jnum(f, "per_item"), 0);     /* tokens */
	}
	buf_adds(out, "</td>");
}

/* Impossible requests: recognition, over-flags, and what the impossible
 * items cost, recognised against not. Nothing when the run had none. */
static void impossible_table(struct buf *out, const json_t *rep)
{
	size_t i;
	const json_t *m;
	int any = 0;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *x = json_object_get(m, "impossible");
		if (!json_is_object(x))
			continue;
		if (!any++)
			buf_adds(out, "<h2 id=\"impossible\">impossible requests</h2><p class=\"note\">Requests that cannot "
				 "be done as asked, and their feasible twins: <b>recognised</b> says so, "
				 "<b>answered anyway</b> delivers a solution (a hallucination), an "
				 "<b>over-flag</b> calls a feasible twin impossible. The compute columns "
				 "are per impossible item, recognised / not recognised: what a model "
				 "spends on the requests it fails to see through.</p><div class=\"tw\">"
				 "<table><tr><th>model</th><th>recognised</th><th>answered anyway</th>"
				 "<th>over-flagged twins</th><th>judge verdicts</th><th>reasoning tok</th>"
				 "<th>output tok</th><th>seconds</th><th>cost $</th></tr>");
		buf_adds(out, "<tr><td>");
		esc(out, jstr(m, "id"));
		buf_adds(out, "</td><td>");
		prop(out, json_object_get(x, "recognition_rate"), 1);
		buf_adds(out, "</td><td>");
		prop(out, json_object_get(x, "answered_rate"), 1);
		buf_adds(out, "</td><td>");
		prop(out, json_object_get(x, "over_flag_rate"), 1);
		buf_addf(out, "</td><td>%lld of %lld</td>",
			 (long long)json_integer_value(json_object_get(x, "judged")),
			 (long long)(json_integer_value(json_object_get(x, "impossible")) +
				     json_integer_value(json_object_get(x, "feasible"))));
		spend_cell(out, x, "reasoning_tokens", 0);
		spend_cell(out, x, "output_tokens", 0);
		spend_cell(out, x, "seconds", 1);
		spend_cell(out, x, "cost_usd", 1);
		buf_adds(out, "</tr>");
	}
	if (any)
		buf_adds(out, "</table></div>\n");
}

/* Tool calling: accuracy overall and by kind of item, and the faults of
 * the calls that failed. Nothing when the run had no such items. */
static void tool_table(struct buf *out, const json_t *rep)
{
	size_t i;
	const json_t *m;
	int any = 0;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *x = json_object_get(m, "tool_calls");
		if (!json_is_object(x))
			continue;
		if (!any++)
			buf_adds(out, "<h2 id=\"tools\">tool calls</h2><p class=\"note\">Items graded by "
				 "the calls a model makes: the right tool with the right arguments, no "
				 "call when no tool fits, no call an injected instruction asked for. "
				 "The faults say what was wrong with the calls that failed "
				 "(docs/graders.md).</p><div class=\"tw\"><table><tr><th>model</th>"
				 "<th>accuracy</th><th>by kind</th><th>faults</th></tr>");
		buf_adds(out, "<tr><td>");
		esc(out, jstr(m, "id"));
		buf_adds(out, "</td><td>");
		prop(out, json_object_get(x, "accuracy"), 1);
		buf_adds(out, "</td><td>");
		const char *k;
		json_t *v;
		int first = 1;
		json_object_foreach(json_object_get(x, "kinds"), k, v) {
			buf_adds(out, first ? "" : "<br>");   /* a kind a line */
			first = 0;
			esc(out, k);
			buf_adds(out, " ");
			num(out, jnum(v, "accuracy.value"), 3);
			buf_addf(out, " (n=%lld)", (long long)json_integer_value(json_object_get(v, "graded")));
		}
		buf_adds(out, "</td><td>");
		first = 1;
		json_object_foreach(json_object_get(x, "faults"), k, v) {
			buf_adds(out, first ? "" : ", ");
			first = 0;
			esc(out, k);
			buf_addf(out, " %lld", (long long)json_integer_value(v));
		}
		buf_adds(out, first ? "&#8211;</td></tr>" : "</td></tr>");
	}
	if (any)
		buf_adds(out, "</table></div>\n");
}

static void requests_table(struct buf *out, const json_t *rep)
{
	size_t i;
	const json_t *m;
	int trouble = 0;
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *r = json_object_get(m, "requests");
		trouble |= json_integer_value(json_object_get(r, "failed")) ||
			   json_integer_value(json_object_get(r, "pending"));
	}
	if (!trouble)
		return;
	buf_adds(out, "<h2 id=\"requests\">requests</h2><p class=\"note\">Failed requests are "
		 "errors: never graded, in no metric; <code>trilemma run --resume</code> sends them "
		 "again.</p><div class=\"tw\"><table><tr><th>model</th><th>tasks</th><th>ok</th>"
		 "<th>failed</th><th>pending</th><th>why</th></tr>");
	json_array_foreach(json_object_get(rep, "models"), i, m) {
		const json_t *r = json_object_get(m, "requests"), *f;
		buf_adds(out, "<tr><td>");
		esc(out, jstr(m, "id"));
		buf_addf(out, "</td><td>%lld</td><td>%lld</td><td>%lld</td><td>%lld</td><td>",
			 (long long)json_integer_value(json_object_get(r, "tasks")),
			 (long long)json_integer_value(json_object_get(r, "ok")),
			 (long long)json_integer_value(json_object_get(r, "failed")),
			 (long long)json_integer_value(json_object_get(r, "pending")));
		size_t k;
		json_array_foreach(json_object_get(r, "failures"), k, f) {
			if (k)
				buf_adds(out, "; ");
			esc(out, jstr(f, "class"));
			buf_addf(out, " &#215;%lld: ", (long long)json_integer_value(json_object_get(f, "tasks")));
			esc(out, jstr(f, "first_error"));
		}
		buf_adds(out, "</td></tr>");
	}
	buf_adds(out, "</table></div>\n");
}

static void config_table(struct buf *out, const json_t *rep)
{
	const json_t *run = json_object_get(rep, "run"), *cfg = json_object_get(run, "config"), *m;
	buf_adds(out, "<h2 id=\"config\">run configuration</h2><div class=\"tw\"><table><tr>"
		 "<th>model</th><th>spec</th><th>settings</th><th>size total / active</th>"
		 "<th>price $/M in / out</th></tr>");
	size_t i;
	json_array_foreach(json_object_get(cfg, "models"), i, m) {
		buf_adds(out, "<tr><td>");
		esc(out, jstr(m, "id"));
		buf_adds(out, "</td><td>");
		esc(out, jstr(m, "spec"));
		buf_adds(out, "</td><td>");
		char *pj = json_dumps(json_object_get(m, "params"), JSON_COMPACT | JSON_SORT_KEYS);
		esc(out, pj ? pj : "");
		free(pj);
		buf_adds(out, "</td><td>");
		num(out, jnum(m, "size.total") / 1e9, 1);
		buf_adds(out, "B / ");
		num(out, jnum(m, "size.active") / 1e9, 1);
		buf_adds(out, "B</td><td>");
		num(out, jnum(m, "price.input"), 3);
		buf_adds(out, " / ");
		num(out, jnum(m, "price.output"), 3);
		buf_adds(out, "</td></tr>");
	}
	buf_adds(out, "</table></div><p class=\"note\">");
	buf_addf(out, "samples %lld, concurrency %lld, limit %lld per suite",
		 (long long)json_integer_value(json_object_get(cfg, "samples")),
		 (long long)json_integer_value(json_object_get(cfg, "concurrency")),
		 (long long)json_integer_value(json_object_get(cfg, "limit")));
	const json_t *j = json_object_get(cfg, "judge");
	if (json_is_object(j)) {
		buf_adds(out, "; judge ");
		esc(out, jstr(j, "spec"));
		if (json_is_true(json_object_get(j, "fallback")))
			buf_adds(out, " (also for uncertain verdicts)");
	}
	buf_adds(out, "; trilemma ");
	esc(out, jstr(run, "tool_version"));
	buf_adds(out, "; store ");
	esc(out, jstr(run, "store"));
	buf_adds(out, ".</p>\n");
	suite_table(out, rep);
}

/* ---- the drill-down data ------------------------------------------------------ */

static json_t *capped(const char *s, size_t cap)
{
	if (!s)
		return json_null();
	size_t n = strlen(s);
	if (n <= cap)
		return json_string(s);
	size_t cut = cap;
	while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
		cut--;
	struct buf b = BUF_INIT;
	buf_add(&b, s, cut);
	buf_addf(&b, " [... %zu more bytes]", n - cut);
	json_t *j = json_string(b.s);
	buf_release(&b);
	return j ? j : json_string("");
}

static int collect_row(void *ctx, json_t *row, struct tri_err *err)
{
	struct collect *C = ctx;
	const char *model = jstr(row, "model");
	struct dist *d = NULL;
	for (size_t i = 0; i < C->n; i++)
		if (!strcmp(C->d[i].model, model))
			d = &C->d[i];
	if (!d) {
		XGROW(C->d, C->alloc, C->n + 1);
		d = &C->d[C->n++];
		memset(d, 0, sizeof(*d));
		d->model = xstrdup(model);
	}
	double lat = jnum(row, "latency_s"), ot = jnum(row, "tokens.output");
	if (!strcmp(jstr(row, "status"), "answered")) {
		if (!isnan(lat))
			series_add(&d->latency, lat);
		if (!isnan(ot))
			series_add(&d->out_tokens, ot);
	}
	/* one drill-down entry per item; rows of an item come together */
	struct buf key = BUF_INIT;
	buf_addf(&key, "%s\n%s", jstr(row, "suite"), jstr(row, "item"));
	if (!C->cur_key || strcmp(C->cur_key, key.s)) {
		free(C->cur_key);
		C->cur_key = buf_detach(&key);
		json_t *k = json_object_get(row, "key");
		char *ks = json_is_string(k) ? xstrdup(json_string_value(k))
			 : k && !json_is_null(k) ? json_dumps(k, JSON_ENCODE_ANY) : NULL;
		C->cur = json_pack("{s:s,s:s,s:o,s:o,s:o,s:[]}", "s", jstr(row, "suite"),
				   "i", jstr(row, "item"),
				   "c", json_string(jstr(row, "category")), "k", ks ? json_string(ks) : json_null(),
				   "p", capped(jstr(row, "prompt"), C->cap), "a");
		free(ks);
		json_array_append_new(C->items, C->cur);
	}
	buf_release(&key);
	const char *v = json_string_value(json_object_get(row, "verdict"));
	json_t *a = json_pack("{s:s,s:I,s:s,s:o,s:o,s:o,s:o,s:o,s:o,s:b,s:b}",
		"m", model, "n", json_integer_value(json_object_get(row, "sample")),
		"v", v ? v : jstr(row, "status"),
		"g", json_string(jstr(row, "grader")), "e", json_string(jstr(row, "evidence")),
		"t", capped(json_string_value(json_object_get(row, "answer")) ?
			    json_string_value(json_object_get(row, "answer")) :
			    json_string_value(json_object_get(row, "error")), C->cap),
		"o", json_incref(json_object_get(json_object_get(row, "tokens"), "output")),
		"l", json_incref(json_object_get(row, "latency_s")),
		"x", json_incref(json_object_get(row, "cost_usd")),
		"h", json_is_true(json_object_get(row, "hedged")),
		"u", json_is_true(json_object_get(row, "uncertain")));
	json_array_append_new(json_object_get(C->cur, "a"), a);
	C->rows++;
	return 0;
}

static void collect_release(struct collect *C)
{
	for (size_t i = 0; i < C->n; i++) {
		free(C->d[i].model);
		free(C->d[i].latency.v);
		free(C->d[i].out_tokens.v);
	}
	free(C->d);
	free(C->cur_key);
	json_decref(C->items);
}

/* The drill-down's script: filters, search, paging, one item at a time
 * expanded. Plain DOM, no library; it reads the data block. */
static const char script[] =
	"(function(){'use strict';"
	"var D=JSON.parse(document.getElementById('items-data').textContent);"
	"var per=50,page=0,list=D;"
	"function el(t,c,x){var e=document.createElement(t);if(c)e.className=c;"
	"if(x!==undefined)e.textContent=x;return e;}"
	"function opts(id,vals){var s=document.getElementById(id);vals.sort().forEach(function(v){"
	"var o=el('option','',v);o.value=v;s.appendChild(o);});}"
	"var su={},ca={},ve={};D.forEach(function(it){su[it.s]=1;if(it.c)ca[it.c]=1;"
	"it.a.forEach(function(a){ve[a.v]=1;});});"
	"opts('f-suite',Object.keys(su));opts('f-cat',Object.keys(ca));opts('f-verdict',Object.keys(ve));"
	"function disagree(it){var v={};it.a.forEach(function(a){v[a.v]=1;});return Object.keys(v).length>1;}"
	"function apply(){var s=document.getElementById('f-suite').value,c=document.getElementById('f-cat').value,"
	"v=document.getElementById('f-verdict').value,d=document.getElementById('f-dis').checked,"
	"q=document.getElementById('f-q').value.toLowerCase();"
	"list=D.filter(function(it){if(s&&it.s!==s)return false;if(c&&it.c!==c)return false;"
	"if(v&&!it.a.some(function(a){return a.v===v;}))return false;if(d&&!disagree(it))return false;"
	"if(q){var h=(it.s+' '+it.i+' '+(it.p||'')+' '+it.a.map(function(a){return (a.t||'')+' '+(a.e||'');})"
	".join(' ')).toLowerCase();if(h.indexOf(q)<0)return false;}return true;});page=0;draw();}"
	"function fmt(x,d){return x===null||x===undefined?'-':Number(x).toFixed(d);}"
	"function draw(){var box=document.getElementById('items');box.textContent='';"
	"var n=list.length,pages=Math.max(1,Math.ceil(n/per));if(page>=pages)page=pages-1;"
	"document.getElementById('count').textContent=n+' of '+D.length+' items';"
	"list.slice(page*per,page*per+per).forEach(function(it){var d=el('details','it');"
	"var sm=el('summary');sm.appendChild(el('b','',it.s+'/'+it.i));"
	"it.a.forEach(function(a){var sp=el('span','v v-'+a.v,' '+a.m+': '+a.v);sm.appendChild(sp);});"
	"d.appendChild(sm);if(it.c)d.appendChild(el('div','sub','category '+it.c));"
	"if(it.k!==null)d.appendChild(el('div','sub','key '+it.k));"
	"d.appendChild(el('div','sub','prompt'));d.appendChild(el('pre','',it.p||''));"
	"it.a.forEach(function(a){var h=el('div');h.appendChild(el('span','v v-'+a.v,a.m+(a.n?' #'+a.n:'')+': '+a.v));"
	"h.appendChild(el('span','sub',' '+(a.g||'')+(a.h?', hedged':'')+(a.u?', uncertain':'')+' - '+(a.e||'')+"
	"' - out tok '+fmt(a.o,0)+', '+fmt(a.l,2)+' s, $'+fmt(a.x,6)));d.appendChild(h);"
	"d.appendChild(el('pre','',a.t||''));});box.appendChild(d);});"
	"var pg=document.getElementById('pager');pg.textContent='';"
	"function b(t,p){var x=el('button','',t);x.disabled=p<0||p>=pages||p===page;"
	"x.onclick=function(){page=p;draw();};pg.appendChild(x);}"
	"b('first',0);b('previous',page-1);pg.appendChild(el('span','',' page '+(page+1)+' of '+pages+' '));"
	"b('next',page+1);b('last',pages-1);}"
	"['f-suite','f-cat','f-verdict','f-dis'].forEach(function(id){"
	"document.getElementById(id).addEventListener('change',apply);});"
	"document.getElementById('f-q').addEventListener('input',apply);"
	"document.getElementById('noscript-note').style.display='none';draw();})();";

static void drilldown(struct buf *out, const struct collect *C)
{
	buf_addf(out, "<h2 id=\"drill\">items</h2><p class=\"note\">Every item of the run (%zu items, "
		 "%zu answers): its prompt as sent, each model's answer, verdict, grader and the "
		 "grader's evidence. Texts longer than %zu bytes are cut here; <code>trilemma show "
		 "RUN ITEM</code> prints them whole and <code>trilemma report --items</code> exports "
		 "every row.</p>", json_array_size(C->items), C->rows, C->cap);
	buf_adds(out, "<div id=\"drill-ui\"><div class=\"ctl\"><label>suite <select id=\"f-suite\">"
		 "<option value=\"\">all</option></select></label><label>category <select id=\"f-cat\">"
		 "<option value=\"\">all</option></select></label><label>verdict <select "
		 "id=\"f-verdict\"><option value=\"\">any</option></select></label><label><input "
		 "type=\"checkbox\" id=\"f-dis\"/> models disagree</label><label>search <input "
		 "type=\"search\" id=\"f-q\" placeholder=\"text in prompt, answer, evidence\"/></label>"
		 "<span id=\"count\" class=\"sub\"></span></div><div id=\"items\"></div><div "
		 "class=\"pg\" id=\"pager\"></div><p id=\"noscript-note\" class=\"note\">The item list "
		 "needs JavaScript; the data is in this file (script items-data), and "
		 "<code>trilemma report --items</code> exports it.</p></div>\n");
	buf_adds(out, "<script type=\"application/json\" id=\"items-data\">");
	json_safe(out, C->items);
	/* CDATA: the script is text in XML too (its && and <) */
	buf_adds(out, "</script>\n<script>//<![CDATA[\n");
	buf_adds(out, script);
	buf_adds(out, "\n//]]></script>\n");
}

/* ---- the page --------------------------------------------------------------- */

int report_html(const json_t *rep, struct store *st, const char *run, struct buf *out,
                struct tri_err *err)
{
	struct collect C = { .items = json_array(), .cap = HTML_TEXT_MAX };
	struct store_task_counts tc;
	if (store_model_counts(st, run, NULL, &tc, err) < 0) {
		collect_release(&C);
		return -1;
	}
	if (tc.tasks > 0 && HTML_TEXT_BUDGET / (size_t)tc.tasks < C.cap)
		C.cap = HTML_TEXT_BUDGET / (size_t)tc.tasks < HTML_TEXT_MIN ? HTML_TEXT_MIN
			: HTML_TEXT_BUDGET / (size_t)tc.tasks;
	if (items_each(st, run, NULL, NULL, collect_row, &C, err) < 0) {
		collect_release(&C);
		return -1;
	}
	const json_t *r = json_object_get(rep, "run");
	int simulated = 0;
	size_t i;
	const json_t *m;
	json_array_foreach(json_object_get(rep, "models"), i, m)
		simulated |= json_is_true(json_object_get(m, "simulated"));
	buf_adds(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
		 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
		 "<meta name=\"generator\" content=\"trilemma " TRI_VERSION "\"/><title>trilemma &#8212; run ");
	esc(out, jstr(r, "id"));
	buf_adds(out, "</title><style>");
	buf_adds(out, css);
	buf_adds(out, "</style></head><body>\n<div id=\"top\"><h1>trilemma &#8212; run ");
	esc(out, jstr(r, "id"));
	buf_adds(out, "</h1><div class=\"sub\">");
	esc(out, jstr(r, "status"));
	buf_adds(out, ", started ");
	esc(out, jstr(r, "started"));
	buf_addf(out, ", %zu models, %zu suites", json_array_size(json_object_get(rep, "models")),
		 json_array_size(json_object_get(r, "suites")));
	if (json_integer_value(json_object_get(r, "pending")))
		buf_addf(out, ", %lld answers still pending (the report counts what was answered)",
			 (long long)json_integer_value(json_object_get(r, "pending")));
	if (json_integer_value(json_object_get(r, "graded_for_report")))
		buf_addf(out, ", %lld answers graded for this report (stored by run --resume)",
			 (long long)json_integer_value(json_object_get(r, "graded_for_report")));
	struct buf cache = BUF_INIT;
	report_cache_line(&cache, r);
	if (cache.len)
		esc(out, cache.s);
	buf_release(&cache);
	if (simulated)
		buf_adds(out, " &#8212; <b>simulated models</b> (the test server, not language models)");
	buf_adds(out, "</div></div>\n");
	decision(out, rep);
	buf_adds(out, "<h2 id=\"scores\">scoreboard</h2>");
	scoreboard(out, rep);
	buf_adds(out, "<h2 id=\"charts\">the trade-offs</h2><div class=\"charts\">");
	chart_accuracy_vs(out, rep, "chart-cost", "overall.cost_usd.per_item", "cost per item ($)",
			  "Accuracy against cost per item (log scale); the line joins the models on "
			  "the Pareto frontier of accuracy, hallucination rate, security and cost.");
	chart_accuracy_vs(out, rep, "chart-size", "size.active", "active parameters",
			  "Accuracy against declared active parameters (log scale); models without "
			  "a declared size are not drawn.");
	chart_plane(out, rep);
	buf_adds(out, "</div>\n<h2 id=\"suites\">by suite</h2><div class=\"charts\">");
	chart_suites(out, rep);
	buf_adds(out, "</div>\n<h2 id=\"calibration\">calibration</h2><div class=\"charts\">");
	chart_reliability(out, rep);
	buf_adds(out, "</div>\n");
	family_table(out, rep);
	impossible_table(out, rep);
	buf_adds(out, "<h2 id=\"security\">security</h2><div class=\"charts\">");
	chart_heat(out, rep, "strategy", "Security pass rate by attack strategy (models down, "
		   "strategies across; green passes, red leaks or obeys). * fewer than 10 items.");
	chart_heat(out, rep, "owasp_llm", "Security pass rate by OWASP LLM Top 10 category. * fewer "
		   "than 10 items.");
	buf_adds(out, "</div>\n<h2 id=\"efficiency\">efficiency</h2><div class=\"charts\">");
	chart_boxes(out, &C, 0, "chart-latency", "seconds per answer",
		    "Latency of each answer: the box spans the middle half, the line the median, "
		    "the whiskers the 5th to 95th percentile.");
	chart_boxes(out, &C, 1, "chart-tokens", "output tokens per answer",
		    "Output tokens of each answer (reasoning included): box, median, 5th-95th "
		    "percentile.");
	chart_reasoning(out, rep);
	buf_adds(out, "</div>\n");
	tool_table(out, rep);
	comparison_matrix(out, rep);
	grading_table(out, rep);
	requests_table(out, rep);
	config_table(out, rep);
	drilldown(out, &C);
	buf_adds(out, "<p class=\"note\">Written by trilemma " TRI_VERSION " from the store "
		 "alone. docs/report-html.md says how each chart is computed.</p>\n"
		 "</body></html>\n");
	collect_release(&C);
	return 0;
}
