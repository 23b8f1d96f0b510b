/* grade_answer.c -- what a free-form answer says: its reading.
 *
 * Chat models rarely answer with the bare answer. They write "KP-09. It is
 * the code of Chagang", "I believe it's WST, but I'm not certain.", a page
 * of reasoning ending in "Final answer: KP-09", "Tifinagh: Tfng", or "I
 * don't know the code of Chagang". reading_init() reads a response once
 * for every grader of answers:
 *
 *   1. clean: base subscripts ("102322₅", "1011_{2}") are dropped, so that
 *      the base is never read as a digit; then Unicode NFKC;
 *   2. split into clauses: lines, sentences, and within a sentence at
 *      ", but", "; ", ": ", ", though", spaced dashes, arrows and
 *      parentheses (a parenthetical is an aside);
 *   3. classify each clause, from the phrase lists of data/phrases:
 *        ABSTAIN   "I don't know", "I can't find", the suite's abstain token
 *        DENY      a premise denial: "there is no such", "X isn't in Y",
 *                  a negated existence word ("it isn't listed", "no known
 *                  code"), a negation of a proper noun of the question
 *        DOUBT     "I'm not sure", "not 100% sure", "I might be wrong"
 *        FILLER    "Sure!", "Let me think", a short label before a colon
 *        QUESTION  a clause that asks ("Could you double-check the name?")
 *        CLAIM     anything else: it says something, maybe the answer;
 *                  "probably", "I believe" mark it hedged, and its claim
 *                  starts after such leading words;
 *   4. the marked final answer ("Answer: X", "\boxed{X}", "The answer is
 *      X"), when there is one, is the answer and nothing else is.
 *
 * The graders then decide on the clauses: an answer is committed when a
 * claim holds one; a committed answer is graded as that answer however it
 * is hedged, and the grade records the hedge; only when nothing is
 * committed do an abstention or a doubt make the answer `abstained`.
 *
 * Candidates (reading_candidates) are the spans of the claims that could be
 * the answer, most explicit first: the marked answer, then each claim,
 * its head before an explanation ("KP-09. It is ..."), its part after a
 * copula ("The code is KP-09"), its bold and code spans. A list of
 * candidates never yields a match by itself: each is compared whole, and
 * grade_alternatives() rejects a match whose neighbours offer another
 * answer ("KP-09 or KP-10"). */
#include <ctype.h>
#include "util.h"
#include "buf.h"
#include "grade_impl.h"
#include "norm.h"

/* ---- cleaning -------------------------------------------------------------- */

static int is_alnum_byte(unsigned char c)
{
	return isalnum(c);
}

/* Drop base subscripts after a digit or a letter: U+2080..U+2089, and
 * "_{N}" / "_N" (LaTeX), so that "102322₅" reads 102322. */
static char *drop_subscripts(const char *s)
{
	struct buf b = BUF_INIT;
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		int after = b.len && is_alnum_byte((unsigned char)b.s[b.len - 1]);
		if (after && i + 2 < n && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x82 &&
		    (unsigned char)s[i + 2] >= 0x80 && (unsigned char)s[i + 2] <= 0x89) {
			while (i + 2 < n && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x82 &&
			       (unsigned char)s[i + 2] >= 0x80 && (unsigned char)s[i + 2] <= 0x89)
				i += 3;
			continue;
		}
		if (after && s[i] == '_' && i + 1 < n) {
			/* "_{5}", or "_5" / "_16" (a base is at most 36: "1_234" is
			 * a digit group) */
			size_t j = i + 1, k;
			int brace = s[j] == '{';
			j += brace;
			k = j;
			while (k < n && isdigit((unsigned char)s[k]))
				k++;
			if (k > j && (brace ? k < n && s[k] == '}' : k - j <= 2)) {
				size_t end = k + brace;
				if (end == n || (!is_alnum_byte((unsigned char)s[end]) && s[end] != '_')) {
					i = end;
					continue;
				}
			}
		}
		buf_addc(&b, s[i++]);
	}
	return buf_detach(&b);
}

/* ---- the marked final answer ---------------------------------------------- */

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
		while (s < n && (isspace((unsigned char)text[s]) || strchr("*_:=`#>-$", text[s]) ||
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

/* ---- clauses ------------------------------------------------------------------- */

static int starts_ci(const char *s, const char *end, const char *w)
{
	size_t n = strlen(w);
	return (size_t)(end - s) >= n && !strncasecmp(s, w, n);
}

/* Does the '.' at t[dot] end a sentence? Not after an abbreviation that
 * precedes a name ("Dr.", "St.", "e.g."), an initial ("J. Smith"), nor
 * inside words copied from the question ("Toshiba America, Elec.
 * Company"); after a company suffix ("Inc.", "Ltd.") only when a capital
 * follows ("Avaya Inc. I don't know ..."). */
static int sentence_end(const char *t, size_t dot, size_t b, const char *question)
{
	static const char *const before_name[] = {
		"mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "no", "approx", "ca",
		"jr", "sr", "dept", "univ", "prof", "fig", "cf",
	};
	static const char *const suffix[] = { "inc", "ltd", "co", "corp", "gmbh", "s.a", "u.s", "llc" };
	size_t s = dot;
	while (s > 0 && (isalpha((unsigned char)t[s - 1]) || t[s - 1] == '.'))
		s--;
	size_t len = dot - s;
	int word_start = s == 0 || !isalnum((unsigned char)t[s - 1]);
	size_t e = dot + 1;
	while (e < b && isspace((unsigned char)t[e]))
		e++;
	if (question && *question && len && word_start) {
		/* "Elec. Company": the word before, the dot and the word after */
		size_t we = e;
		while (we < b && !isspace((unsigned char)t[we]) && !strchr(".,;:!?", t[we]))
			we++;
		if (we > e) {
			char *span = xstrndup(t + s, we - s);
			int echo = strstr(question, span) != NULL;
			free(span);
			if (echo)
				return 0;
		}
	}
	if (!word_start)
		return 1;   /* "103b.", "U+006B." */
	if (len == 1)
		return 0;   /* a single letter: an initial */
	for (size_t i = 0; i < ARRAY_LEN(before_name); i++)
		if (strlen(before_name[i]) == len && !strncasecmp(t + s, before_name[i], len))
			return 0;
	for (size_t i = 0; i < ARRAY_LEN(suffix); i++)
		if (strlen(suffix[i]) == len && !strncasecmp(t + s, suffix[i], len))
			return e < b && isupper((unsigned char)t[e]);
	return 1;
}

struct cut {
	size_t a, b;
	int aside, label;
};

struct cuts {
	struct cut *v;
	size_t n, alloc;
};

static void cut_push(struct cuts *c, const char *t, size_t a, size_t b, int aside, int label)
{
	/* white space, quote and heading marks; a dash or a star only as a
	 * bullet ("- x"), not as a sign ("-40") */
	while (a < b && (isspace((unsigned char)t[a]) || t[a] == '>' || t[a] == '#' ||
	                 ((t[a] == '-' || t[a] == '*') && a + 1 < b && t[a + 1] == ' ')))
		a++;
	while (b > a && isspace((unsigned char)t[b - 1]))
		b--;
	if (a >= b)
		return;
	XGROW(c->v, c->alloc, c->n + 1);
	c->v[c->n++] = (struct cut){ a, b, aside, label };
}

/* Hedge words that may trail an answer after a comma ("KP-09, I think"). */
static const char *const trailing_hedges[] = {
	", i think", ", i believe", ", probably", ", i guess", ", if i recall", ", iirc",
	", i suppose", ", most likely", ", i'd say",
};

/* The length of a numbered-list marker at t[s] ("1. ", "2) "), or 0. */
static size_t list_number(const char *t, size_t s, size_t b)
{
	size_t d = s;
	while (d < b && isdigit((unsigned char)t[d]))
		d++;
	if (d > s && d - s <= 2 && d + 1 < b && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ')
		return d + 2 - s;
	return 0;
}

/* Split line t[a, b) into clauses. A numbered-list marker is dropped only
 * in a list (numbered): "42. Six times seven is 42" is an answer. */
static void split_line(struct cuts *c, const char *t, size_t a, size_t b, int numbered,
                       const char *question)
{
	/* a list marker at the start: "- ", "* ", "1. ", "2) " */
	size_t s = a;
	while (s < b && isspace((unsigned char)t[s]))
		s++;
	if (s + 1 < b && (t[s] == '-' || t[s] == '*' || t[s] == '+') && t[s + 1] == ' ')
		s += 2;
	else if (numbered)
		s += list_number(t, s, b);
	size_t start = s;
	int depth = 0;
	size_t paren_at = 0;
	for (size_t i = s; i < b; i++) {
		const char *p = t + i;
		size_t cut_at = 0, next = 0;
		int label = 0;
		/* a parenthesis is an aside of its own, and stays inside the
		 * clause around it ("I don't know the code of Falkland Islands
		 * (Malvinas) with confidence") */
		if (*p == '(' ) {
			if (depth++ == 0)
				paren_at = i + 1;
			continue;
		}
		if (*p == ')' && depth > 0) {
			if (--depth == 0)
				cut_push(c, t, paren_at, i, 1, 0);
			continue;
		}
		if (depth)
			continue;
		if ((*p == '.' || *p == '!' || *p == '?') && (i + 1 == b || isspace((unsigned char)p[1]))) {
			if (*p == '.' && !sentence_end(t, i, b, question))
				continue;
			cut_at = i + 1;   /* keep the mark: '?' tells a question */
			next = i + 1;
		} else if (*p == ';') {
			cut_at = i;
			next = i + 1;
		} else if (*p == ':') {
			size_t k = i + 1;
			while (k < b && (t[k] == '*' || t[k] == '_'))
				k++;
			if (k < b && !isspace((unsigned char)t[k]))
				continue;   /* "U+0020", "12:30", "http://" */
			cut_at = i;
			next = k;
			label = 1;
		} else if (starts_ci(p, t + b, ", but ") || starts_ci(p, t + b, ", though") ||
		           starts_ci(p, t + b, ", although") || starts_ci(p, t + b, ", however") ||
		           starts_ci(p, t + b, ", yet ")) {
			cut_at = i;
			next = i + 2;
		} else if (*p == ' ' && (starts_ci(p, t + b, " but ") || starts_ci(p, t + b, " though "))) {
			cut_at = i;
			next = i + 1;
		} else if (*p == ' ' && (starts_ci(p, t + b, " - ") || starts_ci(p, t + b, " \xe2\x80\x94") ||
		                         starts_ci(p, t + b, " \xe2\x80\x93") || starts_ci(p, t + b, " -> ") ||
		                         starts_ci(p, t + b, " => ") || starts_ci(p, t + b, " \xe2\x86\x92"))) {
			cut_at = i;
			next = i + 1;
			while (next < b && !isspace((unsigned char)t[next]))
				next++;
		} else if (!strncmp(p, "\xe2\x80\x94", 3)) {
			cut_at = i;
			next = i + 3;
		} else if (*p == ',') {
			for (size_t k = 0; k < ARRAY_LEN(trailing_hedges); k++)
				if (starts_ci(p, t + b, trailing_hedges[k])) {
					cut_at = i;
					next = i + 1;
					break;
				}
		}
		if (!next)
			continue;
		/* a label before a colon: "Answer:", "Code:", "Tifinagh:" -- at most
		 * four words, without a verb ("B is correct:" says something) */
		if (label) {
			size_t words = 1;
			for (size_t k = start; k < cut_at; k++) {
				words += t[k] == ' ';
				if (starts_ci(t + k, t + cut_at, " is ") || starts_ci(t + k, t + cut_at, " are ") ||
				    starts_ci(t + k, t + cut_at, " was ") || starts_ci(t + k, t + cut_at, " be "))
					words = 99;
			}
			label = words <= 4;
		}
		cut_push(c, t, start, cut_at, 0, label);
		start = next;
		i = next - 1;
	}
	if (depth)   /* an unclosed parenthesis: the rest is one aside */
		cut_push(c, t, paren_at, b, 1, 0);
	cut_push(c, t, start, b, 0, 0);
}

/* ---- classifying clauses --------------------------------------------------- */

/* Leading words that carry no claim: conjunctions, and the hedges after which
 * the claim starts ("probably", "I believe it's" -> the copula is left for
 * the candidates). ASCII, compared case-insensitively. */
static const char *const lead_words[] = {
	"but", "though", "although", "however", "and", "so", "yet", "still", "anyway",
	"well", "hmm", "ok", "okay", "actually", "also", "then", "thus", "therefore",
	"i think", "i believe", "i suppose", "i suspect", "i guess", "i'd guess",
	"i would guess", "i'd say", "i would say", "my best guess is", "my best guess would be",
	"my guess is", "my guess would be", "best guess", "probably", "most probably", "likely",
	"most likely", "very likely", "possibly", "perhaps", "maybe", "presumably",
	"if i recall correctly", "if i remember correctly", "if i recall", "if i remember",
	"if memory serves", "iirc", "as far as i know", "afaik", "to my knowledge",
	"to the best of my knowledge", "i'm pretty sure", "i am pretty sure", "pretty sure",
	"i'm fairly sure", "i am fairly sure", "fairly sure", "i'm quite sure", "quite sure",
	"i'm fairly confident", "fairly confident", "i'm pretty confident",
};

static size_t skip_lead(const char *t, size_t a, size_t b, int *alt)
{
	for (int again = 1; again;) {
		again = 0;
		while (a < b && (isspace((unsigned char)t[a]) || t[a] == ',' || t[a] == ':'))
			a++;
		if (starts_ci(t + a, t + b, "or ") || starts_ci(t + a, t + b, "alternatively") ||
		    starts_ci(t + a, t + b, "otherwise")) {
			*alt = 1;
		}
		for (size_t k = 0; k < ARRAY_LEN(lead_words); k++) {
			size_t l = strlen(lead_words[k]);
			if (starts_ci(t + a, t + b, lead_words[k]) &&
			    (a + l == b || !isalnum((unsigned char)t[a + l]))) {
				a += l;
				again = 1;
				break;
			}
		}
	}
	return a;
}

static int has_negation(const char *nt, size_t *at)
{
	static const char *const neg[] = { "not", "no", "never", "neither", "nor", "cannot", "t", "none" };
	for (const char *p = nt; *p;) {
		while (*p == ' ')
			p++;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		for (size_t k = 0; k < ARRAY_LEN(neg); k++)
			if ((size_t)(e - p) == strlen(neg[k]) && !strncmp(p, neg[k], (size_t)(e - p))) {
				*at = (size_t)(p - nt);
				return 1;
			}
		p = e;
	}
	return 0;
}

/* Does the normalised clause deny the premise: a phrase of premise.txt, a
 * negated existence word, or a negated proper noun of the question? */
static int clause_denies(const struct grade_ctx *ctx, const struct reading *r, const char *nt,
                         const char **which)
{
	if (grade_phrase_find(&ctx->premise, nt, 0, 0, which) >= 0)
		return 1;
	size_t at;
	if (!has_negation(nt, &at))
		return 0;
	if (grade_phrase_find(&ctx->exist, nt, 0, 0, which) >= 0)
		return 1;
	/* "... isn't in Georgia", "..., not Georgia": a negation followed by a
	 * proper noun of the question within four words */
	for (size_t i = 0; i < r->n_names; i++) {
		long w = norm_find(nt, r->names[i], at);
		if (w < 0)
			continue;
		size_t words = 0;
		for (size_t k = at; k < (size_t)w; k++)
			words += nt[k] == ' ';
		if (words <= 4) {
			*which = "a negated name of the question";
			return 1;
		}
	}
	return 0;
}

static void classify(const struct grade_ctx *ctx, const struct suite *s, struct reading *r,
                     struct clause *cl, const struct cut *k)
{
	const char *t = r->text;
	cl->a = k->a;
	cl->b = k->b;
	cl->aside = k->aside;
	cl->ca = skip_lead(t, k->a, k->b, &cl->alt);
	char *nt = norm_text(t + k->a, k->b - k->a);
	const char *which = NULL;
	cl->kind = CL_CLAIM;
	if (!*nt || k->label)
		cl->kind = CL_FILLER;
	else if (s && s->abstain_token && *s->abstain_token && r->token && norm_find(nt, r->token, 0) >= 0)
		cl->kind = CL_ABSTAIN, which = "the suite's abstain token";
	else if (grade_phrase_find(&ctx->abstain, nt, 0, 0, &which) >= 0)
		cl->kind = CL_ABSTAIN;
	else if (clause_denies(ctx, r, nt, &which))
		cl->kind = CL_DENY;
	else if (grade_phrase_find(&ctx->doubt, nt, 0, 0, &which) >= 0)
		cl->kind = CL_DOUBT;
	else if (t[k->b - 1] == '?')
		cl->kind = CL_QUESTION;
	else if (grade_phrase_find(&ctx->filler, nt, 0, 0, &which) >= 0 &&
	         (strlen(which) == strlen(nt) || !memchr(t + k->a, ',', k->b - k->a)))
		cl->kind = CL_FILLER;   /* "Let me think about it", not "Let's see, it's 42" */
	cl->hedge = cl->kind == CL_CLAIM && grade_phrase_find(&ctx->hedge, nt, 0, 0, NULL) >= 0;
	if (cl->kind == CL_CLAIM && cl->ca >= cl->b)
		cl->kind = CL_FILLER;   /* only hedge words: "Probably." */
	switch (cl->kind) {
	case CL_ABSTAIN: r->abstains++; break;
	case CL_DENY: r->denies++; break;
	case CL_DOUBT: r->doubts++; break;
	case CL_CLAIM: r->claims++; break;
	default: break;
	}
	if (cl->kind != CL_CLAIM && cl->kind != CL_FILLER && cl->kind != CL_QUESTION && !r->why)
		r->why = which;
	free(nt);
}

/* Proper nouns of the question: capitalised words after the first, that
 * are not acronyms; quoted names too. Normalised. */
static void question_names(struct reading *r, const char *q)
{
	static const char *const generic[] = {
		"what", "which", "who", "how", "answer", "give", "write", "the", "code", "unicode",
		"gregorian", "convert", "sort", "language", "script", "character",
	};
	size_t n = strlen(q);
	int first = 1;
	for (size_t i = 0; i < n;) {
		if (!isalpha((unsigned char)q[i]) && (unsigned char)q[i] < 0x80) {
			first = first || q[i] == '.' || q[i] == '?';
			i++;
			continue;
		}
		size_t j = i;
		while (j < n && (isalpha((unsigned char)q[j]) || (unsigned char)q[j] >= 0x80 || q[j] == '-'))
			j++;
		int upper = isupper((unsigned char)q[i]) || (unsigned char)q[i] >= 0x80;
		int acronym = 1;
		for (size_t k = i; k < j; k++)
			if (islower((unsigned char)q[k]))
				acronym = 0;
		if (upper && !first && !acronym && j - i >= 3) {
			char *w = norm_text(q + i, j - i);
			int skip = !*w;
			for (size_t g = 0; g < ARRAY_LEN(generic) && !skip; g++)
				skip = !strcmp(w, generic[g]);
			if (!skip && r->n_names < ARRAY_LEN(r->names))
				r->names[r->n_names++] = w;
			else
				free(w);
		}
		first = 0;
		i = j;
	}
}

void reading_init(struct reading *r, const struct grade_ctx *ctx, const struct suite *s,
                  const struct item *it, const char *text)
{
	memset(r, 0, sizeof(*r));
	char *clean = drop_subscripts(text);
	r->text = norm_nfkc(clean, strlen(clean));
	free(clean);
	const char *q = it ? item_question(it) : NULL;
	r->question = norm_nfkc(q ? q : "", q ? strlen(q) : 0);
	question_names(r, r->question);
	if (s && s->abstain_token && *s->abstain_token)
		r->token = norm_text(s->abstain_token, strlen(s->abstain_token));
	r->marked = grade_marked(r->text, &r->ma, &r->mb);

	struct cuts c = { 0 };
	size_t n = strlen(r->text);
	int items = 0;
	for (size_t a = 0; a < n;) {
		while (a < n && (r->text[a] == ' ' || r->text[a] == '\t'))
			a++;
		items += list_number(r->text, a, n) > 0;
		while (a < n && r->text[a] != '\n')
			a++;
		a++;
	}
	for (size_t a = 0; a < n;) {
		size_t b = a;
		while (b < n && r->text[b] != '\n')
			b++;
		split_line(&c, r->text, a, b, items >= 2, r->question);
		a = b + 1;
	}
	r->cl = xcalloc(c.n ? c.n : 1, sizeof(*r->cl));
	for (size_t i = 0; i < c.n; i++)
		classify(ctx, s, r, &r->cl[r->n++], &c.v[i]);
	free(c.v);
	for (size_t i = 0; i < r->n; i++)
		if (r->cl[i].kind == CL_CLAIM && r->cl[i].hedge)
			r->hedged = 1;
}

void reading_release(struct reading *r)
{
	if (!r)
		return;
	free(r->text);
	free(r->question);
	free(r->token);
	for (size_t i = 0; i < r->n_names; i++)
		free(r->names[i]);
	free(r->cl);
	memset(r, 0, sizeof(*r));
}

int reading_in_marked(const struct reading *r, const struct clause *cl)
{
	return r->marked && cl->a < r->mb && cl->b > r->ma;
}

/* ---- candidates --------------------------------------------------------------- */

struct clist {
	struct cand *v;
	size_t n, alloc;
	size_t clause;      /* the clause being read */
};

static void push(struct clist *l, const char *t, size_t a, size_t b, int marked)
{
	while (a < b && (isspace((unsigned char)t[a]) || strchr("*_`\"'$[", t[a])))
		a++;
	while (b > a && (isspace((unsigned char)t[b - 1]) || strchr("*_`\"'.!$],", t[b - 1])))
		b--;
	if (a >= b)
		return;
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].a == a && l->v[i].b == b)
			return;
	XGROW(l->v, l->alloc, l->n + 1);
	l->v[l->n++] = (struct cand){ a, b, marked, l->clause };
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
		" is ", " are ", " was ", " equals ", " = ", "'s ", "\xe2\x80\x99s ", " would be ",
		" should be ", " might be ", " may be ", " could be ", " be ", " as ", " has the code ",
		" code ", " id ", " of ",
	};
	size_t best = 0;
	for (size_t i = a; i < b; i++)
		for (size_t k = 0; k < ARRAY_LEN(cop); k++)
			if (starts_ci(s + i, s + b, cop[k]) && i + strlen(cop[k]) < b) {
				/* " of " and " id " only before a last word: "ID 08c3" */
				if ((k >= ARRAY_LEN(cop) - 3) && memchr(s + i + strlen(cop[k]), ' ',
				                                        b - i - strlen(cop[k])))
					continue;
				best = i + strlen(cop[k]);
			}
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

/* Bold (**x**) and code (`x`) spans of t[a, b). */
static void push_marked_up(struct clist *l, const char *t, size_t a, size_t b)
{
	static const char *const delim[] = { "**", "`" };
	for (size_t d = 0; d < ARRAY_LEN(delim); d++) {
		size_t dl = strlen(delim[d]);
		for (size_t i = a; i + dl < b;) {
			const char *p = strstr(t + i, delim[d]);
			if (!p || (size_t)(p - t) >= b)
				break;
			size_t s = (size_t)(p - t) + dl;
			const char *q = strstr(t + s, delim[d]);
			if (!q || (size_t)(q - t) > b)
				break;
			size_t e = (size_t)(q - t);
			if (e > s && e - s < 80)
				push(l, t, s, e, 0);
			i = e + dl;
		}
	}
}

size_t reading_candidates(const struct reading *r, struct cand **out)
{
	struct clist l = { 0 };
	const char *t = r->text;
	if (r->marked) {
		push_derived(&l, t, r->ma, r->mb, 1);
		push_marked_up(&l, t, r->ma, r->mb);
	}
	for (size_t i = 0; i < r->n && !r->marked; i++) {
		const struct clause *c = &r->cl[i];
		if (c->kind != CL_CLAIM)
			continue;
		l.clause = i;
		push_derived(&l, t, c->ca, c->b, 0);
		push_marked_up(&l, t, c->a, c->b);
	}
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
