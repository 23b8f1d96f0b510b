/* fuzz_provider.c -- the response parsers of both protocols (the first
 * byte's high bit picks Messages over Chat Completions): SSE streams cut
 * into pieces at places the input chooses, whole JSON bodies, error
 * bodies, and the tool calls read from them. Whatever the bytes, the
 * parser must end in a definite state within its caps. */
#include <stdint.h>
#include "util.h"
#include "provider.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	unsigned mode = data[0] % 3, step = 1 + data[1] % 64;
	const char *p = (const char *)data + 2;
	size_t n = size - 2;
	struct response r;
	struct buf out = BUF_INIT;
	response_init(&r, now_mono());
	r.anthropic = data[0] >= 128;
	if (mode == 0) {
		for (size_t at = 0; at < n; at += step)
			if (provider_feed(&r, FEED_EVENTS, p + at, n - at < step ? n - at : step) < 0)
				break;
		provider_finish(&r);
	} else if (mode == 1) {
		provider_parse_json(&r, p, n);
	} else {
		provider_feed(&r, FEED_ERROR, p, n);
		provider_error_message(&r, &out);
	}
	provider_raw(&r, &out);
	json_t *calls = provider_calls(&r);
	if ((mode < 2 && r.status == RESP_PENDING) || r.text.len > PROVIDER_MAX_TEXT ||
	    out.len > 2 * PROVIDER_RAW_KEEP + 64 || r.n_calls > PROVIDER_MAX_CALLS ||
	    json_array_size(calls) != r.n_calls)
		__builtin_trap();
	json_decref(calls);
	buf_release(&out);
	response_release(&r);
	return 0;
}
