/* provider.h -- the two protocols: OpenAI's Chat Completions (openai,
 * openrouter, ollama, llamacpp, vllm, compat) and Anthropic's Messages
 * (anthropic): request bodies and responses.
 *
 * Pure functions, no I/O: provider_body() builds the JSON body for a model
 * and a message list; a struct response takes the body bytes of one attempt
 * as libcurl hands them over, in arbitrary pieces (provider_feed), and
 * makes sense of them at the end (provider_finish): one JSON body, or a
 * stream of server-sent events parsed as it arrives, so that the token
 * timings are real. Every field of SPEC §3 is read: usage (with reasoning
 * tokens), reasoning text, llama.cpp timings, OpenRouter's provider and
 * usage.cost. The response text is untrusted data.
 *
 * Memory is bounded whatever a server sends: the answer and the reasoning
 * are capped at PROVIDER_MAX_TEXT, a non-streamed body at PROVIDER_MAX_BODY
 * (past the caps the attempt fails as too_large), and of the raw bytes only
 * the first and the last PROVIDER_RAW_KEEP are kept, for the store to show
 * what a failed attempt received. */
#ifndef TRI_PROVIDER_H
#define TRI_PROVIDER_H

#include <stdint.h>
#include <jansson.h>
#include "buf.h"
#include "config.h"
#include "err.h"

#define PROVIDER_MAX_TEXT ((size_t)8 << 20)    /* answer; reasoning */
#define ANTHROPIC_VERSION "2023-06-01"          /* the anthropic-version header */
#define ANTHROPIC_MAX_TOKENS 4096               /* max_tokens when none is set */
#define PROVIDER_MAX_BODY ((size_t)16 << 20)   /* a whole non-streamed body */
/* Anthropic's prompt cache, priced as multiples of the input price: a read
 * costs a tenth, a write (the 5-minute cache) a quarter more. */
#define ANTHROPIC_CACHE_READ_RATE 0.1
#define ANTHROPIC_CACHE_WRITE_RATE 1.25
#define PROVIDER_RAW_KEEP ((size_t)64 << 10)   /* raw bytes kept at each end */

enum resp_status {
	RESP_PENDING = 0,
	RESP_OK,            /* a complete answer */
	RESP_MALFORMED,     /* not JSON, truncated stream: retry */
	RESP_EMPTY,         /* well-formed, but no choice, or no content at all: retry */
	RESP_PROVIDER_ERROR,/* an error object in a 200 body or an event */
	RESP_TOO_LARGE,     /* over a cap */
};

/* The first and the last PROVIDER_RAW_KEEP bytes of a byte stream. */
struct rawkeep {
	struct buf head;        /* the first bytes */
	char *ring;             /* the last bytes (a ring), allocated on overflow */
	size_t ring_len, ring_pos;
	size_t total;           /* every byte seen */
};

/* A tool call as it arrives: its arguments are JSON text, streamed in
 * pieces. */
struct tool_call {
	char *id, *name;        /* owned; NULL until sent */
	struct buf args;
};
#define PROVIDER_MAX_CALLS 128

struct response {
	enum resp_status status;
	int anthropic;          /* the Messages protocol (set after response_init) */
	int block;              /* Messages stream: the open block, 0 none, 1 text,
	                           2 thinking, 3 tool_use */
	size_t block_call;      /* its call, for a tool_use block */
	int block_delta;        /* input_json_delta pieces seen in the open block */
	struct tool_call *calls;    /* the tool calls of the answer */
	size_t n_calls, calls_alloc, calls_bytes;
	struct buf text;        /* the answer */
	struct buf reasoning;   /* reasoning text, if any */
	struct buf err;         /* what was wrong, when status is not OK */
	struct rawkeep raw;     /* the body as received, both ends */
	struct buf body;        /* a non-streamed body, whole, for parsing */
	int64_t tok_in, tok_out, tok_reason;   /* -1 when not reported */
	int64_t tok_cache_read, tok_cache_write;  /* Messages: of tok_in, read from and
	                                             written to the prompt cache (0: none) */
	double cost;            /* usage.cost in USD, NAN when not reported */
	char *finish_reason;    /* owned, or NULL */
	json_t *meta;           /* provider metadata: id, model, provider, timings (owned) */
	double t_first;         /* seconds since start of the first token (any), NAN */
	double t_answer;        /* seconds since start of the first answer token, NAN */
	int stream;             /* the body is an event stream (a 200 to stream: true) */
	int saw_done;           /* stream: [DONE] or finish_reason seen */
	int saw_choice;         /* a choice came (streamed or not) */
	/* SSE parser state */
	struct buf line;        /* partial line */
	struct buf data;        /* data of the current event */
	int after_cr;           /* the last byte fed ended a line with CR */
	double t0;              /* start time (now_mono) for token timings */
};

void response_init(struct response *r, double t0);
void response_release(struct response *r);

/* Build the request body for messages (a JSON array) into body, with the
 * tools offered (NULL or an array of {name, description, parameters}) and
 * the tool_choice (NULL, "auto", "none", "required" or {"name"}). Earlier
 * tool calls and tool results in messages are in the item's neutral shape
 * (suite-format.md) and are written in the protocol's. stream asks for SSE
 * with usage. Returns 0 or -1. */
int provider_body(const struct model *m, const json_t *messages, const json_t *tools,
                  const json_t *tool_choice, int stream, struct buf *body,
                  struct tri_err *err);

/* The endpoint URL for m (caller frees). */
char *provider_url(const struct model *m);

/* The request headers for m, one per line ("Name: value\n"), the API key
 * read from the environment among them. The caller wipes and frees it
 * (provider_headers_wipe) as soon as it has handed the lines over. */
void provider_headers(const struct model *m, struct buf *out);
void provider_headers_wipe(struct buf *h);

/* What the body bytes of an attempt are. */
enum feed {
	FEED_EVENTS,   /* a 200 to a streaming request: events, parsed as they come
	                  (a server that ignores stream: true sends one JSON body,
	                  which is noticed and parsed as such) */
	FEED_BODY,     /* a 200 to a plain request: one JSON body, parsed at the end */
	FEED_ERROR,    /* any other status: kept (both ends) for the error message */
};

/* Feed body bytes of one attempt. Returns -1 when a cap is passed (status
 * RESP_TOO_LARGE): the transfer should be aborted. */
int provider_feed(struct response *r, enum feed kind, const char *data, size_t len);

/* The body is complete (a 200): parse what was fed and set r->status. */
void provider_finish(struct response *r);

/* The "error.message" of a refused request's JSON body (any status), cut
 * to 300 bytes, appended to out; nothing when there is none. */
void provider_error_message(const struct response *r, struct buf *out);

/* The raw bytes kept: the whole body when it fitted, else its first and
 * last PROVIDER_RAW_KEEP bytes around a line that says how much was left out. */
void provider_raw(const struct response *r, struct buf *out);

/* The tool calls of a complete answer as a new JSON array of {id, name,
 * arguments, raw}: arguments is the parsed object, or null when the raw
 * text is not a JSON object (kept in raw, graded as wrong); NULL when the
 * answer made no call. */
json_t *provider_calls(const struct response *r);

/* Parse a whole non-streaming body (feeds it, then finishes). */
void provider_parse_json(struct response *r, const char *body, size_t len);
/* Feed a piece of an SSE stream; provider_sse_finish() at the end. */
int provider_sse_feed(struct response *r, const char *data, size_t len);
void provider_sse_finish(struct response *r);

#endif
