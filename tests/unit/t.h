/* t.h -- the unit-test harness: one binary per module test.
 *
 *   static void test_wilson(void) { T_NEAR(lo, 0.299, 1e-3); ... }
 *   int main(void) { T_RUN(test_wilson); return t_done("metrics"); }
 *
 * A test function passes when none of its checks failed. t_done() prints
 * "NAME: P passed, F failed" (read by tests/run.sh) and returns the exit
 * status. A failed check prints file:line and the expression. */
#ifndef TRI_T_H
#define TRI_T_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int t_pass, t_fail, t_cur_failed;

#define T_CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "  %s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		t_cur_failed = 1; \
	} } while (0)

#define T_EQ_INT(a, b) do { \
	long long t_a_ = (long long)(a), t_b_ = (long long)(b); \
	if (t_a_ != t_b_) { \
		fprintf(stderr, "  %s:%d: %s == %lld, expected %lld\n", \
			__FILE__, __LINE__, #a, t_a_, t_b_); \
		t_cur_failed = 1; \
	} } while (0)

#define T_EQ_STR(a, b) do { \
	const char *t_a_ = (a), *t_b_ = (b); \
	if (!t_a_ || !t_b_ || strcmp(t_a_, t_b_)) { \
		fprintf(stderr, "  %s:%d: %s == \"%s\", expected \"%s\"\n", \
			__FILE__, __LINE__, #a, t_a_ ? t_a_ : "(null)", \
			t_b_ ? t_b_ : "(null)"); \
		t_cur_failed = 1; \
	} } while (0)

#define T_NEAR(a, b, eps) do { \
	double t_a_ = (a), t_b_ = (b); \
	if (!(fabs(t_a_ - t_b_) <= (eps))) { \
		fprintf(stderr, "  %s:%d: %s == %.9g, expected %.9g (+-%g)\n", \
			__FILE__, __LINE__, #a, t_a_, t_b_, (double)(eps)); \
		t_cur_failed = 1; \
	} } while (0)

#define T_RUN(fn) do { \
	t_cur_failed = 0; \
	fn(); \
	if (t_cur_failed) { t_fail++; fprintf(stderr, "FAIL %s\n", #fn); } \
	else t_pass++; \
	} while (0)

static inline int t_done(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, t_pass, t_fail);
	return t_fail ? 1 : 0;
}

#endif
