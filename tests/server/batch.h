/* batch.h -- the test server's batch APIs, and what batch.c borrows from
 * the HTTP side (trisim.c).
 *
 * batch.c simulates OpenAI's Batch API (files, batches, output and error
 * files) and Anthropic's Message Batches API. It keeps the uploaded files
 * and the batches in a store that trisim.c owns (one per server, shared
 * by every connection thread under the store's own lock) and answers each
 * request of a batch through sim_batch_answer(), which decides it exactly
 * as the interactive endpoints do. */
#ifndef TRISIM_BATCH_H
#define TRISIM_BATCH_H

#include <stddef.h>

#include <jansson.h>
#include <microhttpd.h>

#include "trisim.h"

struct sim;
struct batch_store;

enum sim_api { API_OPENAI, API_ANTHROPIC };

/* ---- batch.c ---- */

/* A new, empty store; NULL when out of memory. */
struct batch_store *batch_store_alloc(void);
void batch_store_free(struct batch_store *bs);

/* Serve METHOD URL when it is a file or batch endpoint: set *RC and
 * return 1; return 0 when the path is not one of them. BODY (LEN bytes,
 * TOO_BIG when it passed the cap and was not kept) is the request body. */
int batch_route(struct sim *sim, struct batch_store *bs, struct MHD_Connection *c,
		const char *url, const char *method, const char *body, size_t len,
		int too_big, enum MHD_Result *rc);

/* ---- trisim.c ---- */

/* The loaded script (read-only). */
const struct script *sim_script(const struct sim *sim);

/* Answer BODY, one request of batch BATCH with CUSTOM_ID, as POST
 * /v1/chat/completions (API_OPENAI) or POST /v1/messages (API_ANTHROPIC)
 * would, but never streamed and without the latency: set *OUT to the
 * answer or the error body in the protocol's shape (the caller owns it)
 * and return the HTTP status. Faults that are not an HTTP status (drop,
 * stall, truncate, invalid-json, empty) become 500. Writes the request's
 * ledger line, with "batch" and "custom_id"; AUTH is whether the batch was
 * created with a key. */
int sim_batch_answer(struct sim *sim, enum sim_api api, json_t *body, const char *batch,
		     const char *custom_id, int auth, json_t **out);

/* One ledger line for a file or batch operation: OP, the API, the batch
 * id (NULL: null), the file id (NULL: not written), REQUESTS (< 0: not
 * written) and the HTTP status returned. */
void sim_ledger_op(struct sim *sim, const char *op, enum sim_api api, const char *batch,
		   const char *file, long requests, int status);

/* Check the caller's credentials as the interactive endpoint of API does:
 * 0 when they pass, else the status to refuse with (400: no
 * anthropic-version header; 401: a wrong or missing key). *HAS_KEY tells
 * whether a key was sent. */
int sim_auth(struct sim *sim, struct MHD_Connection *c, enum sim_api api, int *has_key);

/* Error bodies in each protocol's shape: {"error": {"message", "type",
 * "param", "code"}} and {"type": "error", "error": {"type", "message"}}. */
json_t *sim_openai_error(const char *type, const char *code, const char *param,
			 const char *msg);
json_t *sim_anth_error(const char *type, const char *msg);

/* Queue BODY (LEN bytes, freed here) or the JSON V (consumed) as the response. */
enum MHD_Result sim_send_body(struct MHD_Connection *c, unsigned status, const char *ctype,
			      char *body, size_t len);
enum MHD_Result sim_send_json(struct MHD_Connection *c, unsigned status, json_t *v);

#endif
