/* grade_answer.c -- where the answer is in a free-form text.
 *
 * Models rarely answer with the bare answer. They write "KP-09. It is the
 * code of Chagang", "The ISO code of Chagang is KP-09.", a page of
 * reasoning ending in "Final answer: KP-09" or "\boxed{KP-09}", or a bold
 * **KP-09** on the last line. grade_candidates() lists the spans of the
 * text that could be the answer, most explicit first; the exact and choice
 * graders accept the item when one candidate equals the answer after
 * normalisation.
 *
 * A list of candidates never yields a match by itself: each candidate is
 * compared whole ("KP-09 or KP-10" is not "KP-09"), a comma ends a
 * candidate only when an explanation follows it ("Paris, the capital"),
 * and grade_alternatives() rejects a match whose neighbours offer another
 * answer ("KP-09. Or maybe KP-10"). */
#include <ctype.h>
#include "util.h"
#include "grade_impl.h"
#include "norm.h"

struct clist {
	struct cand *v;
	size_t n, alloc;
};

static void push(struct clist *l, const char *t, size_t a, size_t b, int marked)
{
	while (a < b && (isspace((unsigned char)t[a]) || t[a] == '*' || t[a] == '_' ||
	                 t[a] == '`' || t[a] == '"' || t[a] == '\''))
		a++;
	while (b > a && (isspace((unsigned char)t[b - 1]) || t[b - 1] == '*' || t[b - 1] == '_' ||
	                 t[b - 1] == '`' || t[b - 1] == '"' || t[b - 1] == '\'' ||
	                 t[b - 1] == '.' || t[b - 1] == '!'))
		b--;
	if (a >= b)
		return;
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].a == a && l->v[i].b == b)
			return;
	XGROW(l->v, l->alloc, l->n + 1);
	l->v[l->n++] = (struct cand){ a, b, marked };
}

static int starts_ci(const char *s, const char *end, const char *w)
{
	size_t n = strlen(w);
	return (size_t)(end - s) >= n && !strncasecmp(s, w, n);
}

/* Words after a comma that start an explanation rather than another
 * candidate: "Paris, the capital of France". */
static const char *const explain_words[] = {
	"the ", "a ", "an ", "which ", "who ", "where ", "that ", "it ", "its ",
	"located ", "in ", "as ", "because ", "since ", "known ", "also ",
	"according ", "officially ", "formerly ", "i ", "this ", "used ", "for ",
	"from ", "named ", "meaning ", "i.e", "e.g", "with ", "being ",
};

/* The end of the leading answer of s[a, b): before ". ", " (", " - ",
 * " — ", ": ", ";", a new line, or a comma followed by an explanation. */
static size_t head_end(const char *s, size_t a, size_t b)
{
	for (size_t i = a + 1; i < b; i++) {
		const char *p = s + i;
		if (*p == '\n' || *p == ';')
			return i;
		if ((*p == '.' || *p == '!' || *p == ':' || *p == '?') &&
		    (i + 1 == b || isspace((unsigned char)p[1])))
			return i;
		if (*p == ' ' && (starts_ci(p, s + b, " (") || starts_ci(p, s + b, " - ") ||
		                  starts_ci(p, s + b, " \xe2\x80\x94") || starts_ci(p, s + b, " \xe2\x80\x93")))
			return i;
		if (*p == ',' && i + 1 < b && p[1] == ' ') {
			for (size_t k = 0; k < ARRAY_LEN(explain_words); k++)
				if (starts_ci(p + 2, s + b, explain_words[k]))
					return i;
		}
	}
	return b;
}

/* The span after the last copula of s[a, b): "The code is KP-09" -> "KP-09". */
static int after_copula(const char *s, size_t a, size_t b, size_t *na)
{
	static const char *const cop[] = {
		" is ", " are ", " was ", " equals ", " = ", "'s ", "\xe2\x80\x99s ",
	};
	size_t best = 0;
	for (size_t i = a; i < b; i++)
		for (size_t k = 0; k < ARRAY_LEN(cop); k++)
			if (starts_ci(s + i, s + b, cop[k]))
				best = i + strlen(cop[k]);
	if (!best)
		return 0;
	*na = best;
	return 1;
}

/* Push span [a, b) with its derived spans: its head, and after a copula. */
static void push_derived(struct clist *l, const char *t, size_t a, size_t b, int marked)
{
	push(l, t, a, b, marked);
	size_t h = head_end(t, a, b);
	push(l, t, a, h, marked);
	size_t c;
	if (after_copula(t, a, h, &c)) {
		push(l, t, c, h, marked);
		push(l, t, c, head_end(t, c, h), marked);
	}
	if (h < b && after_copula(t, a, b, &c)) {
		push(l, t, c, b, marked);
		push(l, t, c, head_end(t, c, b), marked);
	}
}

static const char *const markers[] = {
	"final answer", "the answer is", "answer is", "answer would be", "answer:",
	"answer =", "antwort:", "r\xc3\xa9ponse :", "r\xc3\xa9ponse:", "respuesta:",
	"resposta:", "risposta:", "\xe7\xad\x94\xe6\xa1\x88", "\xe7\xad\x94\xe3\x81\x88",
	"\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82:",
};

int grade_marked(const char *text, size_t *a, size_t *b)
{
	size_t n = strlen(text);
	long best = -1;
	size_t best_end = 0;
	/* the last \boxed{...} wins outright */
	const char *p = text, *bx = NULL;
	while ((p = strstr(p, "\\boxed{")) != NULL)
		bx = p++;
	if (bx) {
		size_t s = (size_t)(bx - text) + 7, e = s;
		int depth = 1;
		while (e < n && depth) {
			if (text[e] == '{')
				depth++;
			else if (text[e] == '}' && --depth == 0)
				break;
			e++;
		}
		if (!depth) {
			*a = s;
			*b = e;
			return 1;
		}
	}
	for (size_t k = 0; k < ARRAY_LEN(markers); k++) {
		size_t ml = strlen(markers[k]);
		for (size_t i = 0; i + ml <= n; i++) {
			if (strncasecmp(text + i, markers[k], ml))
				continue;
			if (i > 0 && isalpha((unsigned char)text[i - 1]))
				continue;
			if ((long)i >= best) {
				best = (long)i;
				best_end = i + ml;
			}
		}
	}
	if (best < 0)
		return 0;
	size_t s = best_end;
	/* skip markdown, separators and "is"/"would be" after "final answer" */
	for (;;) {
		while (s < n && (isspace((unsigned char)text[s]) || strchr("*_:=`#>-", text[s]) ||
		                 !strncmp(text + s, "\xef\xbc\x9a", 3)))
			s += !strncmp(text + s, "\xef\xbc\x9a", 3) ? 3 : 1;
		if (s + 3 <= n && !strncasecmp(text + s, "is ", 3))
			s += 3;
		else
			break;
	}
	size_t e = s;
	while (e < n && text[e] != '\n')
		e++;
	if (e == s)
		return 0;
	*a = s;
	*b = e;
	return 1;
}

/* Sentence spans: end at ". ", "! ", "? ", a new line, or the end. The
 * question mark ends a span that is a question, not an answer: skipped. */
static void push_sentences(struct clist *l, const char *t, size_t n)
{
	size_t s = 0, first_a = 0, first_b = 0, last_a = 0, last_b = 0;
	int nfirst = 0, have = 0;
	while (s < n) {
		while (s < n && isspace((unsigned char)t[s]))
			s++;
		if (s >= n)
			break;
		size_t e = s;
		while (e < n && t[e] != '\n' &&
		       !((t[e] == '.' || t[e] == '!' || t[e] == '?') &&
		         (e + 1 == n || isspace((unsigned char)t[e + 1]))))
			e++;
		int question = e < n && t[e] == '?';
		if (!question) {
			if (!nfirst)
				first_a = s, first_b = e, nfirst = 1;
			last_a = s, last_b = e, have = 1;
		}
		s = e + 1;
	}
	if (nfirst)
		push_derived(l, t, first_a, first_b, 0);
	if (have)
		push_derived(l, t, last_a, last_b, 0);
}

static void push_lines(struct clist *l, const char *t, size_t n)
{
	size_t e = 0;
	while (e < n && t[e] != '\n')
		e++;
	push_derived(l, t, 0, e, 0);
	size_t b = n;
	while (b > 0 && isspace((unsigned char)t[b - 1]))
		b--;
	size_t a = b;
	while (a > 0 && t[a - 1] != '\n')
		a--;
	if (a > 0)
		push_derived(l, t, a, b, 0);
}

/* A bold span counts when it is the only one of the text, or the only one
 * of the last line. */
static void push_bold(struct clist *l, const char *t, size_t n)
{
	size_t count = 0, la = 0, lb = 0, line_count = 0;
	size_t last_nl = 0;
	for (size_t i = n; i > 0; i--)
		if (t[i - 1] == '\n' && i < n && !isspace((unsigned char)t[i])) {
			last_nl = i;
			break;
		}
	const char *p = t;
	while ((p = strstr(p, "**")) != NULL) {
		const char *q = strstr(p + 2, "**");
		if (!q)
			break;
		size_t a = (size_t)(p - t) + 2, b = (size_t)(q - t);
		if (b > a && b - a < 80 && !memchr(t + a, '\n', b - a)) {
			count++;
			la = a, lb = b;
			if (a >= last_nl)
				line_count++;
		}
		p = q + 2;
	}
	if (count == 1 || (line_count == 1 && la >= last_nl))
		push(l, t, la, lb, 0);
}

size_t grade_candidates(const char *text, struct cand **out)
{
	struct clist l = { 0 };
	size_t n = strlen(text), a, b;
	if (grade_marked(text, &a, &b))
		push_derived(&l, text, a, b, 1);
	push(&l, text, 0, n, 0);
	push_lines(&l, text, n);
	push_sentences(&l, text, n);
	push_bold(&l, text, n);
	*out = l.v;
	return l.n;
}

/* Words that offer another answer next to this one. */
static const char *const alt_before[] = { "or", "either", "between", "nor", "not" };
static const char *const alt_after[] = {
	"or", "maybe", "perhaps", "possibly", "alternatively", "vs", "versus", "otherwise",
};

static int word_eq(const char *w, size_t wl, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == wl && !memcmp(w, list[i], wl))
			return 1;
	return 0;
}

int grade_alternatives(const char *t, size_t a, size_t b)
{
	/* the word before a */
	if (a > 1) {
		size_t e = a - 1, s = e;
		while (s > 0 && t[s - 1] != ' ')
			s--;
		if (word_eq(t + s, e - s, alt_before, ARRAY_LEN(alt_before)))
			return 1;
	}
	/* the word after b */
	size_t n = strlen(t);
	if (b + 1 < n && t[b] == ' ') {
		size_t s = b + 1, e = s;
		while (e < n && t[e] != ' ')
			e++;
		if (word_eq(t + s, e - s, alt_after, ARRAY_LEN(alt_after)))
			return 1;
	}
	return 0;
}
