/* norm.c -- text normalisation and number extraction (see norm.h).
 *
 * Normalisation leans on libunistring: u8_casefold() with UNINORM_NFKC does
 * NFKC and full case folding in one pass; the general category of each
 * code point then decides whether it is kept, becomes a space, or vanishes.
 *
 * Numbers are found by a small hand-written scanner rather than a regular
 * expression, because the decisions are contextual: "KP-09" holds the
 * number 9, not -9 (the hyphen follows a letter); "1,234" is one number but
 * "1, 2" two; "1 234 567" is one number when every group after the first
 * has exactly three digits; "one hundred and five" is one number, "one two"
 * two. Words are English; the scale words go up to "trillion". */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include "util.h"
#include "buf.h"
#include "norm.h"

/* Copy s without the bytes that are not valid UTF-8. */
static uint8_t *sanitize(const char *s, size_t len, size_t *outlen)
{
	uint8_t *o = xmalloc(len + 1);
	size_t n = 0, i = 0;
	while (i < len) {
		ucs4_t uc;
		int k = u8_mbtoucr(&uc, (const uint8_t *)s + i, len - i);
		if (k <= 0) {   /* invalid or truncated: drop one byte */
			i++;
			continue;
		}
		if (uc != 0)
			memcpy(o + n, s + i, (size_t)k), n += (size_t)k;
		i += (size_t)k;
	}
	o[n] = 0;
	*outlen = n;
	return o;
}

static int is_cjk(ucs4_t uc)
{
	return (uc >= 0x2E80 && uc <= 0x9FFF) || (uc >= 0xAC00 && uc <= 0xD7AF) ||
	       (uc >= 0xF900 && uc <= 0xFAFF) || (uc >= 0xFF00 && uc <= 0xFFEF) ||
	       (uc >= 0x20000 && uc <= 0x3FFFF);
}

/* The same for pure ASCII, which most answers are: NFKC is the identity,
 * folding is tolower(), and every ASCII punctuation or symbol character
 * except '$' (a currency sign, category Sc) is in P, Sm or Sk. */
static char *norm_ascii(const char *s, size_t len)
{
	char *out = xmalloc(len + 1);
	size_t o = 0;
	int space = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0)
			continue;
		if (isalnum(c) || c == '$') {
			if (space)
				out[o++] = ' ';
			space = 0;
			out[o++] = (char)tolower(c);
		} else {
			space = o > 0;
		}
	}
	out[o] = 0;
	return out;
}

char *norm_text(const char *s, size_t len)
{
	size_t i0 = 0;
	while (s && i0 < len && (unsigned char)s[i0] < 0x80)
		i0++;
	if (s && i0 == len)
		return norm_ascii(s, len);
	size_t n = 0, flen = 0;
	uint8_t *clean = sanitize(s ? s : "", s ? len : 0, &n);
	uint8_t *f = NULL;
	if (n)
		f = u8_casefold(clean, n, NULL, UNINORM_NFKC, NULL, &flen);
	const uint8_t *src = f ? f : clean;
	size_t slen = f ? flen : n;
	char *out = xmalloc(slen + 1);
	size_t o = 0, i = 0;
	int space = 0;
	while (i < slen) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, src + i, slen - i);
		if (k <= 0)
			k = 1;
		if (uc_is_general_category(uc, UC_CATEGORY_Cf)) {
			/* zero-width characters, soft hyphen: vanish */
		} else if (uc_is_general_category(uc, UC_CATEGORY_Z) ||
		           uc_is_general_category(uc, UC_CATEGORY_Cc) ||
		           uc_is_general_category(uc, UC_CATEGORY_P) ||
		           uc_is_general_category(uc, UC_CATEGORY_Sm) ||
		           uc_is_general_category(uc, UC_CATEGORY_Sk)) {
			space = o > 0;
		} else {
			if (space)
				out[o++] = ' ';
			space = 0;
			memcpy(out + o, src + i, (size_t)k);
			o += (size_t)k;
		}
		i += (size_t)k;
	}
	out[o] = 0;
	free(f);
	free(clean);
	return out;
}

static const char *const articles[] = {
	"the", "a", "an", "le", "la", "les", "l", "der", "die", "das",
	"el", "los", "las", "il", "lo", "gli", "o", "os", "as",
};

char *norm_answer(const char *s, size_t len)
{
	char *t = norm_text(s, len);
	char *sp = strchr(t, ' ');
	if (!sp)
		return t;
	size_t wl = (size_t)(sp - t);
	for (size_t i = 0; i < ARRAY_LEN(articles); i++) {
		if (strlen(articles[i]) == wl && !memcmp(t, articles[i], wl)) {
			memmove(t, sp + 1, strlen(sp + 1) + 1);
			break;
		}
	}
	return t;
}

char *norm_compact(const char *s)
{
	size_t n = strlen(s), o = 0;
	char *r = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ')
			r[o++] = s[i];
	r[o] = 0;
	return r;
}

char *norm_nfkc(const char *s, size_t len)
{
	size_t n = 0, rlen = 0;
	uint8_t *clean = sanitize(s ? s : "", s ? len : 0, &n);
	if (!n)
		return (char *)clean;
	uint8_t *r = u8_normalize(UNINORM_NFKC, clean, n, NULL, &rlen);
	if (!r)
		return (char *)clean;
	free(clean);
	char *out = xmalloc(rlen + 1);
	memcpy(out, r, rlen);
	out[rlen] = 0;
	free(r);
	return out;
}

/* The code point that ends at s[end) (end > 0). */
static ucs4_t last_cp(const char *s, size_t end)
{
	size_t i = end - 1;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	ucs4_t uc = 0;
	u8_mbtouc(&uc, (const uint8_t *)s + i, end - i);
	return uc;
}

int norm_bounded(const char *hay, size_t hl, size_t at, const char *phrase, size_t pl)
{
	ucs4_t first = 0;
	u8_mbtouc(&first, (const uint8_t *)phrase, pl);
	int need_l = !is_cjk(first), need_r = !is_cjk(last_cp(phrase, pl));
	int ok_l = !need_l || at == 0 || hay[at - 1] == ' ';
	int ok_r = !need_r || at + pl == hl || hay[at + pl] == ' ';
	return ok_l && ok_r;
}

long norm_find(const char *hay, const char *phrase, size_t from)
{
	size_t hl = strlen(hay), pl = strlen(phrase);
	if (!pl || from > hl)
		return -1;
	ucs4_t first = 0;
	u8_mbtouc(&first, (const uint8_t *)phrase, pl);
	int need_l = !is_cjk(first), need_r = !is_cjk(last_cp(phrase, pl));
	const char *p = hay + from;
	while ((p = strstr(p, phrase)) != NULL) {
		size_t at = (size_t)(p - hay);
		int ok_l = !need_l || at == 0 || hay[at - 1] == ' ';
		int ok_r = !need_r || at + pl == hl || hay[at + pl] == ' ';
		if (ok_l && ok_r)
			return (long)at;
		p++;
	}
	return -1;
}

/* ---- numbers ---- */

struct numlist {
	struct norm_num *v;
	size_t n, alloc;
};

static void num_push(struct numlist *l, double v, size_t a, size_t b, int words)
{
	XGROW(l->v, l->alloc, l->n + 1);
	l->v[l->n++] = (struct norm_num){ v, a, b, words };
}

static int is_alpha(int c) { return c >= 0 && c < 128 && isalpha(c); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }

/* Length of the ASCII-letter word at s[i], 0 if none. */
static size_t word_len(const char *s, size_t len, size_t i)
{
	size_t j = i;
	while (j < len && is_alpha((unsigned char)s[j]))
		j++;
	return j - i;
}

static int word_is(const char *s, size_t wl, const char *w)
{
	return strlen(w) == wl && !strncasecmp(s, w, wl);
}

static const char *const units[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen",
};
static const char *const tens[] = {
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
};
static const struct { const char *w; double v; } scales[] = {
	{ "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 }, { "trillion", 1e12 },
};

enum wkind { W_NONE, W_UNIT, W_TEEN, W_TENS, W_HUNDRED, W_SCALE, W_A, W_AND };

/* Classify the word s[0..wl): its kind and value; W_NONE if not a number word. */
static enum wkind classify(const char *s, size_t wl, double *v)
{
	for (size_t i = 0; i < ARRAY_LEN(units); i++)
		if (word_is(s, wl, units[i])) {
			*v = (double)i;
			return i < 10 ? W_UNIT : W_TEEN;
		}
	for (size_t i = 0; i < ARRAY_LEN(tens); i++)
		if (word_is(s, wl, tens[i])) {
			*v = 20.0 + 10.0 * (double)i;
			return W_TENS;
		}
	if (word_is(s, wl, "hundred")) {
		*v = 100;
		return W_HUNDRED;
	}
	for (size_t i = 0; i < ARRAY_LEN(scales); i++)
		if (word_is(s, wl, scales[i].w)) {
			*v = scales[i].v;
			return W_SCALE;
		}
	if (word_is(s, wl, "a") || word_is(s, wl, "an")) {
		*v = 1;
		return W_A;
	}
	if (word_is(s, wl, "and")) {
		*v = 0;
		return W_AND;
	}
	return W_NONE;
}

/* Position of the next word after s[i] (skipping one run of spaces or a
 * hyphen); sets *wl. Returns len when there is none. */
static size_t next_word(const char *s, size_t len, size_t i, size_t *wl)
{
	size_t j = i;
	while (j < len && (s[j] == ' ' || s[j] == '-') && j - i < 3)
		j++;
	if (j == i || j >= len) {
		*wl = 0;
		return len;
	}
	*wl = word_len(s, len, j);
	return j;
}

/* Parse English number words starting at the word s[i] (wl letters).
 * Returns the end offset of the number, or i when no number starts here. */
static size_t parse_words(const char *s, size_t len, size_t i, size_t wl, double *out)
{
	double total = 0, cur = 0, last_scale = INFINITY, v = 0;
	enum wkind last = W_NONE;
	size_t end = i, p = i;
	int have = 0, pending_a = 0;
	while (wl) {
		enum wkind k = classify(s + p, wl, &v);
		int ok = 0;
		switch (k) {
		case W_UNIT:
			if (v == 0) {
				ok = last == W_NONE && !pending_a;
				break;
			}
			ok = !pending_a && (last == W_NONE || last == W_HUNDRED || last == W_SCALE ||
			     last == W_AND || (last == W_TENS && fmod(cur, 10) == 0));
			if (ok)
				cur += v;
			break;
		case W_TEEN:
		case W_TENS:
			ok = !pending_a && (last == W_NONE || last == W_HUNDRED || last == W_SCALE ||
			                    last == W_AND);
			if (ok)
				cur += v;
			break;
		case W_HUNDRED:
			if (pending_a && last == W_NONE)
				cur = 1, ok = 1;
			else
				ok = (last == W_UNIT || last == W_TEEN || last == W_TENS) &&
				     cur > 0 && cur < 100;
			if (ok)
				cur *= 100;
			break;
		case W_SCALE:
			if (pending_a && last == W_NONE)
				cur = 1, ok = 1;
			else
				ok = cur > 0 && last != W_AND && last != W_SCALE;
			ok = ok && v < last_scale;
			if (ok) {
				total += cur * v;
				cur = 0;
				last_scale = v;
			}
			break;
		case W_A:
			ok = last == W_NONE && !pending_a;
			if (ok) {
				size_t nl, nx = next_word(s, len, p + wl, &nl);
				double nv;
				enum wkind nk = nl ? classify(s + nx, nl, &nv) : W_NONE;
				ok = nk == W_HUNDRED || nk == W_SCALE;
				if (ok) {
					pending_a = 1;
					p = nx;
					wl = nl;
					continue;
				}
			}
			break;
		case W_AND:
			ok = (last == W_HUNDRED || last == W_SCALE);
			if (ok) {
				size_t nl, nx = next_word(s, len, p + wl, &nl);
				double nv;
				enum wkind nk = nl ? classify(s + nx, nl, &nv) : W_NONE;
				ok = nk == W_UNIT || nk == W_TEEN || nk == W_TENS;
				if (ok && nv == 0)
					ok = 0;
			}
			break;
		case W_NONE:
			break;
		}
		if (!ok)
			break;
		pending_a = 0;
		if (k != W_AND) {
			have = 1;
			end = p + wl;
		}
		last = k;
		if (k == W_UNIT && v == 0)
			break;
		p = next_word(s, len, p + wl, &wl);
		if (p >= len)
			break;
	}
	if (!have)
		return i;
	*out = total + cur;
	return end;
}

/* Digits with optional grouping, decimals and exponent at s[i]. Returns the
 * end offset and the value. */
static size_t parse_digits(const char *s, size_t len, size_t i, double *out)
{
	struct buf b = BUF_INIT;
	size_t j = i, g1 = 0;
	while (j < len && is_digit(s[j]))
		buf_addc(&b, s[j++]), g1++;
	/* thousands groups: one separator used consistently */
	char sep = 0;
	int groups = 0;
	for (;;) {
		if (j + 4 > len)
			break;
		char c = s[j];
		if (!(c == ',' || c == ' ' || c == '_' || c == '\'' || c == '.'))
			break;
		if (sep && c != sep)
			break;
		if (c != '_' && g1 > 3)
			break;
		if (!is_digit(s[j + 1]) || !is_digit(s[j + 2]) || !is_digit(s[j + 3]))
			break;
		if (j + 4 < len && is_digit(s[j + 4]))
			break;
		if (c == '.' && !groups) {
			/* "1.234" is a decimal; dots group only when there are two */
			if (!(j + 8 <= len && s[j + 4] == '.' && is_digit(s[j + 5]) &&
			      is_digit(s[j + 6]) && is_digit(s[j + 7]) &&
			      (j + 8 == len || !is_digit(s[j + 8]))))
				break;
		}
		if (c == ',' && !groups && j + 5 < len && s[j + 4] == ',' && is_digit(s[j + 5])) {
			/* "1,234,5" is not grouping: leave to the decimal rule */
			if (!(j + 8 <= len && is_digit(s[j + 5]) && is_digit(s[j + 6]) &&
			      is_digit(s[j + 7])))
				break;
		}
		sep = c;
		buf_add(&b, s + j + 1, 3);
		j += 4;
		groups++;
	}
	/* decimals */
	if (j + 1 < len && s[j] == '.' && sep != '.' && is_digit(s[j + 1])) {
		buf_addc(&b, '.');
		j++;
		while (j < len && is_digit(s[j]))
			buf_addc(&b, s[j++]);
	} else if (j + 1 < len && s[j] == ',' && sep != ',' && is_digit(s[j + 1])) {
		size_t k = j + 1, nd = 0;
		while (k < len && is_digit(s[k]))
			k++, nd++;
		int more = k + 1 < len && s[k] == ',' && is_digit(s[k + 1]);
		if (nd != 3 && !more && !groups) {
			buf_addc(&b, '.');
			buf_add(&b, s + j + 1, nd);
			j = k;
		}
	}
	/* exponent */
	if (j + 1 < len && (s[j] == 'e' || s[j] == 'E')) {
		size_t k = j + 1;
		if (k < len && (s[k] == '+' || s[k] == '-'))
			k++;
		size_t d = k;
		while (k < len && is_digit(s[k]))
			k++;
		if (k > d && (k == len || !is_alpha((unsigned char)s[k]))) {
			buf_add(&b, s + j, k - j);
			j = k;
		}
	}
	double v = 0;
	if (parse_double(b.s, &v) < 0)
		v = NAN;
	buf_release(&b);
	*out = v;
	return j;
}

/* Is s[i] preceded by a minus sign that belongs to the number? Returns the
 * offset of the sign, or i. */
static size_t minus_before(const char *s, size_t i)
{
	size_t m = i;
	if (i >= 1 && s[i - 1] == '-')
		m = i - 1;
	else if (i >= 3 && !memcmp(s + i - 3, "\xe2\x88\x92", 3))  /* U+2212 */
		m = i - 3;
	if (m == i)
		return i;
	if (m == 0)
		return m;
	unsigned char p = (unsigned char)s[m - 1];
	if (isalnum(p) || p == '-' || p == '.' || p == '_' || p >= 0x80)
		return i;
	return m;
}

/* Is the word before offset i "minus" or "negative"? Returns its offset or i. */
static size_t minus_word_before(const char *s, size_t i)
{
	static const char *const w[] = { "minus", "negative" };
	for (size_t k = 0; k < ARRAY_LEN(w); k++) {
		size_t wl = strlen(w[k]);
		if (i >= wl + 1 && s[i - 1] == ' ' && !strncasecmp(s + i - 1 - wl, w[k], wl) &&
		    (i - 1 - wl == 0 || !is_alpha((unsigned char)s[i - 2 - wl])))
			return i - 1 - wl;
	}
	return i;
}

size_t norm_numbers(const char *s, size_t len, struct norm_num **out)
{
	struct numlist l = { 0 };
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		int word_start = i == 0 || !is_alpha((unsigned char)s[i - 1]);
		int digit_start = is_digit(c) && (i == 0 || (!is_alpha((unsigned char)s[i - 1]) &&
		                                           !is_digit(s[i - 1])));
		if (digit_start && i > 0 && s[i - 1] == '.' && i >= 2 && is_digit(s[i - 2]))
			digit_start = 0;
		if (digit_start) {
			double v;
			size_t end = parse_digits(s, len, i, &v);
			size_t start = minus_before(s, i);
			int neg = start != i;
			if (!neg) {
				start = minus_word_before(s, i);
				neg = start != i;
			}
			/* a scale word after the digits: "2.5 million" */
			size_t wl, nx = next_word(s, len, end, &wl);
			if (wl && nx < len && s[nx - 1] == ' ') {
				double sv;
				enum wkind k = classify(s + nx, wl, &sv);
				if (k == W_SCALE || k == W_HUNDRED) {
					v *= sv;
					end = nx + wl;
				}
			}
			if (!isnan(v))
				num_push(&l, neg ? -v : v, start, end, 0);
			i = end > i ? end : i + 1;
			continue;
		}
		if (word_start && is_alpha(c)) {
			size_t wl = word_len(s, len, i);
			double v;
			size_t end = parse_words(s, len, i, wl, &v);
			if (end > i) {
				/* "one of", "one another": a pronoun, not a number */
				int pronoun = end == i + 3 && !strncasecmp(s + i, "one", 3);
				if (pronoun) {
					size_t nl, nx = next_word(s, len, end, &nl);
					pronoun = nl && (word_is(s + nx, nl, "of") || word_is(s + nx, nl, "another") ||
					                 word_is(s + nx, nl, "who") || word_is(s + nx, nl, "that") ||
					                 word_is(s + nx, nl, "can") || word_is(s + nx, nl, "should"));
				}
				if (!pronoun) {
					size_t start = minus_word_before(s, i);
					num_push(&l, start != i ? -v : v, start, end, 1);
				}
				i = end;
				continue;
			}
			i += wl;
			continue;
		}
		i++;
	}
	*out = l.v;
	return l.n;
}
