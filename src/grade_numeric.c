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

GRADER_FN(numeric)
{
	double want = 0, abs_tol = 0, rel_tol = 0;
	if (item_answer(it, &want, err) < 0 || opt_num(grader, "abs", &abs_tol, it, err) < 0 ||
	    opt_num(grader, "rel", &rel_tol, it, err) < 0)
		return -1;
	char *s = norm_nfkc(text, strlen(text));
	size_t len = strlen(s), a = 0, b = len;
	int marked = grade_marked(s, &a, &b);
	struct norm_num *v = NULL;
	size_t n = norm_numbers(s, len, &v);
	/* the numbers in scope: the marked answer, or the whole text */
	size_t lo = 0, hi = n;
	if (marked) {
		while (lo < n && v[lo].start < a)
			lo++;
		hi = lo;
		while (hi < n && v[hi].end <= b)
			hi++;
		if (lo == hi)       /* "Answer: see above": fall back on the whole text */
			lo = 0, hi = n, marked = 0;
	}
	if (lo == hi) {
		grade_set(g, V_INCORRECT, "no number in the answer");
		goto out;
	}
	size_t pick, other;
	size_t first = 0;
	while (first < len && (isspace((unsigned char)s[first]) || strchr("*_`#>([\"'$", s[first])))
		first++;
	if (marked || v[lo].start <= first) {
		pick = lo;
		other = lo + 1 < hi ? lo + 1 : pick;
	} else {
		pick = hi - 1;
		other = pick > lo ? pick - 1 : pick;
	}
	int several = between_before(s, v[lo == pick ? pick : other].start);
	if (other != pick) {
		size_t x = other < pick ? other : pick, y = other < pick ? pick : other;
		several = several || alt_between(s, v[x].end, v[y].start);
	}
	double got = v[pick].value;
	double tol = fmax(abs_tol, rel_tol * fabs(want));
	tol = fmax(tol, 1e-9 * fmax(1.0, fabs(want)));
	if (several)
		grade_set(g, V_INCORRECT, "several numbers offered (%.10g among them), expected %.10g",
		          got, want);
	else if (fabs(got - want) <= tol)
		grade_set(g, V_CORRECT, "%.10g is within %.3g of %.10g", got, tol, want);
	else
		grade_set(g, V_INCORRECT, "answered %.10g, expected %.10g (tolerance %.3g)",
		          got, want, tol);
out:
	free(v);
	free(s);
	return 0;
}
