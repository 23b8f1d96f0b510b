/* norm.h -- text normalisation and number extraction for the graders.
 *
 * Two models that give the same answer rarely give the same bytes: one
 * writes "The Netherlands.", another "netherlands", a third uses full-width
 * letters. norm_text() maps all of these to one form so that graders can
 * compare strings and find phrases:
 *
 *   1. invalid UTF-8 bytes are dropped;
 *   2. Unicode NFKC (full-width and compatibility forms become plain ones);
 *   3. full case folding (so "Straße" and "STRASSE" compare equal);
 *   4. punctuation and symbols (Unicode P, Sm, Sk) become a space, format
 *      characters (zero-width space, joiners, soft hyphen) vanish;
 *   5. white space is collapsed to one space and trimmed.
 *
 * Letters, digits, currency signs and other symbols (emoji, CJK) are kept.
 * Every string returned is a new heap string the caller frees. */
#ifndef TRI_NORM_H
#define TRI_NORM_H

#include <stddef.h>

/* The normal form above of s[0..len). Never NULL. */
char *norm_text(const char *s, size_t len);

/* norm_text(), then one leading article removed when another word follows
 * ("the", "a", "an"; le/la/les/l, der/die/das, el/los/las, il/lo/gli/i,
 * o/os/as), so "The Hague" and "Hague" compare equal. */
char *norm_answer(const char *s, size_t len);

/* s without its spaces (for comparing "KP 09" with "KP09"). */
char *norm_compact(const char *s);

/* Offset of the first occurrence of phrase in hay at or after from, both in
 * normal form, at word boundaries (a phrase that begins or ends with a
 * CJK/kana/Hangul character needs no boundary on that side); -1 if none. */
long norm_find(const char *hay, const char *phrase, size_t from);

/* Is the occurrence of phrase (pl bytes) at hay[at] (hl bytes) at word
 * boundaries, as norm_find() requires? */
int norm_bounded(const char *hay, size_t hl, size_t at, const char *phrase, size_t pl);

/* NFKC only (no case folding, punctuation kept); never NULL. */
char *norm_nfkc(const char *s, size_t len);

/* A number found in a text: value, and the byte range it covers in the
 * string that was scanned. */
struct norm_num {
	double value;
	size_t start, end;
	int words;          /* 1 when written in words ("twenty-three") */
};

/* Every number in s[0..len) (which should be NFKC already: norm_nfkc), in
 * order. Recognises: signs ("-5", "−5", "minus five"); thousands
 * separators ("1,234,567", "1 234 567", "1_234", "1'234", "1.234.567");
 * decimals ("3.14", "0,5" when the comma is not followed by exactly three
 * digits); exponents ("1.5e6"); a scale word after digits ("2.5 million");
 * English numbers in words up to the trillions ("one hundred and five",
 * "twenty-three", "a thousand"). Stores a new array in *out (caller frees;
 * NULL when none) and returns the count. */
size_t norm_numbers(const char *s, size_t len, struct norm_num **out);

#endif
