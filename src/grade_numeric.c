/* grade_numeric.c -- the numeric grader: the number the model gives is
 * within the grader's "abs" or "rel" tolerance of the item's "answer"
 * (SPEC §5).
 *
 * Which number is the answer, when a text holds several:
 *   1. the first number of the marked final answer ("Answer: 42",
 *      "the answer is 42", "Final answer: **42**", "\boxed{42}");
 *   2. else, when the text begins with a number, that number
 *      ("42. Six times seven is 42.");
 *   3. else the last number of the text (a reasoning that ends with its
 *      result: "... so there are 3 r's in strawberry").
 * The chosen number is refused when it comes as one of alternatives: a
 * range ("40-45", "between 40 and 45") or "42 or 43".
 *
 * Tolerance: |x - answer| <= max(abs, rel * |answer|); with neither given,
 * the numbers must be equal (to 1e-9 relative, for floating point). */
#include <ctype.h>
#include <math.h>
#include <jansson.h>
#include "util.h"
#include "grade_impl.h"
#include "norm.h"

static int opt_num(const json_t *grader, const char *key, double *out, const struct item *it,
                   struct tri_err *err)
{
	const json_t *v = json_object_get(grader, key);
	*out = 0;
	if (!v)
		return 0;
	if (!json_is_number(v) || json_number_value(v) < 0)
		return err_set(err, TRI_USAGE, "item %s: numeric grader option \"%s\" must be "
		               "a number >= 0", it->id ? it->id : "?", key);
	*out = json_number_value(v);
	return 0;
}

static int item_answer(const struct item *it, double *out, struct tri_err *err)
{
	const json_t *a = json_object_get(it->json, "answer");
	if (json_is_number(a)) {
		*out = json_number_value(a);
		return 0;
	}
	if (json_is_string(a)) {
		char *k = norm_nfkc(json_string_value(a), json_string_length(a));
		struct norm_num *v = NULL;
		size_t n = norm_numbers(k, strlen(k), &v);
		if (n == 1)
			*out = v[0].value;
		free(v);
		free(k);
		if (n == 1)
			return 0;
	}
	return err_set(err, TRI_USAGE, "item %s: the numeric grader needs an \"answer\" that "
	               "is one number", it->id ? it->id : "?");
}

/* Is the text between two numbers a sign of alternatives ("or", "to", a dash)? */
static int alt_between(const char *s, size_t a, size_t b)
{
	if (b <= a)
		return 0;
	size_t n = b - a;
	if ((n == 1 && s[a] == '-') || (n == 3 && !memcmp(s + a, " - ", 3)) ||
	    (n == 3 && !memcmp(s + a, "\xe2\x80\x93", 3)))
		return 1;
	char *t = norm_text(s + a, n);
	static const char *const w[] = {
		"or", "to", "and", "or maybe", "or perhaps", "or possibly", "maybe", "perhaps", "vs",
	};
	int alt = 0;
	for (size_t i = 0; i < ARRAY_LEN(w); i++)
		if (!strcmp(t, w[i]))
			alt = 1;
	free(t);
	return alt;
}

static int between_before(const char *s, size_t start)
{
	size_t e = start;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	return e >= 7 && !strncasecmp(s + e - 7, "between", 7) &&
	       (e == 7 || !isalpha((unsigned char)s[e - 8]));
}

/* Is number v inside a clause the answer may come from: the marked final
 * answer when there is one, else a claim (asides too when want_aside)? */
static int in_scope(const struct reading *r, const struct norm_num *v, int want_aside)
{
	if (r->marked)
		return v->start >= r->ma && v->end <= r->mb;
	int in_claim = 0;
	for (size_t i = 0; i < r->n; i++) {
		const struct clause *c = &r->cl[i];
		int inside = v->start >= c->ca && v->end <= c->b;
		if (inside && c->aside && !want_aside)
			return 0;   /* "816 (after 980)": not the aside's number */
		if (inside && c->kind == CL_CLAIM && (!c->aside || want_aside))
			in_claim = 1;
	}
	return in_claim;
}

/* The clause holding offset at, or NULL. */
static const struct clause *clause_at(const struct reading *r, size_t at)
{
	for (size_t i = 0; i < r->n; i++)
		if (at >= r->cl[i].a && at < r->cl[i].b)
			return &r->cl[i];
	return NULL;
}

/* Is the number also written in the question ("between 1990 and 2003")? */
static int echoes_question(const struct reading *r, const struct norm_num *v)
{
	struct norm_num *q = NULL;
	size_t n = norm_numbers(r->question, strlen(r->question), &q);
	int hit = 0;
	for (size_t i = 0; i < n && !hit; i++)
		hit = q[i].value == v->value;
	free(q);
	return hit;
}

/* Inside **bold**? */
static int in_bold(const char *s, size_t a, size_t b)
{
	size_t i = a;
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '$'))
		i--;
	if (i < 2 || strncmp(s + i - 2, "**", 2))
		return 0;
	size_t j = b;
	while (s[j] == ' ' || s[j] == '$' || s[j] == '%')
		j++;
	return !strncmp(s + j, "**", 2);
}

/* "once", "twice", "thrice" in a claim that holds no number: 1, 2, 3. */
static int times_word(const struct reading *r, double *out)
{
	static const char *const w[] = { "once", "twice", "thrice" };
	for (size_t i = 0; i < r->n; i++) {
		const struct clause *c = &r->cl[i];
		if (c->kind != CL_CLAIM)
			continue;
		char *nt = norm_text(r->text + c->ca, c->b - c->ca);
		for (size_t k = 0; k < ARRAY_LEN(w); k++)
			if (norm_find(nt, w[k], 0) >= 0) {
				*out = (double)(k + 1);
				free(nt);
				return 1;
			}
		free(nt);
	}
	return 0;
}

GRADER_FN(numeric)
{
	(void)ctx, (void)text;
	double want = 0, abs_tol = 0, rel_tol = 0;
	if (item_answer(it, &want, err) < 0 || opt_num(grader, "abs", &abs_tol, it, err) < 0 ||
	    opt_num(grader, "rel", &rel_tol, it, err) < 0)
		return -1;
	const char *s = r->text;
	struct norm_num *all = NULL;
	size_t n_all = norm_numbers(s, strlen(s), &all);
	/* the numbers in scope, in order */
	struct norm_num *v = xcalloc(n_all ? n_all : 1, sizeof(*v));
	size_t n = 0;
	for (int aside = 0; aside < 2 && !n; aside++)
		for (size_t i = 0; i < n_all; i++)
			if (in_scope(r, &all[i], aside))
				v[n++] = all[i];
	double got;
	const char *how;
	size_t pick = 0;
	int several = 0;
	if (!n) {
		if (times_word(r, &got)) {
			how = "a count in words";
			goto compare;
		}
		grade_set(g, V_INCORRECT, "no number in the answer");
		goto out;
	}
	/* which number is the answer */
	size_t bold = n, n_bold = 0, eq = n;
	for (size_t i = 0; i < n; i++) {
		if (in_bold(s, v[i].start, v[i].end))
			bold = n_bold++ ? bold : i;
		size_t k = v[i].start;
		while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '$' || s[k - 1] == '*'))
			k--;
		if (k > 0 && (s[k - 1] == '=' || !strncmp(s + (k >= 3 ? k - 3 : 0), "\xe2\x89\x88", 3)))
			eq = i;
	}
	const struct clause *first = NULL;
	for (size_t i = 0; i < r->n && !first; i++)
		if (r->cl[i].kind == CL_CLAIM)
			first = &r->cl[i];
	size_t lead = first ? first->ca : 0;
	while (lead < strlen(s) && strchr(" *_`#>([\"'$", s[lead]))
		lead++;
	if (r->marked) {
		pick = 0;
		how = "the marked answer";
	} else if (n_bold == 1) {
		pick = bold;
		how = "the bold number";
	} else if (eq < n) {
		pick = eq;
		how = "the result after the last '='";
	} else if (v[0].start <= lead && (n == 1 || !echoes_question(r, &v[0]))) {
		pick = 0;
		how = "the leading number";
	} else {
		pick = n - 1;
		while (pick > 0 && echoes_question(r, &v[pick]))
			pick--;
		if (echoes_question(r, &v[pick]))
			pick = n - 1;
		how = "the last number";
	}
	/* alternatives: a range or "42 or 43" next to the pick */
	several = between_before(s, v[pick].start) ||
	          (pick > 0 && pick - 1 < n && between_before(s, v[pick - 1].start) &&
	           alt_between(s, v[pick - 1].end, v[pick].start));
	if (pick + 1 < n)
		several = several || alt_between(s, v[pick].end, v[pick + 1].start);
	if (pick > 0)
		several = several || alt_between(s, v[pick - 1].end, v[pick].start);
	const struct clause *pc = clause_at(r, v[pick].start);
	for (size_t i = 0; i < r->n && !r->marked; i++)
		if (r->cl[i].kind == CL_CLAIM && r->cl[i].alt && &r->cl[i] != pc)
			several = 1;
	got = v[pick].value;
compare:;
	double tol = fmax(abs_tol, rel_tol * fabs(want));
	tol = fmax(tol, 1e-9 * fmax(1.0, fabs(want)));
	if (several)
		grade_set(g, V_INCORRECT, "several numbers offered (%.10g among them), expected %.10g",
		          got, want);
	else if (fabs(got - want) <= tol)
		grade_set(g, V_CORRECT, "%.10g (%s) is within %.3g of %.10g", got, how, tol, want);
	else
		grade_set(g, V_INCORRECT, "answered %.10g (%s), expected %.10g (tolerance %.3g)",
		          got, how, want, tol);
	/* the right number is there, but another one was read: a judge would
	 * settle which the answer is */
	for (size_t i = 0; i < n && g->verdict == V_INCORRECT; i++)
		if (i != pick && fabs(v[i].value - want) <= tol)
			g->uncertain = 1;
out:
	free(v);
	free(all);
	return 0;
}
