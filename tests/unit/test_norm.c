/* test_norm.c -- text normalisation and number extraction. */
#include <stdlib.h>
#include "util.h"
#include "t.h"
#include "norm.h"

static void eq_norm(const char *in, const char *want, int line)
{
	char *n = norm_text(in, strlen(in));
	if (strcmp(n, want)) {
		fprintf(stderr, "  line %d: norm_text(\"%s\") == \"%s\", expected \"%s\"\n",
			line, in, n, want);
		t_cur_failed = 1;
	}
	free(n);
}
#define EQ_NORM(in, want) eq_norm(in, want, __LINE__)

static void test_text(void)
{
	EQ_NORM("  Hello,   World!  ", "hello world");
	EQ_NORM("KP-09.", "kp 09");
	EQ_NORM("\xef\xbc\xab\xef\xbc\xb0\xef\xbc\x8d\xef\xbc\x90\xef\xbc\x99", "kp 09"); /* full-width KP-09 */
	EQ_NORM("Stra\xc3\x9f" "e", "strasse");                  /* ß folds to ss */
	EQ_NORM("STRASSE", "strasse");
	EQ_NORM("I don\xe2\x80\x99t know.", "i don t know");      /* curly apostrophe */
	EQ_NORM("**Paris**", "paris");
	EQ_NORM("ca\xe2\x80\x8bnary", "canary");                 /* zero-width space vanishes */
	EQ_NORM("\xef\xac\x81le", "file");                       /* the fi ligature (NFKC) */
	EQ_NORM("\xe6\x88\x91\xe4\xb8\x8d\xe7\x9f\xa5\xe9\x81\x93\xe3\x80\x82",
	        "\xe6\x88\x91\xe4\xb8\x8d\xe7\x9f\xa5\xe9\x81\x93"); /* 我不知道。 */
	EQ_NORM("Caf\xc3\xa9", "caf\xc3\xa9");                   /* accents kept */
	EQ_NORM("a\xff" "b", "ab");                              /* invalid byte dropped */
	EQ_NORM("", "");
	EQ_NORM("$5", "$5");                                     /* currency kept */
	EQ_NORM("line1\nline2\tx", "line1 line2 x");
	/* the ASCII fast path and the Unicode path agree on every ASCII symbol */
	EQ_NORM("A+b=C ^x`y~z|w<v>u $5 #1 @k {j} [i] \\h/g_f%e&d;c:b?a!", "a b c x y z w v u $5 1 k j i h g f e d c b a");
	EQ_NORM("A+b=C ^x`y~z|w<v>u $5 #1 @k {j} [i] \\h/g_f%e&d;c:b?a! \xc3\xa9",
	        "a b c x y z w v u $5 1 k j i h g f e d c b a \xc3\xa9");
}

static void test_answer_and_find(void)
{
	char *a = norm_answer("The Netherlands", 15);
	T_EQ_STR(a, "netherlands");
	free(a);
	a = norm_answer("A", 1);          /* a lone letter is not an article */
	T_EQ_STR(a, "a");
	free(a);
	a = norm_answer("La Paz.", 7);
	T_EQ_STR(a, "paz");
	free(a);
	a = norm_compact("kp 09");
	T_EQ_STR(a, "kp09");
	free(a);

	T_EQ_INT(norm_find("well i don t know really", "i don t know", 0), 5);
	T_EQ_INT(norm_find("i don t knowledge", "i don t know", 0), -1);   /* word boundary */
	T_EQ_INT(norm_find("hi don t know", "i don t know", 0), -1);
	T_EQ_INT(norm_find("no no", "no", 1), 3);
	/* CJK phrases need no word boundary */
	T_EQ_INT(norm_find("\xe5\xaf\xb9\xe4\xb8\x8d\xe8\xb5\xb7\xe6\x88\x91\xe4\xb8\x8d\xe7\x9f\xa5\xe9\x81\x93",
	                   "\xe6\x88\x91\xe4\xb8\x8d\xe7\x9f\xa5\xe9\x81\x93", 0), 9);
}

/* The numbers of s, as values, compared with want[0..n). */
static void eq_nums(const char *s, const double *want, size_t n, int line)
{
	struct norm_num *v = NULL;
	char *k = norm_nfkc(s, strlen(s));
	size_t got = norm_numbers(k, strlen(k), &v);
	free(k);
	int bad = got != n;
	for (size_t i = 0; !bad && i < n; i++)
		if (fabs(v[i].value - want[i]) > 1e-9 * (fabs(want[i]) + 1))
			bad = 1;
	if (bad) {
		fprintf(stderr, "  line %d: numbers of \"%s\":", line, s);
		for (size_t i = 0; i < got; i++)
			fprintf(stderr, " %.10g", v[i].value);
		fprintf(stderr, " (expected %zu)\n", n);
		t_cur_failed = 1;
	}
	free(v);
}
#define NUMS(s, ...) do { \
	static const double w_[] = { __VA_ARGS__ }; \
	eq_nums(s, w_, ARRAY_LEN(w_), __LINE__); } while (0)
#define NO_NUMS(s) eq_nums(s, NULL, 0, __LINE__)

static void test_numbers_digits(void)
{
	NUMS("42", 42);
	NUMS("The answer is 1,234,567.", 1234567);
	NUMS("1 234 567 people", 1234567);
	NUMS("1_234", 1234);
	NUMS("1'234'000", 1234000);
	NUMS("1.234.567", 1234567);
	NUMS("1.234", 1.234);
	NUMS("3.14159", 3.14159);
	NUMS("0,5 litres", 0.5);
	NUMS("-17 degrees", -17);
	NUMS("\xe2\x88\x92" "3", -3);                  /* U+2212 minus */
	NUMS("x = -2.5e3", -2500);
	NUMS("KP-09", 9);                              /* a code, not minus nine */
	NUMS("10-20", 10, 20);                         /* a range */
	NUMS("1, 2, 3", 1, 2, 3);
	NUMS("In 2019, 123 people", 2019, 123);
	NUMS("2.5 million", 2500000);
	NUMS("50%", 50);
	NUMS("5km", 5);
	NUMS("\xef\xbc\x94\xef\xbc\x92", 42);          /* full-width digits, after NFKC */
	NO_NUMS("H2O");
	NO_NUMS("no digits here");
}

static void test_numbers_words(void)
{
	NUMS("twenty-three", 23);
	NUMS("Forty two", 42);
	NUMS("one hundred and five", 105);
	NUMS("a thousand", 1000);
	NUMS("three million four hundred thousand and twelve", 3400012);
	NUMS("nineteen hundred", 1900);
	NUMS("minus seven", -7);
	NUMS("zero", 0);
	NUMS("two billion", 2e9);
	NUMS("one two", 1, 2);                      /* two numbers */
	NUMS("five 5", 5, 5);
	NUMS("It is one of the largest, with 12 moons", 12);   /* "one of": pronoun */
	NO_NUMS("a cat and a dog");
	NO_NUMS("often tone");                      /* "ten", "one" inside words */
}

int main(void)
{
	T_RUN(test_text);
	T_RUN(test_answer_and_find);
	T_RUN(test_numbers_digits);
	T_RUN(test_numbers_words);
	return t_done("test_norm");
}
