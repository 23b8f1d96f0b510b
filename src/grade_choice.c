/* grade_choice.c -- the choice grader: the option letter the model chose
 * equals the item's "answer" (SPEC §5).
 *
 * A letter counts when it stands as a choice: "B", "(B)", "B)", "B.",
 * "[B]", "**B**", "Option B", "Answer: B", "The answer is B". Options run
 * from A to E, or further when the item's "answer" or its "choices" array
 * says so. When no letter is found and the item lists its "choices", an
 * answer that repeats exactly one option's text chooses that option.
 * "B or C", "B and C" choose several options: incorrect. An uppercase
 * letter followed by more words counts only when it cannot be a word of
 * its own ("A" and "I" are words). */
#include <ctype.h>
#include <jansson.h>
#include "util.h"
#include "grade_impl.h"
#include "norm.h"

static int skip_md(const char *s, size_t i, size_t b)
{
	while (i < b && (isspace((unsigned char)s[i]) || strchr("*_`\"'#>", s[i])))
		i++;
	return (int)i;
}

/* The letter chosen at the start of s[a, b), or 0. */
static char letter_at(const char *s, size_t a, size_t b, char maxl, int marked, int *several)
{
	size_t i = (size_t)skip_md(s, a, b);
	static const char *const lead[] = { "option ", "choice ", "letter ", "answer " };
	for (size_t k = 0; k < ARRAY_LEN(lead); k++)
		if (b - i > strlen(lead[k]) && !strncasecmp(s + i, lead[k], strlen(lead[k]))) {
			i += strlen(lead[k]);
			marked = 1;
			break;
		}
	int bracket = 0;
	if (i < b && (s[i] == '(' || s[i] == '[')) {
		bracket = 1;
		i++;
	}
	if (i >= b)
		return 0;
	char c = (char)toupper((unsigned char)s[i]);
	if (c < 'A' || c > maxl)
		return 0;
	int lower = islower((unsigned char)s[i]);
	size_t j = i + 1;
	char next = j < b ? s[j] : 0;
	int ok;
	if (next == 0 || next == '\n')
		ok = !lower || marked || bracket || b - a <= 2;
	else if (strchr(")].:,*", next))
		ok = 1;
	else if (next == ' ')
		ok = (marked || bracket) ? 1 : (!lower && c != 'A' && c != 'I');
	else
		ok = 0;
	if (!ok)
		return 0;
	/* another letter offered right after: "B or C", "B, C", "B/C", "B and C" */
	j += (next == ')' || next == ']' || next == '*') ? 1 : 0;
	while (j < b && (s[j] == '*' || s[j] == ')' || s[j] == ']'))
		j++;
	const char *r = s + j;
	size_t rl = b - j;
	static const char *const alts[] = { " or ", " and ", ", ", "/", " & " };
	for (size_t k = 0; k < ARRAY_LEN(alts); k++) {
		size_t al = strlen(alts[k]);
		if (rl > al && !strncasecmp(r, alts[k], al)) {
			size_t q = (size_t)skip_md(s, j + al, b);
			if (q < b && s[q] == '(')
				q++;
			char d = q < b ? (char)toupper((unsigned char)s[q]) : 0;
			char dn = q + 1 < b ? s[q + 1] : 0;
			if (d >= 'A' && d <= maxl && d != c && (dn == 0 || !isalpha((unsigned char)dn)) &&
			    isupper((unsigned char)s[q]))
				*several = 1;
		}
	}
	return c;
}

GRADER_FN(choice)
{
	const char *ans = json_string_value(json_object_get(it->json, "answer"));
	if (!ans || strlen(ans) != 1 || !isalpha((unsigned char)ans[0]))
		return err_set(err, TRI_USAGE, "item %s: the choice grader needs an \"answer\" "
		               "that is one option letter", it->id ? it->id : "?");
	char want = (char)toupper((unsigned char)ans[0]);
	const json_t *choices = json_object_get(it->json, "choices");
	if (!choices)
		choices = json_object_get(it->json, "options");
	char maxl = 'E';
	if (want > maxl)
		maxl = want;
	if (json_is_array(choices) && json_array_size(choices) > 0 &&
	    json_array_size(choices) <= 26 && 'A' + (int)json_array_size(choices) - 1 > maxl)
		maxl = (char)('A' + json_array_size(choices) - 1);
	struct cand *c = NULL;
	size_t nc = reading_candidates(r, &c);
	char got = 0;
	int several = 0;
	for (size_t i = 0; i < nc && !got; i++)
		got = letter_at(r->text, c[i].a, c[i].b, maxl, c[i].marked, &several);
	if (!got && json_is_array(choices)) {
		/* the answer repeats an option's text */
		char *t = norm_answer(text, strlen(text));
		size_t i;
		const json_t *o;
		int hits = 0;
		json_array_foreach(choices, i, o) {
			if (!json_is_string(o) || i >= 26)
				continue;
			char *on = norm_answer(json_string_value(o), json_string_length(o));
			if (*on && !strcmp(on, t)) {
				got = (char)('A' + i);
				hits++;
			}
			free(on);
		}
		if (hits > 1)
			got = 0;
		free(t);
	}
	free(c);
	if (!got)
		grade_set(g, V_INCORRECT, "no option letter chosen");
	else if (several)
		grade_set(g, V_INCORRECT, "several options chosen (%c among them)", got);
	else if (got == want)
		grade_set(g, V_CORRECT, "chose %c", got);
	else
		grade_set(g, V_INCORRECT, "chose %c, expected %c", got, want);
	return 0;
}
