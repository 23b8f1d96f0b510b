/* fuzz_batch.c -- the batch APIs' result files (the first byte's high bit
 * picks Anthropic's Message Batches over OpenAI's Batch): each line is
 * handed to the parser batch_parse_file uses. Whatever the bytes, a line is
 * either refused with a message or becomes a result whose fields agree:
 * a custom id, a class, an answer exactly when the provider sent one, a
 * message exactly when it is not a usable answer. */
#include <stdint.h>
#include "util.h"
#include "batch.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int check(void *ctx, const struct batch_result *r, struct tri_err *err)
{
	(void)ctx;
	(void)err;
	if (!r->custom_id || r->cls < 0 || r->cls >= ATT__COUNT ||
	    (r->cls == ATT_OK) != (r->error == NULL) || (r->cls == ATT_OK && !r->r) ||
	    (r->r && r->r->text.len > PROVIDER_MAX_TEXT))
		__builtin_trap();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	enum batch_api api = data[0] >= 128 ? BATCH_ANTHROPIC : BATCH_OPENAI;
	char *text = xstrndup((const char *)data + 1, size - 1);
	for (char *line = text, *nl; line; line = nl ? nl + 1 : NULL) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		struct tri_err err = { 0 };
		if (batch_parse_line(api, "simulated", line, strlen(line), check, NULL, &err) < 0 &&
		    !err.msg[0])
			__builtin_trap();   /* a refusal always says why */
	}
	free(text);
	return 0;
}
