/* batch.h -- the providers' batch APIs: OpenAI Batch and Anthropic Message
 * Batches (SPEC §3; README "Batch runs").
 *
 * A batch is submitted once and answered by the provider within 24 hours
 * at a discount. This module speaks the two protocols and nothing else:
 * batch_submit() sends requests (OpenAI: upload a JSONL file, then create
 * the batch; Anthropic: create the batch with the requests inline),
 * batch_poll() asks where a batch stands, batch_download() fetches its
 * result files into a temporary file and batch_parse_file() hands each
 * result over, parsed by the same protocol code as an interactive answer
 * (provider.h). The store, the run and the polling rhythm are run_batch's
 * (run.h). Blocking libcurl easy transfers: a batch run makes a handful of
 * calls, not thousands.
 *
 * Memory is bounded: a status reply is capped at BATCH_MAX_REPLY, a result
 * line at BATCH_MAX_LINE (PROVIDER_MAX_BODY and room for its envelope);
 * result files go to disk, never into memory whole. The API key goes only to the model's base URL: a
 * results URL on another origin is refused. */
#ifndef TRI_BATCH_H
#define TRI_BATCH_H

#include <stddef.h>
#include <stdio.h>
#include "attempt.h"
#include "config.h"
#include "err.h"
#include "provider.h"

enum batch_api { BATCH_NONE = 0, BATCH_OPENAI, BATCH_ANTHROPIC };

/* The providers' limits per batch (requests, bytes of the submission). */
#define BATCH_OPENAI_MAX_REQUESTS 50000
#define BATCH_OPENAI_MAX_BYTES ((size_t)190 << 20)      /* of the 200 MB file limit */
#define BATCH_ANTHROPIC_MAX_REQUESTS 100000
#define BATCH_ANTHROPIC_MAX_BYTES ((size_t)240 << 20)   /* of the 256 MB request limit */
#define BATCH_MAX_REPLY ((size_t)4 << 20)               /* a status or create reply */
#define BATCH_MAX_LINE (PROVIDER_MAX_BODY + ((size_t)1 << 20))   /* a result line */

/* Which batch API a model's provider has: openai and compat the OpenAI
 * Batch API, anthropic Message Batches; the others none. */
enum batch_api batch_api_of(const struct model *m);
const char *batch_api_name(enum batch_api a);

/* One request of a submission: a custom id (letters, digits, - and _; at
 * most 64) and the JSON body, which must not ask for a stream. */
struct batch_req {
	const char *custom_id;
	const char *body;
	size_t len;
};

/* Submit n requests to m's batch API as one batch. *id is the provider's
 * batch id and *file (OpenAI) the uploaded input file's id, both owned by
 * the caller. The caller keeps n and the bytes within the limits above. */
int batch_submit(const struct model *m, const struct batch_req *v, size_t n, char **id,
                 char **file, struct tri_err *err);

/* Where a batch stands. Strings owned (batch_status_release). */
struct batch_status {
	char *state;        /* the provider's status: in_progress, completed, ended ... */
	int ended;          /* it will not change any more: its results can be read */
	char *output;       /* OpenAI: output file id; Anthropic: results URL; or NULL */
	char *errors;       /* OpenAI: error file id, or NULL */
	char *counts;       /* the provider's request counts as JSON, or NULL */
	char *failure;      /* why the provider failed the whole batch, or NULL */
};
void batch_status_release(struct batch_status *s);

/* Ask the provider where batch id stands. A refusal or a transport
 * failure is an error (TRI_RUNTIME) whose *transient says whether asking
 * again later may succeed (429, 5xx, the network), and *gone whether the
 * provider does not know the batch (404: deleted, or another account's). */
int batch_poll(const struct model *m, const char *id, struct batch_status *s, int *transient,
               int *gone, struct tri_err *err);

/* One result of an ended batch, as batch_results() hands it over; every
 * field is borrowed for the duration of the call. */
struct batch_result {
	const char *custom_id;
	enum att_class cls;         /* ATT_OK for a usable answer */
	long http_status;           /* 200, the status of a refused request, or 0 */
	const struct response *r;   /* the answer parsed, or NULL when none came */
	const char *error;          /* what went wrong (cls != ATT_OK) */
};

/* Download the result files of an ended batch (s from batch_poll) into a
 * temporary file, rewound for batch_parse_file (the caller closes it);
 * server gets the Server header the files came with. NULL with err, and
 * *transient when trying again later may work. */
FILE *batch_download(const struct model *m, const struct batch_status *s, char *server,
                     size_t server_len, int *transient, struct tri_err *err);

/* Call fn for each result in f, in the file's order (not the
 * submission's). A line that cannot be read is an error: nothing partial
 * is to be stored. */
int batch_parse_file(enum batch_api api, const char *server, FILE *f,
                     int (*fn)(void *ctx, const struct batch_result *r, struct tri_err *err),
                     void *ctx, struct tri_err *err);

/* One line of a result file of api (the parser batch_parse_file uses):
 * server, when not NULL, is kept as the answer's "server" metadata. A
 * line that is not a result is an error; else fn gets the result. */
int batch_parse_line(enum batch_api api, const char *server, const char *line, size_t n,
                     int (*fn)(void *ctx, const struct batch_result *r, struct tri_err *err),
                     void *ctx, struct tri_err *err);

#endif
