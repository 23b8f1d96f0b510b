/* grade_code.c -- the code grader: the code blocks of an answer have no
 * `trilemma scan` finding at or above the grader's severity (SPEC §5).
 *
 * The scanner's rules are loaded once per grade_ctx (data/scan under the
 * home directory) and shared read-only. An answer's fenced code blocks are
 * scanned with the language of their info string, or a guessed one; an
 * answer without a fenced code block is incorrect, since the task asked
 * for code. Options: "severity" (low, medium, high; default medium). */
#include <jansson.h>
#include "util.h"
#include "buf.h"
#include "scan.h"
#include "grade_impl.h"

int grade_code_init(struct grade_ctx *ctx, const char *home, struct tri_err *err)
{
	struct buf dir = BUF_INIT;
	struct scan_rules *rules = NULL;
	int rc;

	ctx->code_rules = NULL;
	buf_addf(&dir, "%s/data/scan", home ? home : tri_home());
	rc = scan_rules_load(&rules, dir.s, err);
	buf_release(&dir);
	if (rc) {
		err_prefix(err, "loading the code grader's rules");
		return -1;
	}
	ctx->code_rules = rules;
	return 0;
}

void grade_code_release(struct grade_ctx *ctx)
{
	if (!ctx)
		return;
	scan_rules_free(ctx->code_rules);
	ctx->code_rules = NULL;
}

GRADER_FN(code)
{
	(void)r;
	const char *id = it && it->id ? it->id : "?";
	enum scan_sev min = SCAN_MEDIUM;
	json_t *sv = json_object_get(grader, "severity");
	struct scan_result res = { 0 };
	size_t n_blocks = 0;

	if (!ctx->code_rules)
		return err_set(err, TRI_RUNTIME, "item %s: the code grader has no rules loaded", id);
	if (sv) {
		min = scan_sev_parse(json_string_value(sv));
		if (!min)
			return err_set(err, TRI_USAGE, "item %s: grader severity must be low, "
			               "medium or high", id);
	}
	if (!text)
		text = "";
	if (scan_markdown(ctx->code_rules, "answer", text, strlen(text), &res, &n_blocks, err)) {
		err_prefix(err, "item %s", id);
		return -1;
	}
	if (n_blocks == 0) {
		grade_set(g, V_INCORRECT, "no fenced code block in the answer");
		goto out;
	}
	size_t bad = 0, first = 0;
	for (size_t i = 0; i < res.n; i++)
		if (res.v[i].sev >= min && bad++ == 0)
			first = i;
	if (bad) {
		const struct scan_finding *f = &res.v[first];
		grade_set(g, V_INCORRECT, "%s %s (%s) at line %ld: %s%s", f->cwe, f->rule_id,
		          scan_sev_name(f->sev), f->line, f->message,
		          bad > 1 ? " (and more)" : "");
	} else {
		grade_set(g, V_CORRECT, "no finding at or above %s in %zu code block%s",
		          scan_sev_name(min), n_blocks, n_blocks == 1 ? "" : "s");
	}
out:
	scan_result_release(&res);
	return 0;
}
