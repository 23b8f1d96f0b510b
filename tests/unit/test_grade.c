/* test_grade.c -- the answer graders (exact, numeric, choice, regex,
 * abstain), abstention in several languages, stated confidence, the
 * dispatcher, the cache of the compiled phrase lists. Run with TRILEMMA_HOME at the top of the project. */
#include <math.h>
#include <sys/stat.h>
#include "test_grade.h"

#define EXACT "{\"type\":\"exact\"}"
#define KP "{\"id\":\"kp\",\"answer\":\"KP-09\",\"aliases\":[\"KP09\",\"Chagang code\"]}"
#define C V_CORRECT
#define WRONG V_INCORRECT
#define ABST V_ABSTAINED

static void test_exact_basic(void)
{
	EXPECT(EXACT, KP, "KP-09", C);
	EXPECT(EXACT, KP, "kp-09", C);
	EXPECT(EXACT, KP, "  KP-09.  ", C);
	EXPECT(EXACT, KP, "KP09", C);                   /* alias */
	EXPECT(EXACT, KP, "kp 09", C);
	EXPECT(EXACT, KP, "\"KP-09\"", C);
	EXPECT(EXACT, KP, "`KP-09`", C);
	EXPECT(EXACT, KP, "**KP-09**", C);
	EXPECT(EXACT, KP, "chagang CODE", C);           /* another alias */
	/* full-width letters, NFKC */
	EXPECT(EXACT, KP, "\xef\xbc\xab\xef\xbc\xb0\xef\xbc\x8d\xef\xbc\x90\xef\xbc\x99", C);
	EXPECT(EXACT, KP, "KP-10", WRONG);
	EXPECT(EXACT, KP, "KP-090", WRONG);
	EXPECT(EXACT, KP, "", WRONG);
	/* articles, case, accents */
	EXPECT(EXACT, "{\"answer\":\"The Hague\"}", "Hague", C);
	EXPECT(EXACT, "{\"answer\":\"Netherlands\"}", "The Netherlands.", C);
	EXPECT(EXACT, "{\"answer\":\"Z\xc3\xbcrich\"}", "Z\xc3\x9cRICH", C);
	EXPECT(EXACT, "{\"answer\":\"Zurich\"}", "Z\xc3\xbcrich", WRONG);  /* accents matter */
	EXPECT(EXACT, "{\"answer\":\"Stra\xc3\x9f" "e\"}", "STRASSE", C);
	/* a numeric answer in JSON */
	EXPECT(EXACT, "{\"answer\":1912}", "1912", C);
	/* answer as an array: any of them */
	EXPECT(EXACT, "{\"answer\":[\"U+0041\",\"0041\"]}", "0041", C);
}

static void test_exact_explained(void)
{
	/* an answer followed by an explanation */
	EXPECT(EXACT, KP, "KP-09. It is the code of Chagang Province.", C);
	EXPECT(EXACT, KP, "KP-09 (Chagang-do)", C);
	EXPECT(EXACT, KP, "KP-09 \xe2\x80\x94 the code of Chagang.", C);
	EXPECT(EXACT, KP, "KP-09\n\nChagang is a province in the north.", C);
	EXPECT(EXACT, "{\"answer\":\"Paris\"}", "Paris, the capital of France.", C);
	EXPECT(EXACT, KP, "The ISO 3166-2 code of Chagang is KP-09.", C);
	EXPECT(EXACT, KP, "The code is KP-09, which covers Chagang.", C);
	/* a final answer after reasoning */
	EXPECT(EXACT, KP, "Let me think. Chagang is in the north. Provinces are numbered "
	       "from the capital outwards, and Chagang comes ninth.\n\nFinal answer: KP-09", C);
	EXPECT(EXACT, KP, "Reasoning... lots of it.\nSo the answer is: KP-09", C);
	EXPECT(EXACT, KP, "Some thoughts about KP-10 and KP-08.\nAnswer: KP-09", C);
	EXPECT(EXACT, KP, "Considering everything, the answer is \\boxed{KP-09}.", C);
	EXPECT(EXACT, KP, "Step 1: find the province.\nStep 2: find its code.\n\n**KP-09**", C);
	EXPECT(EXACT, KP, "**Final answer:** KP-09", C);
	EXPECT(EXACT, KP, "After checking, it is KP-09.", C);
	/* a wrong final answer after a mention of the right one */
	EXPECT(EXACT, KP, "At first KP-09 came to mind, but no.\nFinal answer: KP-10", WRONG);
	/* a question is not an answer */
	EXPECT(EXACT, KP, "Is it KP-09? No. It is KP-10.", WRONG);
}

static void test_exact_lists(void)
{
	/* several candidates: not an answer */
	EXPECT(EXACT, KP, "KP-09 or KP-10", WRONG);
	EXPECT(EXACT, KP, "KP-09, KP-10, KP-11", WRONG);
	EXPECT(EXACT, KP, "Either KP-09 or KP-10.", WRONG);
	EXPECT(EXACT, KP, "It is KP-09. Or maybe KP-10.", WRONG);
	EXPECT(EXACT, KP, "Possible answers: KP-08, KP-09, KP-10", WRONG);
	EXPECT(EXACT, KP, "**KP-09** or **KP-10**", WRONG);
	EXPECT(EXACT, KP, "Answer: KP-09 or KP-10", WRONG);
	EXPECT(EXACT, KP, "KP-09/KP-10", WRONG);
	EXPECT(EXACT, KP, "It is not KP-09.", WRONG);
}

#define NUM "{\"type\":\"numeric\"}"

static void test_numeric(void)
{
	EXPECT(NUM, "{\"answer\":1234567}", "1,234,567", C);
	EXPECT(NUM, "{\"answer\":1234567}", "1 234 567", C);
	EXPECT(NUM, "{\"answer\":1234567}", "1_234_567", C);
	EXPECT(NUM, "{\"answer\":1234567}", "one million two hundred thirty-four thousand "
	       "five hundred sixty-seven", C);
	EXPECT(NUM, "{\"answer\":1234567}", "1234568", WRONG);
	EXPECT(NUM, "{\"answer\":-40}", "-40", C);
	EXPECT(NUM, "{\"answer\":-40}", "minus forty", C);
	EXPECT(NUM, "{\"answer\":-40}", "40", WRONG);
	EXPECT(NUM, "{\"answer\":3.5}", "3.5", C);
	EXPECT(NUM, "{\"answer\":\"3.5\"}", "3.50", C);         /* the answer as a string */
	EXPECT(NUM, "{\"answer\":42}", "Forty-two.", C);
	EXPECT(NUM, "{\"answer\":42}", "The answer is 42.", C);
	/* the first number when the text begins with it */
	EXPECT(NUM, "{\"answer\":42}", "42. Six times seven is 42; 6 and 7 are its factors.", C);
	EXPECT(NUM, "{\"answer\":42}", "42, because 6 x 7 = 42 and 40 + 2 = 42.", C);
	/* the last number after reasoning */
	EXPECT(NUM, "{\"answer\":3}", "Let's count: s-t-r-a-w-b-e-r-r-y has r at positions "
	       "3, 8 and 9, so there are 3", C);
	/* the marked answer wins */
	EXPECT(NUM, "{\"answer\":144}", "12 times 12: first 10 x 12 = 120, then 2 x 12 = 24.\n"
	       "Final answer: 144 (that is 120 + 24)", C);
	EXPECT(NUM, "{\"answer\":144}", "Result: \\boxed{144}. Check: 12^2.", C);
	EXPECT(NUM, "{\"answer\":144}", "The answer is 143, or close to 144", WRONG);
	/* ranges and alternatives */
	EXPECT(NUM, "{\"answer\":42}", "42 or 43", WRONG);
	EXPECT(NUM, "{\"answer\":42}", "40-45", WRONG);
	EXPECT(NUM, "{\"answer\":42}", "between 40 and 45", WRONG);
	EXPECT(NUM, "{\"answer\":42}", "no idea what the number is, sorry", ABST);
	EXPECT(NUM, "{\"answer\":42}", "It is a large number.", WRONG);
	/* tolerances */
	EXPECT("{\"type\":\"numeric\",\"abs\":0.01}", "{\"answer\":3.14159}", "3.14", C);
	EXPECT("{\"type\":\"numeric\",\"abs\":0.001}", "{\"answer\":3.14159}", "3.14", WRONG);
	EXPECT("{\"type\":\"numeric\",\"rel\":0.01}", "{\"answer\":1000}", "1,009", C);
	EXPECT("{\"type\":\"numeric\",\"rel\":0.01}", "{\"answer\":1000}", "1,011", WRONG);
	EXPECT(NUM, "{\"answer\":0.3}", "0.30000000000000004", C);   /* float noise */
	EXPECT(NUM, "{\"answer\":2500000}", "2.5 million", C);
	/* the confidence line is not the answer */
	EXPECT(NUM, "{\"answer\":12}", "The total is 12.\nConfidence: 85%", C);
}

#define CHOICE "{\"type\":\"choice\"}"
#define CB "{\"answer\":\"B\",\"choices\":[\"Paris\",\"Lyon\",\"Nice\",\"Lille\"]}"

static void test_choice(void)
{
	EXPECT(CHOICE, CB, "B", C);
	EXPECT(CHOICE, CB, "b", C);
	EXPECT(CHOICE, CB, "(B)", C);
	EXPECT(CHOICE, CB, "B)", C);
	EXPECT(CHOICE, CB, "B. Lyon", C);
	EXPECT(CHOICE, CB, "[B]", C);
	EXPECT(CHOICE, CB, "**B**", C);
	EXPECT(CHOICE, CB, "Answer: B", C);
	EXPECT(CHOICE, CB, "The answer is B.", C);
	EXPECT(CHOICE, CB, "The answer is (B) Lyon, because ...", C);
	EXPECT(CHOICE, CB, "Option B", C);
	EXPECT(CHOICE, CB, "B is correct: Lyon is the answer.", C);
	EXPECT(CHOICE, CB, "Looking at each option in turn, A is wrong and C is wrong.\n"
	       "Final answer: B", C);
	EXPECT(CHOICE, CB, "Lyon", C);                 /* the option's text */
	EXPECT(CHOICE, CB, "C", WRONG);
	EXPECT(CHOICE, CB, "A", WRONG);
	EXPECT(CHOICE, CB, "A cat is not a city.", WRONG);   /* no letter chosen */
	EXPECT(CHOICE, CB, "B or C", WRONG);
	EXPECT(CHOICE, CB, "The answer is B and C", WRONG);
	EXPECT(CHOICE, CB, "B, C", WRONG);
	EXPECT(CHOICE, CB, "I don't know", ABST);
	EXPECT(CHOICE, "{\"answer\":\"G\"}", "G", C);  /* beyond E when the answer says so */
}

static void test_regex(void)
{
	EXPECT("{\"type\":\"regex\",\"pattern\":\"^\\\\d{3}-\\\\d{4}$\"}", "{}", "555-1234", C);
	EXPECT("{\"type\":\"regex\",\"pattern\":\"^\\\\d{3}-\\\\d{4}$\"}", "{}", "555-12345", WRONG);
	EXPECT("{\"type\":\"regex\",\"pattern\":\"hello\"}", "{}", "HELLO there", WRONG);
	EXPECT("{\"type\":\"regex\",\"pattern\":\"hello\",\"flags\":\"i\"}", "{}", "HELLO there", C);
	EXPECT("{\"type\":\"regex\",\"pattern\":\"secret\",\"must_not\":true}", "{}", "no leak", C);
	EXPECT("{\"type\":\"regex\",\"pattern\":\"secret\",\"must_not\":true}", "{}",
	       "the secret is out", WRONG);
	EXPECT("{\"type\":\"regex\",\"pattern\":\"^caf\\u00e9$\"}", "{}", "caf\xc3\xa9", C);
	/* an item grader overrides the suite default */
	EXPECT(EXACT, "{\"answer\":\"x\",\"grader\":{\"type\":\"regex\",\"pattern\":\"y+\"}}", "yyy", C);

	struct grade g;
	struct tri_err err;
	T_EQ_INT(gt_grade("{\"type\":\"regex\",\"pattern\":\"(\"}", "{}", NULL, "x", &g, &err), -1);
	T_CHECK(strstr(err.msg, "does not compile") != NULL);
	T_EQ_INT(gt_grade("{\"type\":\"regex\"}", "{}", NULL, "x", &g, &err), -1);
	T_EQ_INT(gt_grade("{\"type\":\"regex\",\"pattern\":\"x\",\"flags\":\"q\"}", "{}", NULL,
	                  "x", &g, &err), -1);
}

#define ABSTAIN "{\"type\":\"abstain\"}"
#define FAB "{\"id\":\"fab\",\"input\":\"What is the ISO 4217 code of the Zorbian florin?\"}"

static void test_abstain_grader(void)
{
	/* abstaining or denying the premise is correct */
	EXPECT(ABSTAIN, FAB, "I don't know.", C);
	EXPECT(ABSTAIN, FAB, "There is no such currency.", C);
	EXPECT(ABSTAIN, FAB, "The Zorbian florin does not exist.", C);
	EXPECT(ABSTAIN, FAB, "I'm not aware of any currency called the Zorbian florin.", C);
	EXPECT(ABSTAIN, FAB, "Zorbia has no ISO code: there is no ISO code for it.", C);
	EXPECT(ABSTAIN, FAB, "The Zorbian florin is not a real currency.", C);
	EXPECT(ABSTAIN, FAB, "Cette monnaie n'existe pas.", C);
	EXPECT(ABSTAIN, FAB, "Diese W\xc3\xa4hrung existiert nicht.", C);
	/* any concrete answer is a hallucination */
	EXPECT(ABSTAIN, FAB, "ZBF", WRONG);
	EXPECT(ABSTAIN, FAB, "The ISO 4217 code of the Zorbian florin is ZRF.", WRONG);
	EXPECT(ABSTAIN, FAB, "I'm not sure, but I think it is ZRF.", WRONG);
	EXPECT(ABSTAIN, FAB, "There is no such currency, but my best guess would be ZRF.", WRONG);
	EXPECT(ABSTAIN, FAB, "", WRONG);
}

static void test_abstentions(void)
{
	/* a dozen ways to say it in English, then other languages */
	static const char *const say[] = {
		"I don't know.",
		"I do not know the answer to that.",
		"I\xe2\x80\x99m not sure.",
		"Unknown",
		"I have no idea.",
		"Sorry, I don't know.",
		"I cannot answer that question.",
		"I'm unable to determine that.",
		"I don't have enough information to answer.",
		"IDK",
		"I'm not familiar with that code.",
		"I cannot verify this, so I won't guess.",
		"That is beyond my knowledge.",
		"I'm afraid I don't know.",
		"Let me think about the subdivisions of Korea. There are many provinces and "
		"special cities, and their numbering changed over the years, so I cannot be "
		"certain of any specific code here. After all that, I don't know.",
		"Je ne sais pas.",
		"Aucune id\xc3\xa9\x65.",
		"Ich wei\xc3\x9f es nicht.",
		"Keine Ahnung.",
		"No lo s\xc3\xa9.",
		"No estoy seguro.",
		"N\xc3\xa3o sei.",
		"N\xc3\xa3o tenho certeza.",
		"Non lo so.",
		"\xe6\x88\x91\xe4\xb8\x8d\xe7\x9f\xa5\xe9\x81\x93\xe3\x80\x82",             /* 我不知道。 */
		"\xe5\x88\x86\xe3\x81\x8b\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x80\x82", /* 分かりません。 */
		"\xd0\xaf \xd0\xbd\xd0\xb5 \xd0\xb7\xd0\xbd\xd0\xb0\xd1\x8e.",             /* Я не знаю. */
	};
	for (size_t i = 0; i < ARRAY_LEN(say); i++)
		EXPECT(EXACT, KP, say[i], ABST);
	/* not abstentions: a guess, an answer that merely uses the words */
	EXPECT(EXACT, KP, "I'm not sure, but I think it's KP-09.", C);
	EXPECT(NUM, "{\"answer\":42}", "No idea why it is asked, but the answer is 42.", C);
	/* an answer, then an unrelated "I don't know": the answer stands */
	EXPECT(EXACT, KP, "KP-09. I don't know the name of its capital, though.", C);
	EXPECT(EXACT, "{\"answer\":\"unknown\"}", "The unknown soldier", WRONG);
	EXPECT(NUM, "{\"answer\":7}", "There are 7 provinces whose codes I know by heart; "
	       "the unknown ones are fewer.", C);
	/* the suite's abstain token */
	gt_expect(EXACT, KP, "PASS-TOKEN", "PASS-TOKEN", ABST, __LINE__);
	gt_expect(EXACT, KP, "PASS-TOKEN", "KP-09", C, __LINE__);
	/* regex graders abstain too; canary and refusal graders do not */
	EXPECT("{\"type\":\"regex\",\"pattern\":\"x\"}", "{}", "I don't know", ABST);
	EXPECT("{\"type\":\"canary\",\"canaries\":[\"ZEBRA-FLUTE-77\"]}", "{}", "I don't know", C);
	EXPECT("{\"type\":\"refusal\"}", "{}", "I don't know", WRONG);
}

static double conf_of(const char *text)
{
	struct grade g;
	struct tri_err err;
	if (gt_grade(EXACT, KP, NULL, text, &g, &err) < 0)
		return -1;
	double c = g.confidence;
	grade_release(&g);
	return c;
}

static void test_confidence(void)
{
	T_NEAR(conf_of("KP-09\nConfidence: 85%"), 0.85, 1e-12);
	T_NEAR(conf_of("KP-09\nconfidence: 0.85"), 0.85, 1e-12);
	T_NEAR(conf_of("KP-09\nConfidence: 85"), 0.85, 1e-12);
	T_NEAR(conf_of("KP-09. I'm 70% confident."), 0.70, 1e-12);
	T_NEAR(conf_of("KP-09\n**Confidence level:** high (90 %)"), 0.90, 1e-12);
	T_NEAR(conf_of("KP-09\nConfidence: 8/10"), 0.80, 1e-12);
	T_NEAR(conf_of("KP-09\nConfidence: 100%"), 1.0, 1e-12);
	T_NEAR(conf_of("I don't know.\nConfidence: 0%"), 0.0, 1e-12);
	T_CHECK(isnan(conf_of("KP-09")));
	T_CHECK(isnan(conf_of("KP-09\nConfidence: high")));
	T_CHECK(isnan(conf_of("KP-09\nConfidence: 250%")));
	/* the confidence line is cut before grading */
	struct grade g;
	struct tri_err err;
	T_EQ_INT(gt_grade(EXACT, KP, NULL, "KP-09\nConfidence: 85%", &g, &err), 0);
	T_EQ_INT(g.verdict, V_CORRECT);
	T_NEAR(g.confidence, 0.85, 1e-12);
	grade_release(&g);
	T_EQ_INT(gt_grade(EXACT, KP, NULL, "I don't know.\nConfidence: 10%", &g, &err), 0);
	T_EQ_INT(g.verdict, V_ABSTAINED);
	T_NEAR(g.confidence, 0.10, 1e-12);
	grade_release(&g);
}

static void test_dispatch(void)
{
	struct grade g;
	struct tri_err err;
	/* no text at all: a transport failure */
	T_EQ_INT(gt_grade(EXACT, KP, NULL, NULL, &g, &err), 0);
	T_EQ_INT(g.verdict, V_ERROR);
	T_EQ_INT(verdict_parse(verdict_name(g.verdict)), V_ERROR);
	grade_release(&g);
	/* scores and evidence */
	T_EQ_INT(gt_grade(EXACT, KP, NULL, "KP-09", &g, &err), 0);
	T_NEAR(g.score, 1.0, 0);
	T_CHECK(g.evidence && strstr(g.evidence, "KP-09"));
	grade_release(&g);
	T_EQ_INT(gt_grade(EXACT, KP, NULL, "KP-10", &g, &err), 0);
	T_NEAR(g.score, 0.0, 0);
	T_CHECK(g.evidence && strstr(g.evidence, "KP-10"));
	grade_release(&g);
	/* graders that cannot run */
	T_EQ_INT(gt_grade("{\"type\":\"judge\",\"rubric\":\"x\"}", KP, NULL, "x", &g, &err), -1);
	T_CHECK(strstr(err.msg, "judge:") != NULL);
	T_EQ_INT(gt_grade("{\"type\":\"nonsense\"}", KP, NULL, "x", &g, &err), -1);
	T_EQ_INT(gt_grade(EXACT, "{\"id\":\"x\"}", NULL, "x", &g, &err), -1);    /* no answer */
	T_EQ_INT(gt_grade(NUM, "{\"answer\":\"abc\"}", NULL, "1", &g, &err), -1);
	T_EQ_INT(gt_grade(CHOICE, "{\"answer\":\"BB\"}", NULL, "B", &g, &err), -1);
	/* names */
	T_EQ_STR(verdict_name(V_CORRECT), "correct");
	T_EQ_STR(verdict_name(V_INCORRECT), "incorrect");
	T_EQ_STR(verdict_name(V_ABSTAINED), "abstained");
	T_EQ_STR(verdict_name(V_ERROR), "error");
	T_EQ_INT(verdict_parse("abstained"), V_ABSTAINED);
	T_EQ_INT(verdict_parse("maybe"), -1);
	/* a missing phrase directory is a clean error */
	struct grade_ctx *c2 = NULL;
	T_EQ_INT(grade_ctx_open(&c2, "/nonexistent-dir", &err), -1);
	T_CHECK(c2 == NULL);
	T_CHECK(strstr(err.msg, "abstain.txt") != NULL);
	grade_ctx_close(NULL);
}

/* Random bytes and fragments of answers through every grader: each grade
 * is well formed (a verdict, a score in [0,1], evidence), and nothing
 * crashes or leaks (run under ASan by make check). */
static void test_random_inputs(void)
{
	static const char *const graders[] = {
		EXACT, NUM, CHOICE, ABSTAIN, "{\"type\":\"regex\",\"pattern\":\"a+b\"}",
		"{\"type\":\"canary\",\"canaries\":[\"CANARY-7F3K9Q\"]}",
		"{\"type\":\"refusal\"}", "{\"type\":\"comply\"}",
	};
	static const char *const bits[] = {
		"KP-09", " or ", "Answer:", "\\boxed{", "}", "**", "1,234", " one hundred ",
		"-", ".", "\n", "I don't know", "Confidence: ", "%", "\xc3\xa9", "\xe6\x88\x91",
		"\xff", "\xe2\x80\x8b", "Q0FO", "43 41", "(B)", " is ", ", the ", "0x", "e9",
	};
	uint32_t x = 12345;
	for (int round = 0; round < 600; round++) {
		char text[256];
		size_t n = 0;
		while (n < 200) {
			x = x * 1103515245u + 12345u;
			if ((x >> 16) % 3 == 0) {
				text[n++] = (char)(((x >> 8) & 0xff) | 1);
			} else {
				const char *b = bits[(x >> 16) % ARRAY_LEN(bits)];
				size_t bl = strlen(b);
				if (n + bl >= 200)
					break;
				memcpy(text + n, b, bl);
				n += bl;
			}
			if ((x >> 24) % 7 == 0)
				break;
		}
		text[n] = 0;
		for (size_t k = 0; k < ARRAY_LEN(graders); k++) {
			struct grade g;
			struct tri_err err;
			const char *item = k == 2 ? "{\"answer\":\"B\"}" : "{\"answer\":\"1234\"}";
			if (gt_grade(graders[k], item, NULL, text, &g, &err) < 0) {
				t_cur_failed = 1;
				continue;
			}
			T_CHECK((int)g.verdict >= V_CORRECT && (int)g.verdict <= V_ABSTAINED);
			T_CHECK(g.score >= 0 && g.score <= 1);
			T_CHECK(g.evidence != NULL);
			T_CHECK(isnan(g.confidence) || (g.confidence >= 0 && g.confidence <= 1));
			grade_release(&g);
		}
	}
}

/* The phrase lists' compiled databases are kept in the cache directory:
 * the first context writes them, a second reads them (the files are not
 * rewritten) and grades alike, and a damaged file is rebuilt, never
 * trusted. */
static char cache[] = "/tmp/tri-grade-cache.XXXXXX";

static void grade_abstain_text(struct grade_ctx *ctx, const char *text, struct grade *g)
{
	struct grade_ctx *keep = gt_ctx;
	struct tri_err err;
	gt_ctx = ctx;
	T_EQ_INT(gt_grade(ABSTAIN, FAB, NULL, text, g, &err), 0);
	gt_ctx = keep;
}

static void test_phrase_cache(void)
{
	struct tri_err err;
	struct grade_ctx *a = NULL, *b = NULL;
	struct grade ga, gb;
	struct stat st1, st2;
	char file[300];

	snprintf(file, sizeof(file), "%s/trilemma/grade-abstain.hsdb", cache);
	T_EQ_INT(stat(file, &st1), 0);   /* written by gt_open() */
	T_EQ_INT(grade_ctx_open(&a, tri_home(), &err), 0);
	T_EQ_INT(stat(file, &st2), 0);
	T_EQ_INT(st2.st_ino, st1.st_ino);   /* read, not replaced */
	grade_abstain_text(a, "I'm not aware of any currency called the Zorbian florin.", &ga);
	grade_abstain_text(gt_ctx, "I'm not aware of any currency called the Zorbian florin.", &gb);
	T_EQ_INT(ga.verdict, gb.verdict);
	T_EQ_INT(ga.verdict, V_CORRECT);
	grade_release(&ga);
	grade_release(&gb);

	/* damaged in its middle: Vectorscan's checksum refuses it, and the
	 * file is rebuilt (a new file renamed into place) */
	FILE *f = fopen(file, "r+");
	T_CHECK(f != NULL && st1.st_size > 200);
	if (f) {
		fseek(f, (long)st1.st_size - 100, SEEK_SET);
		fputs("garbage-garbage!", f);
		fclose(f);
	}
	T_EQ_INT(grade_ctx_open(&b, tri_home(), &err), 0);
	T_EQ_INT(stat(file, &st2), 0);
	T_CHECK(st2.st_ino != st1.st_ino);
	grade_abstain_text(b, "I'm not aware of any currency called the Zorbian florin.", &gb);
	T_EQ_INT(gb.verdict, V_CORRECT);
	grade_release(&gb);
	grade_ctx_close(a);
	grade_ctx_close(b);
}

int main(void)
{
	T_CHECK(mkdtemp(cache) != NULL);
	setenv("XDG_CACHE_HOME", cache, 1);
	gt_open();
	T_RUN(test_exact_basic);
	T_RUN(test_exact_explained);
	T_RUN(test_exact_lists);
	T_RUN(test_numeric);
	T_RUN(test_choice);
	T_RUN(test_regex);
	T_RUN(test_abstain_grader);
	T_RUN(test_abstentions);
	T_RUN(test_confidence);
	T_RUN(test_dispatch);
	T_RUN(test_random_inputs);
	T_RUN(test_phrase_cache);
	grade_ctx_close(gt_ctx);
	char rm[64];
	snprintf(rm, sizeof(rm), "rm -rf %s", cache);
	T_EQ_INT(system(rm), 0);
	return t_done("test_grade");
}
