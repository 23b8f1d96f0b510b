/* grade_regex.c -- the regex grader: the PCRE2 "pattern" matches the text;
 * "must_not": true inverts (SPEC §5).
 *
 * "flags" is a string of PCRE2 option letters: i (caseless), m (multiline),
 * s (dot matches newline), x (extended), u (Unicode properties for \w, \d).
 * The pattern always runs in UTF mode on the raw answer (not normalised),
 * with a match limit so that a pathological pattern fails instead of
 * running for ever. A pattern that does not compile is an error of the
 * suite, reported with its offset. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <jansson.h>
#include "util.h"
#include "grade_impl.h"

#define REGEX_MATCH_LIMIT 1000000

GRADER_FN(regex)
{
	(void)ctx, (void)r;
	const char *pat = json_string_value(json_object_get(grader, "pattern"));
	const char *flags = json_string_value(json_object_get(grader, "flags"));
	const json_t *mn = json_object_get(grader, "must_not");
	const char *id = it->id ? it->id : "?";
	if (!pat)
		return err_set(err, TRI_USAGE, "item %s: the regex grader needs a \"pattern\" string", id);
	if (mn && !json_is_boolean(mn))
		return err_set(err, TRI_USAGE, "item %s: regex \"must_not\" must be true or false", id);
	int must_not = json_is_true(mn);
	uint32_t opt = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
	for (const char *f = flags ? flags : ""; *f; f++) {
		switch (*f) {
		case 'i': opt |= PCRE2_CASELESS; break;
		case 'm': opt |= PCRE2_MULTILINE; break;
		case 's': opt |= PCRE2_DOTALL; break;
		case 'x': opt |= PCRE2_EXTENDED; break;
		case 'u': opt |= PCRE2_UCP; break;
		default:
			return err_set(err, TRI_USAGE, "item %s: unknown regex flag '%c' (use i, m, s, x, u)",
			               id, *f);
		}
	}
	int ec;
	PCRE2_SIZE eo;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opt, &ec, &eo, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof(msg));
		return err_set(err, TRI_USAGE, "item %s: regex pattern does not compile at offset %zu: %s",
		               id, (size_t)eo, (const char *)msg);
	}
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	int ret = 0;
	if (!md || !mc) {
		ret = err_set(err, TRI_RUNTIME, "out of memory for a regex match");
		goto out;
	}
	pcre2_set_match_limit(mc, REGEX_MATCH_LIMIT);
	int rc = pcre2_match(re, (PCRE2_SPTR)text, strlen(text), 0, 0, md, mc);
	if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(rc, msg, sizeof(msg));
		ret = err_set(err, TRI_USAGE, "item %s: regex match failed: %s", id, (const char *)msg);
		goto out;
	}
	if (rc >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		int len = (int)(ov[1] - ov[0] > 60 ? 60 : ov[1] - ov[0]);
		grade_set(g, must_not ? V_INCORRECT : V_CORRECT, "%s \"%.*s\"",
		          must_not ? "forbidden pattern matched" : "matched", len, text + ov[0]);
	} else {
		grade_set(g, must_not ? V_CORRECT : V_INCORRECT, "%s /%.60s/",
		          must_not ? "no match, as required, for" : "no match for", pat);
	}
out:
	pcre2_match_context_free(mc);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return ret;
}
