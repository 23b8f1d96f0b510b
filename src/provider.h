/* provider.h -- the Chat Completions protocol: request bodies and responses.
 *
 * Pure functions, no I/O: provider_body() builds the JSON body for a model
 * and a message list; a struct response accumulates what comes back,
 * either from one JSON body (provider_parse_json) or from a stream of
 * server-sent events fed in arbitrary pieces (provider_sse_feed), which is
 * how libcurl hands bytes over. Every field of SPEC §3 is read: usage
 * (with reasoning tokens), reasoning text, llama.cpp timings, OpenRouter's
 * provider and usage.cost. The response text is untrusted data. */
#ifndef TRI_PROVIDER_H
#define TRI_PROVIDER_H

#include <stdint.h>
#include <jansson.h>
#include "buf.h"
#include "config.h"
#include "err.h"

/* Cap on what one response may hold (text, reasoning, raw bytes each). */
#define PROVIDER_MAX_BYTES ((size_t)16 << 20)

enum resp_status {
	RESP_PENDING = 0,
	RESP_OK,            /* a complete answer */
	RESP_MALFORMED,     /* not JSON, no choices, truncated stream: retry */
	RESP_PROVIDER_ERROR,/* an error object in a 200 body or an event */
};

struct response {
	enum resp_status status;
	struct buf text;        /* the answer */
	struct buf reasoning;   /* reasoning text, if any */
	struct buf raw;         /* raw bytes as received (kept for errors) */
	struct buf err;         /* what was wrong, for RESP_MALFORMED/PROVIDER_ERROR */
	int64_t tok_in, tok_out, tok_reason;   /* -1 when not reported */
	double cost;            /* usage.cost in USD, NAN when not reported */
	char *finish_reason;    /* owned, or NULL */
	json_t *meta;           /* provider metadata: id, model, provider, timings (owned) */
	double t_first;         /* seconds since start of the first token (any), NAN */
	double t_answer;        /* seconds since start of the first answer token, NAN */
	int saw_done;           /* stream: [DONE] or finish_reason seen */
	/* SSE parser state */
	struct buf line;        /* partial line */
	struct buf data;        /* data of the current event */
	double t0;              /* start time (now_mono) for token timings */
};

void response_init(struct response *r, double t0);
void response_release(struct response *r);

/* Build the request body for messages (a JSON array) into body. stream
 * asks for SSE with usage. Returns 0 or -1 (body over the cap). */
int provider_body(const struct model *m, const json_t *messages, int stream,
                  struct buf *body, struct tri_err *err);

/* The endpoint URL for m (caller frees). */
char *provider_url(const struct model *m);

/* Parse a whole non-streaming body. Sets r->status. */
void provider_parse_json(struct response *r, const char *body, size_t len);

/* Feed a piece of an SSE stream; call provider_sse_finish() at the end.
 * Returns -1 when the stream exceeds PROVIDER_MAX_BYTES. */
int provider_sse_feed(struct response *r, const char *data, size_t len);
void provider_sse_finish(struct response *r);

#endif
