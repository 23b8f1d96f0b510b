/* grade_exact.c -- the exact grader: the normalised answer equals the
 * item's "answer" or one of its "aliases" (SPEC §5).
 *
 * Normal form: norm_answer() (NFKC, case folding, punctuation and white
 * space, one leading article), compared without spaces so that "KP 09",
 * "KP-09" and "kp09" are one answer. The answer is looked for among the
 * candidates of grade_candidates(): the marked final answer, the whole
 * text, the first and last sentence or line, each before its explanation.
 * A match found inside a longer text is refused when the words around it
 * offer another answer ("KP-09 or KP-10", "either KP-09 ..."). */
#include <jansson.h>
#include "util.h"
#include "grade_impl.h"
#include "norm.h"

struct keys {
	char **raw, **cmp;
	size_t n;
};

static void keys_release(struct keys *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->raw[i]);
		free(k->cmp[i]);
	}
	free(k->raw);
	free(k->cmp);
}

static int key_add(struct keys *k, const json_t *v)
{
	char *raw;
	if (json_is_string(v))
		raw = xstrdup(json_string_value(v));
	else if (json_is_integer(v) || json_is_real(v))
		raw = json_dumps(v, JSON_ENCODE_ANY);
	else
		return -1;
	if (!raw)
		return -1;
	char *n = norm_answer(raw, strlen(raw));
	k->raw = xreallocarray(k->raw, k->n + 1, sizeof(char *));
	k->cmp = xreallocarray(k->cmp, k->n + 1, sizeof(char *));
	k->raw[k->n] = raw;
	k->cmp[k->n++] = norm_compact(n);
	free(n);
	return 0;
}

/* Load "answer" and "aliases" of it. */
static int load_keys(struct keys *k, const struct item *it, struct tri_err *err)
{
	memset(k, 0, sizeof(*k));
	const json_t *ans = json_object_get(it->json, "answer");
	if (json_is_array(ans)) {
		size_t i;
		const json_t *v;
		json_array_foreach(ans, i, v)
			key_add(k, v);
	} else if (ans) {
		key_add(k, ans);
	}
	const json_t *al = json_object_get(it->json, "aliases");
	size_t i;
	const json_t *v;
	json_array_foreach(al, i, v)
		key_add(k, v);
	if (!k->n)
		return err_set(err, TRI_USAGE, "item %s: the %s grader needs an \"answer\" "
		               "(a string or a number)", it->id ? it->id : "?", "exact");
	return 0;
}

/* Does the normal form of span occur in t next to an alternative? */
static int offers_alternatives(const char *t, const char *span, size_t len)
{
	char *c = norm_text(span, len);
	int alt = 0;
	long at = -1;
	while (*c && (at = norm_find(t, c, (size_t)(at + 1))) >= 0)
		if (grade_alternatives(t, (size_t)at, (size_t)at + strlen(c))) {
			alt = 1;
			break;
		}
	free(c);
	return alt;
}

/* A short view of what the model answered, for the evidence. */
static void what_it_said(const char *text, const struct cand *c, size_t nc,
                         const char **p, int *len)
{
	size_t pick = 0;
	for (size_t i = 0; i < nc; i++)
		if (c[i].marked) {
			pick = i;
			break;
		}
	if (nc > 1 && !c[pick].marked)
		pick = 1 < nc ? 1 : 0;       /* the first line, without the rest */
	*p = nc ? text + c[pick].a : "";
	size_t n = nc ? c[pick].b - c[pick].a : 0;
	*len = n > 60 ? 60 : (int)n;
}

GRADER_FN(exact)
{
	struct keys k;
	if (load_keys(&k, it, err) < 0)
		return -1;
	struct cand *c = NULL;
	size_t nc = grade_candidates(text, &c);
	char *t = norm_text(text, strlen(text));
	int done = 0, several = 0;
	char *whole = norm_answer(text, strlen(text)), *wc = norm_compact(whole);
	for (size_t j = 0; j < k.n && !done; j++)
		if (*wc && !strcmp(wc, k.cmp[j])) {
			grade_set(g, V_CORRECT, "matched \"%s\"", k.raw[j]);
			done = 1;
		}
	free(whole);
	free(wc);
	for (size_t i = 0; i < nc && !done; i++) {
		char *n = norm_answer(text + c[i].a, c[i].b - c[i].a);
		char *cc = norm_compact(n);
		free(n);
		for (size_t j = 0; j < k.n; j++) {
			if (strcmp(cc, k.cmp[j]) || !*cc)
				continue;
			if (offers_alternatives(t, text + c[i].a, c[i].b - c[i].a)) {
				several = 1;
				continue;
			}
			grade_set(g, V_CORRECT, "matched \"%s\"", k.raw[j]);
			done = 1;
			break;
		}
		free(cc);
	}
	if (!done) {
		const char *p;
		int len;
		what_it_said(text, c, nc, &p, &len);
		if (several)
			grade_set(g, V_INCORRECT, "several candidates offered, among them \"%s\"", k.raw[0]);
		else if (!nc)
			grade_set(g, V_INCORRECT, "empty answer");
		else
			grade_set(g, V_INCORRECT, "answered \"%.*s\", expected \"%s\"", len, p, k.raw[0]);
	}
	free(t);
	free(c);
	keys_release(&k);
	return 0;
}
