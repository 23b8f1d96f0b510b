/* estimate.h -- what a request will cost, before it is sent.
 *
 * No tokenizer is at hand (none for these models is packaged in Debian),
 * so the input tokens of a request are estimated by a documented rule of
 * thumb: ceil(bytes / 4) over the text a model reads -- every message's
 * text (a string or the text parts; the system text; tool results'
 * content) and, for each tool offered, its name, its description and the
 * compact JSON of its parameters (Chat Completions:
 * tools[].function.{name, description, parameters}; Messages:
 * tools[].{name, description, input_schema}). Four bytes a token is
 * OpenAI's rule for English; code, JSON and other languages take more
 * tokens a byte, and the APIs add a few tokens a message. Earlier tool
 * calls' arguments are not counted. The test server counts prompt tokens
 * by the same rule (docs/test-server.md, "Usage auto").
 *
 * The output tokens: typically a suite's output_tokens (suite.yaml), at
 * most the request's max_tokens (or max_completion_tokens) when it has one.
 * Costs are in USD from the model's prices per million tokens; NAN when
 * the model has no price. Pure functions, no I/O. */
#ifndef TRI_ESTIMATE_H
#define TRI_ESTIMATE_H

#include <stdint.h>
#include <jansson.h>
#include "buf.h"
#include "config.h"

#define ESTIMATE_BYTES_PER_TOKEN 4
/* A judge's typical reply (a verdict and a line of reason), in tokens. */
#define ESTIMATE_JUDGE_OUTPUT_TOKENS 64

struct estimate {
	int64_t tok_in;       /* input tokens */
	int64_t out_typical;  /* output tokens of a typical answer */
	int64_t out_max;      /* the max_tokens bound; -1 when the request has none */
	double cost;          /* USD: tok_in and out_typical at list prices; NAN unknown */
	double cost_max;      /* USD with out_max; NAN unknown or no bound */
	double cost_batch;    /* USD with out_typical at batch prices; NAN unknown */
};

/* The bytes of the text a model reads in a request body (parsed JSON of
 * either protocol), as above. */
size_t estimate_prompt_bytes(const json_t *body);

/* ceil(bytes / ESTIMATE_BYTES_PER_TOKEN). */
int64_t estimate_tokens(size_t bytes);

/* The request's max_tokens or max_completion_tokens; -1 when none. */
int64_t estimate_max_tokens(const json_t *body);

/* USD for tokens in and out at prices per million; NAN when a price is unknown. */
double estimate_cost(double price_in, double price_out, int64_t tok_in, int64_t tok_out);

/* The model's batch prices per million tokens (NAN when unknown): those
 * of run --batch (model_batch_price). */
void estimate_batch_prices(const struct model *m, double *in, double *out);

/* Estimate the request body (len bytes of JSON) for model m, whose answer
 * is typically out_typical tokens long. -1 when the body is not JSON. */
int estimate_request(const struct model *m, const char *body, size_t len, int64_t out_typical,
                     struct estimate *e);

/* What the budget holds back for a request while it is in flight: its
 * cost at the max_tokens bound when it has one, else at the typical
 * length. NAN when the model has no price. */
double estimate_reserve(const struct estimate *e);

/* ---- a whole run, before it is sent (run --dry-run) ---- */

struct suite;

/* Render every request of a new run (run_each_request) and sum the
 * estimates, per model and per suite of each model. A new JSON object:
 * {"models": [{"id", "requests", "input_tokens", "output_tokens",
 * "output_tokens_max", "cost_usd", "cost_usd_max", "batch_cost_usd",
 * "suites": [the same per suite, with "name"]}], "total": {the same}}; a
 * max is null when some request has no max_tokens, a cost null when a
 * model has no price. NULL with err when a request cannot be rendered. */
json_t *estimate_run(const struct config *c, const struct suite *suites, size_t n_suites,
                     struct tri_err *err);

/* The estimate as a table of 80 columns, a line per model and the total. */
void estimate_render(const json_t *est, struct buf *out);

#endif
