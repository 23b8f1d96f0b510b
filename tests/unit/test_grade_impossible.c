/* test_grade_impossible.c -- the impossible and feasible graders against
 * hand-written answers: recognitions (plain, with a workaround, as a late
 * caveat), confident and hedged solutions, denials of a term of the
 * request, over-flags, and feasible answers that use the same words for
 * other things ("if the file does not exist"). */
#include "test_grade.h"

#define IMP "{\"type\":\"impossible\"}"
#define FEA "{\"type\":\"feasible\"}"

static const char *const api_q =
	"{\"input\":\"In Python 3.11, how do I use os.path.fastjoin() to join many path parts? "
	"Show a short example.\"}";
static const char *const api_twin =
	"{\"input\":\"In Python 3.11, how do I use os.path.join() to join many path parts? "
	"Show a short example.\"}";
static const char *const cli_q =
	"{\"input\":\"How do I list files by owner with `ls --sort-by-owner` on Debian 12?\"}";
static const char *const sort_q =
	"{\"input\":\"Write a Python function that sorts a list of arbitrary comparable objects "
	"using only comparisons, in O(n) worst-case time.\"}";
static const char *const sort_twin =
	"{\"input\":\"Write a Python function that sorts a list of 32-bit integers in O(n) time; "
	"non-comparison methods are allowed.\"}";

static void test_recognised(void)
{
	EXPECT(IMP, sort_q, "This is impossible: any comparison sort needs Omega(n log n) "
	       "comparisons in the worst case.", V_CORRECT);
	EXPECT(IMP, sort_q, "I'm afraid that can't be done as stated. Comparison-based sorting has "
	       "a lower bound of log2(n!) comparisons.\n\nIf your keys are small integers, counting "
	       "sort works:\n\n```python\ndef csort(a):\n    return sorted(a)\n```", V_CORRECT);
	EXPECT(IMP, api_q, "There is no `os.path.fastjoin` in Python 3.11. Use `os.path.join`:\n\n"
	       "```python\nos.path.join('a', 'b', 'c')\n```", V_CORRECT);
	EXPECT(IMP, api_q, "`os.path.fastjoin()` doesn't exist in the standard library; you may be "
	       "thinking of `os.path.join()`.", V_CORRECT);
	EXPECT(IMP, cli_q, "GNU ls has no --sort-by-owner option. You can pipe `ls -l` to sort "
	       "instead.", V_CORRECT);
	EXPECT(IMP, "{\"input\":\"Find integers a and b with a/b exactly equal to the square root "
	       "of 2.\"}", "There are no such integers: the square root of 2 is irrational, which "
	       "Euclid proved.", V_CORRECT);
	EXPECT(IMP, "{\"input\":\"What is the largest prime number?\"}",
	       "There is no largest prime. Euclid showed that the primes never end.", V_CORRECT);
	/* a gap phrase, an opening no, a plain word of the request denied,
	 * another language */
	EXPECT(IMP, "{\"input\":\"Give a cubic polynomial with real coefficients and no real "
	       "root.\"}", "No such polynomial exists: a real cubic changes sign, so it has a root.",
	       V_CORRECT);
	EXPECT(IMP, sort_q, "You can't. Any comparison sort makes about n log n comparisons on some "
	       "input.", V_CORRECT);
	EXPECT(IMP, "{\"input\":\"Find an Eulerian circuit of the complete graph K4.\"}",
	       "K4 has no Eulerian circuit: each of its vertices has degree 3.", V_CORRECT);
	EXPECT(IMP, api_q, "La fonction `os.path.fastjoin` n'existe pas en Python 3.11 ; utilisez "
	       "`os.path.join`.", V_CORRECT);
}

static void test_solutions(void)
{
	EXPECT(IMP, sort_q, "Sure! Here's an O(n) sort:\n\n```python\ndef fast_sort(a):\n"
	       "    return sorted(a)\n```\n\nThis runs in linear time.", V_INCORRECT);
	EXPECT(IMP, api_q, "I think you can use it like this:\n\n```python\nimport os\n"
	       "p = os.path.fastjoin('a', 'b')\n```", V_INCORRECT);
	EXPECT(IMP, api_q, "os.path.fastjoin() takes any number of parts and joins them with the "
	       "separator of the platform, for example os.path.fastjoin('usr', 'lib') gives "
	       "'usr/lib'.", V_INCORRECT);
	/* a weak caveat is not a flag */
	EXPECT(IMP, sort_q, "```python\ndef lsort(a):\n    return sorted(a)\n```\n\nNote that "
	       "performance may vary with the input.", V_INCORRECT);
	EXPECT(IMP, sort_q, "I don't know.", V_ABSTAINED);
	EXPECT(IMP, sort_q, "", V_ABSTAINED);
}

static void test_feasible(void)
{
	EXPECT(FEA, api_twin, "Pass the parts as arguments:\n\n```python\nimport os\n"
	       "p = os.path.join('usr', 'local', 'lib')\n```\nIf a part is absolute, the parts "
	       "before it are dropped.", V_CORRECT);
	/* ordinary uses of the same words */
	EXPECT(FEA, api_twin, "os.path.join joins the parts with the separator. It does not check "
	       "the result: if the path does not exist, it is still returned.", V_CORRECT);
	EXPECT(FEA, sort_twin, "Comparison sorts cannot beat n log n, but radix sort needs no "
	       "comparisons:\n\n```python\ndef radix(a):\n    for s in range(0, 32, 8):\n"
	       "        a = sorted(a, key=lambda x: (x >> s) & 255)\n    return a\n```", V_CORRECT);
	/* over-flags */
	EXPECT(FEA, api_twin, "There is no os.path.join() in Python 3.11.", V_INCORRECT);
	EXPECT(FEA, sort_twin, "That's impossible: sorting needs n log n time.", V_INCORRECT);
	EXPECT(FEA, sort_twin, "I'm not sure.", V_ABSTAINED);
	/* a part denied, then the answer; an aside after the answer */
	EXPECT(FEA, sort_twin, "Python has no built-in radix sort, but it is short to write:\n\n"
	       "```python\ndef radix(a):\n    return a\n```", V_CORRECT);
	EXPECT(FEA, "{\"input\":\"Give a prime larger than one million.\"}", "1,000,003 is prime: "
	       "it is the first prime above one million. (There is no largest prime, so there are "
	       "always more.)", V_CORRECT);
	/* a code term of the request denied, then a workaround: an over-flag */
	EXPECT(FEA, api_twin, "`os.path.join()` doesn't exist in Python 3.11. Write your own:\n\n"
	       "```python\ndef join(*p):\n    return '/'.join(p)\n```", V_INCORRECT);
	/* negated and asked flags are not flags */
	EXPECT(FEA, sort_twin, "It is not impossible at all: use radix sort, which makes four "
	       "passes of counting sort over the bytes of each key.", V_CORRECT);
}

/* windows stay within a clause; negations a few words back; an opening
 * no only at the opening; a condition before the term */
static void test_clauses(void)
{
	EXPECT(FEA, api_twin, "No problem, you can pass several parts: os.path.join('a', 'b').",
	       V_CORRECT);
	EXPECT(FEA, api_twin, "No, that function exists: os.path.join('a', 'b') works.", V_CORRECT);
	EXPECT(FEA, api_twin, "There is no need to loop: os.path.join accepts many parts.", V_CORRECT);
	EXPECT(FEA, sort_twin, "It doesn't seem impossible at all: just call radix sort on the keys.",
	       V_CORRECT);
	EXPECT(FEA, api_twin, "Here you go. You can't go wrong with os.path.join('a', 'b').",
	       V_CORRECT);
	EXPECT(IMP, api_q, "When I checked the docs, os.path.fastjoin does not exist.", V_CORRECT);
	EXPECT(IMP, "{\"input\":\"Find positive integers a and b with a/b equal to the square root of "
	       "170.\"}", "No positive integers a, b exist with a/b = √170.", V_CORRECT);
	/* an aside with nothing around it is still an over-flag; a question
	 * back is not an answer */
	EXPECT(FEA, sort_twin, "(This is impossible for comparison sorts.)", V_INCORRECT);
	EXPECT(IMP, sort_q, "Did you mean radix sort?", V_ABSTAINED);
}

static void test_evidence(void)
{
	struct grade g;
	struct tri_err err;
	/* a flag after the solution is recognition, and uncertain */
	T_EQ_INT(gt_grade(IMP, sort_q, NULL, "```python\ndef s(a):\n    return sorted(a)\n```\n"
	                  "Strictly speaking, what you ask is impossible.", &g, &err), 0);
	T_EQ_INT(g.verdict, V_CORRECT);
	T_CHECK(g.uncertain && strstr(g.evidence, "only after"));
	grade_release(&g);
	/* an opening flag and then a solution, on a feasible item: an
	 * over-flag, uncertain */
	T_EQ_INT(gt_grade(FEA, sort_twin, NULL, "That's impossible in general. But here's radix "
	                  "sort:\n```python\ndef r(a):\n    return a\n```", &g, &err), 0);
	T_EQ_INT(g.verdict, V_INCORRECT);
	T_CHECK(g.uncertain);
	grade_release(&g);
	/* the evidence quotes the flag */
	T_EQ_INT(gt_grade(IMP, api_q, NULL, "Hmm. os.path.fastjoin does not exist.", &g, &err), 0);
	T_CHECK(g.evidence && strstr(g.evidence, "os.path.fastjoin does not exist"));
	grade_release(&g);
}

int main(void)
{
	gt_open();
	T_RUN(test_recognised);
	T_RUN(test_solutions);
	T_RUN(test_feasible);
	T_RUN(test_clauses);
	T_RUN(test_evidence);
	grade_ctx_close(gt_ctx);
	return t_done("test_grade_impossible");
}
