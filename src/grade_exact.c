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
#include <ctype.h>
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

/* Is the key shaped like a code rather than a word: a digit, or a symbol
 * joining its parts ("KP-09", "U+00E9", "en_US"), or two or more capitals
 * and nothing else ("WST", "TFNG" as written "Tfng" is a word)? Such keys
 * may be found as one token of a sentence. */
static int code_shaped(const char *raw)
{
	size_t n = strlen(raw), upper = 0, lower = 0, digit = 0, join = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)raw[i];
		if (c >= 0x80 || c == ' ')
			return 0;
		upper += isupper(c) != 0;
		lower += islower(c) != 0;
		digit += isdigit(c) != 0;
		join += c == '-' || c == '+' || c == '_' || c == '.' || c == ':';
	}
	if (digit && (upper || lower || join))
		return 1;
	if (digit && n >= 3)
		return 1;
	return !lower && upper >= 2;
}

/* The tokens of a claim, split at spaces and stripped of the punctuation
 * around them, compared whole with the keys: "Acme devices carry PCI
 * vendor ID 8086 in their config space" answers 8086. Only code-shaped
 * keys, written in the same case, and only when the claim holds no other
 * token of the same shape (which would make the answer ambiguous). */
static int key_token(const struct reading *r, const struct clause *c, const struct keys *k,
                     size_t *which)
{
	const char *t = r->text;
	int found = 0, others = 0;
	for (size_t i = c->ca; i < c->b;) {
		while (i < c->b && (isspace((unsigned char)t[i]) || strchr("*_`\"'([{<,;", t[i])))
			i++;
		size_t e = i;
		while (e < c->b && !isspace((unsigned char)t[e]))
			e++;
		size_t te = e;
		while (te > i && strchr("*_`\"')]}>,;.:!?", t[te - 1]))
			te--;
		if (te > i) {
			int hit = 0;
			for (size_t j = 0; j < k->n && !hit; j++) {
				size_t kl = strlen(k->raw[j]);
				if (code_shaped(k->raw[j]) && kl == te - i && !memcmp(t + i, k->raw[j], kl)) {
					hit = 1;
					*which = j;
				}
			}
			if (hit) {
				found = 1;
			} else {
				char *tok = xstrndup(t + i, te - i);
				char *q = strstr(r->question, tok);
				if (code_shaped(tok) && !q)
					others++;
				free(tok);
			}
		}
		i = e;
	}
	return found && !others;
}

/* May key k be found inside a longer claim? A code ("KP-09", "8086"),
 * several words ("Xerox Corporation"), or a capitalised name of four
 * letters or more ("Tifinagh"); not a lowercase word, which a sentence may
 * use in another sense ("unknown", "king", "man"). */
static int containable(const char *raw)
{
	if (code_shaped(raw) || strchr(raw, ' '))
		return 1;
	size_t n = 0;
	for (const char *p = raw; *p; p++)
		n += ((unsigned char)*p & 0xC0) != 0x80;
	return n >= 4 && (isupper((unsigned char)raw[0]) || (unsigned char)raw[0] >= 0x80);
}

/* Does the claim hold a code-shaped token other than key (ignoring case)
 * and other than the codes of the question? */
static int other_codes(const struct reading *r, const struct clause *c, const char *key)
{
	const char *t = r->text;
	size_t kl = strlen(key);
	for (size_t i = c->ca; i < c->b;) {
		while (i < c->b && (isspace((unsigned char)t[i]) || strchr("*_`\"'([{<,;/", t[i])))
			i++;
		size_t e = i;
		while (e < c->b && !isspace((unsigned char)t[e]) && t[e] != '/')
			e++;
		size_t te = e;
		while (te > i && strchr("*_`\"')]}>,;.:!?", t[te - 1]))
			te--;
		if (te > i && !(te - i == kl && !strncasecmp(t + i, key, kl))) {
			char *tok = xstrndup(t + i, te - i);
			int other = code_shaped(tok) && !strstr(r->question, tok);
			free(tok);
			if (other)
				return 1;
		}
		i = e;
	}
	return 0;
}

/* The key as a phrase of a claim: "The OUI 00-00-AA belongs to Xerox
 * Corporation." The key must not be a phrase of the question (an echo),
 * nor stand next to an alternative or a negation ("not Xerox", "Xerox or
 * Intel"). Sets *which to the key. */
static int key_phrase(const struct reading *r, const struct clause *c, const struct keys *k,
                      const char *question, size_t *which)
{
	static const char *const alt[] = { "or", "either", "vs", "versus", "maybe", "perhaps" };
	char *nt = norm_text(r->text + c->ca, c->b - c->ca);
	int found = 0;
	for (size_t j = 0; j < ARRAY_LEN(alt); j++)
		if (norm_find(nt, alt[j], 0) >= 0) {
			free(nt);
			return 0;   /* a claim that offers alternatives holds no one answer */
		}
	/* a list ("the Braves, the Giants, the Reds and the Padres") names
	 * several answers */
	size_t commas = 0, slashes = 0;
	for (size_t i = c->ca; i < c->b; i++) {
		commas += r->text[i] == ',';
		slashes += r->text[i] == '/' && i > c->ca && i + 1 < c->b &&
		           isalnum((unsigned char)r->text[i - 1]) && isalnum((unsigned char)r->text[i + 1]);
	}
	if (commas >= 2 || slashes) {
		free(nt);
		return 0;
	}
	for (size_t j = 0; j < k->n && !found; j++) {
		if (!containable(k->raw[j]))
			continue;
		if (code_shaped(k->raw[j]) && other_codes(r, c, k->raw[j]))
			continue;
		char *kn = norm_text(k->raw[j], strlen(k->raw[j]));
		long at = *kn ? norm_find(nt, kn, 0) : -1;
		if (at >= 0 && norm_find(question, kn, 0) < 0 &&
		    !grade_alternatives(nt, (size_t)at, (size_t)at + strlen(kn))) {
			found = 1;
			*which = j;
		}
		free(kn);
	}
	free(nt);
	return found;
}

/* Does a claim share a word of four letters or more with a key that is
 * not a code ("Wilhelm Röntgen" for "Wilhelm Conrad Röntgen")? Then the
 * answer may say the key in other words: a judge would settle it. */
static int shares_a_word(const struct reading *r, const struct keys *k)
{
	int hit = 0;
	for (size_t j = 0; j < k->n && !hit; j++) {
		if (code_shaped(k->raw[j]))
			continue;
		char *kn = norm_text(k->raw[j], strlen(k->raw[j]));
		for (char *w = kn; *w && !hit;) {
			char *e = strchr(w, ' ');
			size_t wl = e ? (size_t)(e - w) : strlen(w);
			if (wl >= 4) {
				char *word = xstrndup(w, wl);
				for (size_t i = 0; i < r->n && !hit; i++) {
					if (r->cl[i].kind != CL_CLAIM)
						continue;
					char *nt = norm_text(r->text + r->cl[i].ca, r->cl[i].b - r->cl[i].ca);
					hit = norm_find(nt, word, 0) >= 0 && norm_find(r->question, word, 0) < 0;
					free(nt);
				}
				free(word);
			}
			w = e ? e + 1 : w + wl;
		}
		free(kn);
	}
	return hit;
}

/* A short view of what the model answered, for the evidence. */
static void what_it_said(const struct reading *r, const struct cand *c, size_t nc,
                         const char **p, int *len)
{
	if (!nc) {
		*p = "";
		*len = 0;
		return;
	}
	/* the first candidate is the marked answer, or the first claim whole;
	 * the second is that claim before its explanation */
	size_t pick = nc > 1 && !c[0].marked && c[1].clause == c[0].clause ? 1 : 0;
	*p = r->text + c[pick].a;
	*len = grade_clip(*p, c[pick].b - c[pick].a, 60);
}

/* Does a claim other than the one of the match offer an alternative ("Or
 * maybe KP-10")? */
static int alternative_claim(const struct reading *r, size_t clause)
{
	for (size_t i = 0; i < r->n; i++)
		if (i != clause && r->cl[i].kind == CL_CLAIM && r->cl[i].alt)
			return 1;
	return 0;
}

GRADER_FN(exact)
{
	(void)ctx, (void)grader;
	struct keys k;
	if (load_keys(&k, it, err) < 0)
		return -1;
	struct cand *c = NULL;
	size_t nc = reading_candidates(r, &c);
	const char *t0 = r->text;
	char *t = norm_text(t0, strlen(t0));
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
		char *n = norm_answer(t0 + c[i].a, c[i].b - c[i].a);
		char *cc = norm_compact(n);
		free(n);
		for (size_t j = 0; j < k.n; j++) {
			if (strcmp(cc, k.cmp[j]) || !*cc)
				continue;
			if (offers_alternatives(t, t0 + c[i].a, c[i].b - c[i].a) ||
			    (!c[i].marked && alternative_claim(r, c[i].clause))) {
				several = 1;
				continue;
			}
			grade_set(g, V_CORRECT, "matched \"%s\"", k.raw[j]);
			done = 1;
			break;
		}
		free(cc);
	}
	/* a code-shaped key as one token of a claim */
	for (size_t i = 0; i < r->n && !done && !several; i++) {
		const struct clause *cl = &r->cl[i];
		size_t j = 0;
		if (cl->kind != CL_CLAIM || (r->marked && !reading_in_marked(r, cl)) ||
		    !key_token(r, cl, &k, &j))
			continue;
		if (alternative_claim(r, i) || offers_alternatives(t, k.raw[j], strlen(k.raw[j]))) {
			several = 1;
			break;
		}
		grade_set(g, V_CORRECT, "found \"%s\" in \"%.*s\"", k.raw[j],
		          grade_clip(t0 + cl->a, cl->b - cl->a, 60), t0 + cl->a);
		done = 1;
	}
	/* the key as a phrase of a claim */
	char *q = norm_text(r->question, strlen(r->question));
	for (size_t i = 0; i < r->n && !done && !several; i++) {
		const struct clause *cl = &r->cl[i];
		size_t j = 0;
		if (cl->kind != CL_CLAIM || (r->marked && !reading_in_marked(r, cl)) ||
		    !key_phrase(r, cl, &k, q, &j))
			continue;
		if (alternative_claim(r, i)) {
			several = 1;
			break;
		}
		grade_set(g, V_CORRECT, "found \"%s\" in \"%.*s\"", k.raw[j],
		          grade_clip(t0 + cl->a, cl->b - cl->a, 60), t0 + cl->a);
		done = 1;
	}
	free(q);
	if (!done) {
		const char *p;
		int len;
		what_it_said(r, c, nc, &p, &len);
		if (several)
			grade_set(g, V_INCORRECT, "several candidates offered, among them \"%s\"", k.raw[0]);
		else if (!nc)
			grade_set(g, V_INCORRECT, "no answer found");
		else
			grade_set(g, V_INCORRECT, "answered \"%.*s\", expected \"%s\"", len, p, k.raw[0]);
		g->uncertain = !several && shares_a_word(r, &k);
	}
	free(t);
	free(c);
	keys_release(&k);
	return 0;
}
