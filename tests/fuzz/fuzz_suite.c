/* fuzz_suite.c -- items.jsonl: every line checked, ids unique, items
 * turned into chat messages and grader objects; the items may name the
 * tools of a small fixed catalogue ("calc", "now"). The same bytes are
 * also read as a tools.json catalogue, whose checks locate each tool. */
#include <stdint.h>
#include "util.h"
#include "suite.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char catalogue[] =
	"[{\"name\": \"calc\", \"description\": \"adds\", \"parameters\": {\"type\": \"object\"}},\n"
	" {\"name\": \"now\"}]\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct suite s;
	struct tri_err err;
	memset(&s, 0, sizeof(s));
	s.name = xstrdup("fuzz");
	s.axis = xstrdup("capability");
	s.template = xstrdup("Q: {input} {input}");
	s.grader = json_pack("{s:s}", "type", "exact");
	if (suite_parse_tools(&s, "tools.json", catalogue, strlen(catalogue), &err) < 0)
		__builtin_trap();
	if (suite_parse_items(&s, "items.jsonl", (const char *)data, size, &err) == 0) {
		suite_limit(&s, 3);
		for (size_t i = 0; i < s.n_items; i++) {
			json_decref(suite_item_messages(&s, &s.items[i]));
			json_decref(suite_item_grader(&s, &s.items[i]));
		}
	}
	suite_release(&s);

	memset(&s, 0, sizeof(s));
	if (suite_parse_tools(&s, "tools.json", (const char *)data, size, &err) == 0 &&
	    !json_object_size(s.tools))
		__builtin_trap();   /* a catalogue that loads has tools */
	suite_release(&s);
	return 0;
}
