/* fuzz_scan.c -- the scanner: lexers, the prefilter and the rules over
 * any text in any language, and Markdown with fenced blocks. */
#include <stdint.h>
#include <stdlib.h>
#include "util.h"
#include "scan.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct scan_rules *rules;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct tri_err err;
	if (scan_rules_load(&rules, NULL, &err) < 0) {
		fprintf(stderr, "fuzz_scan: %s\n", err.msg);
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const langs[] = {
		"c", "cpp", "python", "javascript", "typescript", "java", "go", "php", "csharp",
		"rust", "kotlin", "swift", "ruby",
	};
	const size_t n_langs = sizeof langs / sizeof *langs;
	if (size < 1)
		return 0;
	struct scan_result res = { 0 };
	struct tri_err err;
	const char *text = (const char *)data + 1;
	size_t len = size - 1;
	if (data[0] % (n_langs + 1) == n_langs)
		scan_markdown(rules, "fuzz.md", text, len, &res, NULL, &err);
	else
		scan_buffer(rules, "fuzz", langs[data[0] % (n_langs + 1)], text, len, &res, &err);
	scan_result_sort(&res);
	struct buf out = BUF_INIT;
	scan_format_text(&out, &res);
	scan_format_json(&out, &res, 1, scan_rules_cwe(rules));
	scan_format_sarif(&out, &res, scan_rules_cwe(rules));
	buf_release(&out);
	scan_result_release(&res);
	return 0;
}
