/* grade_impossible.c -- the impossible and feasible graders (SPEC §5):
 * does the answer say that the request cannot be done as asked?
 *
 * An item graded `impossible` asks for something that cannot be done as
 * stated: constraints that contradict each other, an API that does not
 * exist, a mathematical impossibility. Its twin, graded `feasible`, asks
 * for the same thing with the contradiction relaxed. Both graders read the
 * answer the same way, sentence by sentence, code blocks aside, looking
 * for a flag:
 *   - a phrase of data/phrases/impossible.txt that says the request cannot
 *     be done ("is impossible", "cannot be done as stated", "these
 *     constraints contradict each other", "no algorithm can", "there is no
 *     such function"), not negated ("not impossible") and not asked ("is
 *     that impossible?");
 *   - a denial of a term of the request (data/phrases/absent.txt): an
 *     identifier, option or call the request names ("os.path.fastjoin",
 *     "--sort-by-owner", "strlcat(") within a few words of "does not
 *     exist", "is not a valid option" (lines marked '<': the term comes
 *     first) or "there is no", "has no" ('>': the term follows), in a
 *     sentence that does not make it a condition ("if the file does not
 *     exist").
 * and for what the answer delivers: its code blocks and the words of its
 * other sentences.
 *
 * Sentences are read clause by clause (commas, colons, dashes and
 * parentheses outside `code` end a clause), so that a window of words
 * never runs from one clause into the next ("No problem, you can pass
 * several parts").
 *
 * A flag is strong when it comes from impossible.txt or denies a code
 * term, weak when it denies a plain word of the request ("K4 has no
 * Eulerian circuit"). It is late when 80+ words or code came before it.
 *
 * impossible: a strong flag is recognition, `correct` (uncertain when
 *   late: a closing caveat); a weak flag too, unless late, where it more
 *   likely describes the solution ("... there's no rounding error"):
 *   `incorrect`, uncertain. No flag and an answer: a solution to an
 *   impossible request, `incorrect` (a hallucination).
 * feasible: no flag and an answer is `correct`. A flag after an answer
 *   (15+ words or code first), or in parentheses with an answer around
 *   it, or weak and followed by a solution, remarks on something else:
 *   `correct`, uncertain. A strong flag followed by a solution (40+
 *   words or code) is an over-flag with a workaround: `incorrect`,
 *   uncertain. A flag with nothing delivered is an over-flag, `incorrect`.
 * Both: no flag and no answer, only "I don't know", a doubt, a refusal, a
 * question back or nothing at all, is `abstained`. */
#include <ctype.h>
#include <jansson.h>
#include "util.h"
#include "buf.h"
#include "grade_impl.h"
#include "norm.h"

/* Words between a term of the request and a denial phrase; fewer for a
 * plain word of the request than for a code term. */
#define TERM_WINDOW 6
#define WORD_WINDOW 3
/* Words of an answer before a flag that make it an answer first. */
#define OPEN_WORDS 15
/* Words that may come before an opening no ("Great question! You can't"):
 * the '^' phrases of impossible.txt count only so early. */
#define OPEN_AFTER 2
/* Words before a denial that make it a condition ("if X does not exist"). */
#define COND_WINDOW 5
/* Words of an answer, before the first flag, that make the flag late. */
#define LATE_WORDS 80
/* Words after a flag that deliver a solution anyway; fewer with no code
 * are an explanation of the flag. */
#define DELIVER_WORDS 40
/* An answer shorter than this, with an abstention or a refusal in it and
 * no code, says no more than that. */
#define ABSTAIN_WORDS 25
struct terms {
	char **v;
	size_t n, alloc;
};

static void terms_release(struct terms *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i]);
	free(t->v);
	memset(t, 0, sizeof(*t));
}

/* Add the normal-form word or words w (owned) unless already there. */
static void terms_put(struct terms *t, char *w)
{
	for (size_t i = 0; i < t->n; i++)
		if (!strcmp(t->v[i], w)) {
			free(w);
			return;
		}
	XGROW(t->v, t->alloc, t->n + 1);
	t->v[t->n++] = w;
}

static void term_add(struct terms *t, const char *s, size_t n)
{
	/* a dotted or namespaced name is known by its last part:
	 * os.path.fastjoin -> fastjoin, std::ranges::fold -> fold */
	for (size_t i = n; i > 0; i--)
		if ((s[i - 1] == '.' || s[i - 1] == ':') && i < n) {
			s += i;
			n -= i;
			break;
		}
	char *nt = norm_text(s, n);
	if (strlen(nt) < 3) {
		free(nt);
		return;
	}
	terms_put(t, nt);
}

static int term_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '.' || c == '-' || c == ':';
}

/* Does the token s[0, n) look like code: snake_case, a dotted name, an
 * option, camelCase, or a name followed by a call? */
static int looks_like_code(const char *s, size_t n, char next)
{
	if (n >= 2 && s[0] == '-' && isalpha((unsigned char)s[n - 1]))
		return 1;
	if (next == '(')
		return 1;
	for (size_t i = 0; i + 1 < n; i++) {
		char c = s[i], d = s[i + 1];
		if (c == '_' && i > 0)
			return 1;
		if ((c == '.' || c == ':') && i > 0 && isalnum((unsigned char)s[i - 1]) &&
		    (isalpha((unsigned char)d) || d == '_' || d == ':'))
			return 1;
		if (islower((unsigned char)c) && isupper((unsigned char)d))
			return 1;
	}
	return 0;
}

/* The terms of the request: the code-like tokens of q, and every token of
 * a `backticked` span but all-capital keywords (PRAGMA, SELECT). */
static void request_terms(const char *q, struct terms *t)
{
	int tick = 0;
	for (size_t i = 0; q && q[i];) {
		if (q[i] == '`') {
			tick = !tick;
			i++;
			continue;
		}
		if (!term_char(q[i])) {
			i++;
			continue;
		}
		size_t j = i;
		while (q[j] && term_char(q[j]))
			j++;
		size_t a = i, b = j;
		while (b > a && (q[b - 1] == '.' || q[b - 1] == ':' || q[b - 1] == '-'))
			b--;    /* the sentence's full stop, a trailing colon */
		int caps = 1;
		for (size_t k = a; k < b; k++)
			if (!isupper((unsigned char)q[k]))
				caps = 0;
		if (b > a && (looks_like_code(q + a, b - a, q[j]) || (tick && !caps)))
			term_add(t, q + a, b - a);
		i = j;
	}
}

/* Words too common to tie a denial to the request. */
static const char *const stop[] = {
	"about", "above", "after", "again", "all", "also", "and", "answer", "any", "are", "because",
	"been", "before", "being", "below", "between", "both", "but", "can", "code", "could",
	"does", "doing", "done", "each", "every", "example", "exactly", "explain", "find", "first",
	"from", "function", "further", "give", "have", "having", "help", "here", "how", "into",
	"just", "like", "make", "more", "most", "much", "must", "need", "only", "other", "over",
	"please", "same", "short", "should", "show", "some", "such", "than", "that", "their",
	"them", "then", "there", "these", "they", "this", "those", "through", "under", "until",
	"use", "used", "uses", "using", "very", "want", "what", "when", "where", "which", "while",
	"will", "with", "within", "without", "would", "write", "your",
};

/* The plain words of the request that a denial may name: words of four
 * letters or more but the commonest, and numbers ("a triangle with sides
 * 2, 3 and 9" -> triangle, sides, 2, 3, 9). */
static void request_words(const char *q, struct terms *t)
{
	if (!q)
		return;
	char *nt = norm_text(q, strlen(q));
	for (char *w = nt; *w;) {
		char *e = w;
		while (*e && *e != ' ')
			e++;
		size_t n = (size_t)(e - w);
		int digits = 1;
		for (size_t i = 0; i < n; i++)
			digits &= isdigit((unsigned char)w[i]) != 0;
		int common = 0;
		for (size_t i = 0; i < ARRAY_LEN(stop) && !common; i++)
			common = strlen(stop[i]) == n && !strncmp(stop[i], w, n);
		if ((digits || n >= 4) && !common)
			terms_put(t, xstrndup(w, n));
		w = *e ? e + 1 : e;
	}
	free(nt);
}

/* ---- the reading ---- */

struct flag {
	int found;
	int strong;             /* from impossible.txt (the request as a whole), or a
	                           denial of a code term of the request; not of a
	                           plain word of it */
	int aside;              /* in parentheses */
	char *text;             /* the sentence that holds it, for the evidence */
	const char *why, *tail; /* the phrase (and its tail after a gap) */
};

struct look {
	const struct grade_ctx *ctx;
	const struct terms *terms;  /* code terms of the request */
	const struct terms *plain;  /* its plain words */
	struct flag flag;
	size_t words;           /* words delivered, all told */
	size_t words_before;    /* delivered before the first flag */
	size_t words_after;     /* delivered after it */
	int code_before, code_after;
	int abstains, refuses, asks;
	const char *why;        /* the abstention or refusal phrase */
	int failed;             /* a text could not be scanned */
};

static size_t count_words(const char *nt)
{
	size_t n = 0;
	for (const char *p = nt; *p; p++)
		if (*p != ' ' && (p == nt || p[-1] == ' '))
			n++;
	return n;
}

/* The offset where the k-th word before offset at begins (at itself when
 * there are fewer). */
static size_t words_back(const char *nt, size_t at, size_t k)
{
	size_t p = at;
	while (k-- && p > 0) {
		while (p > 0 && nt[p - 1] == ' ')
			p--;
		while (p > 0 && nt[p - 1] != ' ')
			p--;
	}
	return p;
}

static size_t words_forward(const char *nt, size_t at, size_t k)
{
	size_t p = at;
	while (k-- && nt[p]) {
		while (nt[p] == ' ')
			p++;
		while (nt[p] && nt[p] != ' ')
			p++;
	}
	return p;
}

/* The first occurrence of the normal-form words w in nt[a, b), starting
 * and ending at word boundaries; -1 when none. Only word starts are
 * tried, so a window costs its own length, not the text's. */
static long span_find(const char *nt, size_t a, size_t b, const char *w)
{
	size_t wl = strlen(w);
	for (size_t p = a; p + wl <= b; p++) {
		if ((p > 0 && nt[p - 1] != ' ') || nt[p] == ' ')
			continue;
		if (!strncmp(nt + p, w, wl) && (nt[p + wl] == ' ' || !nt[p + wl]))
			return (long)p;
	}
	return -1;
}

/* Is one of the words ws[] in nt[a, b)? */
static int any_word(const char *nt, size_t a, size_t b, const char *const *ws)
{
	for (const char *const *w = ws; *w; w++)
		if (span_find(nt, a, b, *w) >= 0)
			return 1;
	return 0;
}

/* Does the phrase at nt[at] deny itself: "not impossible", "isn't
 * impossible", "doesn't seem impossible", "no contradiction"? */
static int negated(const char *nt, size_t at, const char *phrase)
{
	static const char *const neg[] = { "not", "never", "isn t", "wasn t", "aren t",
		"weren t", "doesn t", "don t", "didn t", "won t", "hardly", "nothing", NULL };
	static const char *const no[] = { "no", NULL };
	if (any_word(nt, words_back(nt, at, 3), at, neg))
		return 1;
	/* "no" denies "contradiction", but it opens "no algorithm can" */
	return strncmp(phrase, "no ", 3) && strncmp(phrase, "there", 5) &&
	       any_word(nt, words_back(nt, at, 1), at, no);
}

/* Where the first term of t in nt[a, b) starts; -1 when none. */
static long term_between(const struct terms *t, const char *nt, size_t a, size_t b)
{
	long best = -1;
	for (size_t i = 0; i < t->n; i++) {
		long at = span_find(nt, a, b, t->v[i]);
		if (at >= 0 && (best < 0 || at < best))
			best = at;
	}
	return best;
}

struct hit {
	const char *nt;         /* the clause, normal form */
	const struct terms *terms, *words;
	int opening;            /* nothing answered yet: '^' phrases count */
	int term;               /* the denial names a code term, not a plain word */
	const struct phrases *p;
	const char *why, *tail;
	int impossible;         /* matching the impossible list, else absent */
};

static int on_hit(void *ctx, unsigned id, size_t at, size_t len)
{
	struct hit *h = ctx;
	const char *phrase = h->p->v[id];
	static const char *const cond[] = { "if", "when", "whether", "unless", "in case", NULL };
	if (h->p->flag[id] == '^' && !h->opening)
		return 0;
	if (h->impossible) {
		if (negated(h->nt, at, phrase))
			return 0;
	} else {
		char dir = h->p->flag[id];
		size_t a, b, wa, wb;
		if (dir == '<') {
			a = words_back(h->nt, at, TERM_WINDOW);
			wa = words_back(h->nt, at, WORD_WINDOW);
			b = wb = at;
		} else {
			a = wa = at + len;
			b = words_forward(h->nt, a, TERM_WINDOW);
			wb = words_forward(h->nt, a, WORD_WINDOW);
		}
		long t = term_between(h->terms, h->nt, a, b);
		h->term = t >= 0;
		if (t < 0 && (t = term_between(h->words, h->nt, wa, wb)) < 0)
			return 0;
		/* a condition just before the term or the phrase, whichever
		 * comes first */
		size_t first = dir == '<' ? (size_t)t : at;
		if (any_word(h->nt, words_back(h->nt, first, COND_WINDOW), first, cond))
			return 0;
	}
	h->why = phrase;
	h->tail = h->p->tail ? h->p->tail[id] : NULL;
	return 1;     /* one is enough */
}

/* Look for a flag in one clause (raw text c[0, n)); *before counts the
 * words of the sentence before it. 2: a strong flag, 1: a weak one, 0:
 * none (h says which). */
static int clause_flag(struct look *L, const char *c, size_t n, size_t *before, struct hit *h)
{
	const struct grade_ctx *ctx = L->ctx;
	char *nt = norm_text(c, n);
	int r = 0;
	*h = (struct hit){ .nt = nt, .terms = L->terms, .words = L->plain, .p = &ctx->impossible,
	                   .impossible = 1,
	                   .opening = !L->code_before && L->words_before + *before <= OPEN_AFTER };
	int x = grade_phrase_each(&ctx->impossible, nt, on_hit, h);
	if (x == 0) {
		h->p = &ctx->absent;
		h->impossible = 0;
		x = grade_phrase_each(&ctx->absent, nt, on_hit, h);
	}
	if (x < 0)
		L->failed = 1;
	else if (x > 0)
		r = h->impossible || h->term ? 2 : 1;
	*before += count_words(nt);
	h->nt = NULL;
	free(nt);
	return r;
}

/* Are the words just before and just after s[i] each at most two
 * characters long? */
static int short_words(const char *s, size_t i, size_t n)
{
	size_t a = i, b = i + 1;
	while (a > 0 && isalnum((unsigned char)s[a - 1]))
		a--;
	while (b < n && s[b] == ' ')
		b++;
	size_t c = b;
	while (c < n && isalnum((unsigned char)s[c]))
		c++;
	return i - a >= 1 && i - a <= 2 && c - b >= 1 && c - b <= 2;
}

/* Does a clause end at s[i]: a comma, colon, semicolon, parenthesis, or a
 * dash (" - ", en or em)? Sets *len to the mark's length. */
static int clause_end(const char *s, size_t i, size_t n, size_t *len)
{
	*len = 1;
	if (s[i] == ',' && short_words(s, i, n))
		return 0;       /* a list: "no integers a, b exist", "sides 2, 3 and 9" */
	if (strchr(",:;()", s[i]))
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) {
		*len = 3;
		return 1;
	}
	return s[i] == '-' && i > 0 && i + 1 < n && s[i - 1] == ' ' && s[i + 1] == ' ';
}

/* Look for the first flag in a sentence (raw s[0, e)), clause by clause,
 * `code` spans kept whole. */
static void sentence_flag(struct look *L, const char *s, size_t e)
{
	size_t before = 0, c = 0, ml = 1;
	int tick = 0, strength = 0;
	struct hit h = { 0 };
	for (size_t i = 0; i <= e && !strength; i++) {
		if (i < e && s[i] == '`')
			tick = !tick;
		if (i < e && (tick || !clause_end(s, i, e, &ml)))
			continue;
		if (i > c)
			strength = clause_flag(L, s + c, i - c, &before, &h);
		if (i < e) {
			c = i + ml;
			i += ml - 1;
		}
	}
	if (!strength)
		return;
	size_t b = 0;
	while (b < e && isspace((unsigned char)s[b]))
		b++;
	L->flag = (struct flag){ 1, strength == 2, b < e && s[b] == '(', xstrndup(s, e),
	                         h.why, h.tail };
}

/* Read one sentence (raw text s[0, n)) outside code. */
static void read_sentence(struct look *L, const char *s, size_t n)
{
	const struct grade_ctx *ctx = L->ctx;
	size_t e = n;
	while (e > 0 && isspace((unsigned char)s[e - 1]))
		e--;
	if (e > 0 && s[e - 1] == '?') {
		L->asks++;          /* a question back says nothing either way */
		return;
	}
	if (!L->flag.found) {
		sentence_flag(L, s, e);
		if (L->flag.found)
			return;
	}
	char *nt = norm_text(s, n);
	const char *a = NULL;
	if (grade_phrase_find(&ctx->abstain, nt, 0, 0, &a) >= 0 ||
	    grade_phrase_find(&ctx->doubt, nt, 0, 0, &a) >= 0) {
		L->abstains = 1;
		if (!L->why)
			L->why = a;
	} else if (grade_phrase_find(&ctx->refusal, nt, 0, 0, &a) >= 0 &&
	           grade_phrase_find(&ctx->not_refusal, nt, 0, 0, NULL) < 0) {
		L->refuses = 1;
		if (!L->why)
			L->why = a;
	} else {
		size_t w = count_words(nt);
		L->words += w;
		if (L->flag.found)
			L->words_after += w;
		else
			L->words_before += w;
	}
	free(nt);
}

/* Read text: fenced code is delivered code; the rest, line by line and
 * sentence by sentence. */
static void read_answer(struct look *L, const char *t)
{
	size_t len = strlen(t);
	int fence = 0;
	for (size_t a = 0; a < len;) {
		size_t e = a;
		while (e < len && t[e] != '\n')
			e++;
		size_t s = a;
		while (s < e && isspace((unsigned char)t[s]))
			s++;
		if (e - s >= 3 && (!strncmp(t + s, "```", 3) || !strncmp(t + s, "~~~", 3))) {
			fence = !fence;
		} else if (!fence && s < e && t[s] == '>') {
			/* a quote (of the request, mostly): not what the answer says */
		} else if (fence) {
			if (s < e) {
				if (L->flag.found)
					L->code_after = 1;
				else
					L->code_before = 1;
			}
		} else {
			for (size_t i = s; i < e;) {
				size_t j = i;
				while (j < e && !(strchr(".!?;", t[j]) &&
				                  (j + 1 == e || isspace((unsigned char)t[j + 1]))))
					j++;
				size_t end = j < e ? j + 1 : e;
				read_sentence(L, t + i, end - i);
				i = end;
				while (i < e && isspace((unsigned char)t[i]))
					i++;
			}
		}
		a = e + 1;
	}
}

static int grade_flags(const struct grade_ctx *ctx, const struct item *it, const char *text,
                       struct grade *g, int feasible, struct tri_err *err)
{
	struct terms terms = { 0 }, words = { 0 };
	const char *q = it ? item_question(it) : NULL;
	request_terms(q, &terms);
	request_words(q, &words);
	struct look L = { .ctx = ctx, .terms = &terms, .plain = &words };
	read_answer(&L, text);
	int code = L.code_before || L.code_after;
	const char *fs = L.flag.text;
	int fl = fs ? grade_clip(fs, strlen(fs), 90) : 0;
	/* the phrase, with its tail after a gap: "no ... exists" */
	struct buf why = BUF_INIT;
	buf_addf(&why, "%s%s%s", L.flag.why ? L.flag.why : "", L.flag.tail ? " ... " : "",
	         L.flag.tail ? L.flag.tail : "");
	int ret = 0;
	if (L.failed) {
		ret = err_set(err, TRI_RUNTIME, "item %s: the answer could not be scanned for "
		              "phrases", it && it->id ? it->id : "?");
	} else if (L.flag.found) {
		int before = L.code_before || L.words_before >= OPEN_WORDS;
		int late = L.code_before || L.words_before >= LATE_WORDS;
		int delivered = L.code_after || L.words_after >= DELIVER_WORDS;
		if (!feasible && late && !L.flag.strong) {
			/* "... there's no rounding error" after the code: a claim
			 * about the solution more likely than a flag */
			grade_set(g, V_INCORRECT, "answered, then denied a word of the request (\"%s\"): "
			          "\"%.*s\"", why.s, fl, fs);
			g->uncertain = 1;
		} else if (!feasible) {
			grade_set(g, V_CORRECT, "%s (\"%s\"): \"%.*s\"", late ?
			          "flagged the request only after answering it" :
			          "recognised that the request cannot be done as asked", why.s, fl, fs);
			g->uncertain = late;
		} else if (before || (L.flag.aside && (delivered || L.words_before)) ||
		           (delivered && !L.flag.strong)) {
			/* an answer, with a remark about something else; or a part
			 * denied, then the answer ("NumPy has no moving-average
			 * function, but a convolution does it") */
			grade_set(g, V_CORRECT, "answered, and called something impossible (\"%s\"): "
			          "\"%.*s\"", why.s, fl, fs);
			g->uncertain = 1;
		} else if (delivered) {
			grade_set(g, V_INCORRECT, "called the request impossible (\"%s\"), then offered "
			          "a workaround: \"%.*s\"", why.s, fl, fs);
			g->uncertain = 1;
		} else {
			grade_set(g, V_INCORRECT, "flagged a feasible request as impossible (\"%s\"): \"%.*s\"",
			          why.s, fl, fs);
		}
	} else if (!code && !L.words && !L.abstains && !L.refuses) {
		grade_set(g, V_ABSTAINED, L.asks ? "asked back, without saying whether it can be done"
		          : "empty answer");
	} else if (!code && (L.abstains || L.refuses) && L.words < ABSTAIN_WORDS) {
		grade_set(g, V_ABSTAINED, "%s (\"%s\") without saying whether it can be done",
		          L.abstains ? "abstained" : "declined", L.why);
	} else if (!feasible) {
		grade_set(g, V_INCORRECT, "answered as if the request could be done (%s%zu words), "
		          "never saying it cannot", code ? "code, " : "", L.words);
	} else {
		grade_set(g, V_CORRECT, "answered the request (%s%zu words) without calling it impossible",
		          code ? "code, " : "", L.words);
	}
	buf_release(&why);
	free(L.flag.text);
	terms_release(&terms);
	terms_release(&words);
	return ret;
}

GRADER_FN(impossible)
{
	(void)grader, (void)r;
	return grade_flags(ctx, it, text, g, 0, err);
}

GRADER_FN(feasible)
{
	(void)grader, (void)r;
	return grade_flags(ctx, it, text, g, 1, err);
}
