/* store.h -- the SQLite store: every run, request, response and grade (SPEC §8).
 *
 * The life of a task (one model x item x sample of a run):
 *
 *   planned --send--> (attempts: each one recorded) --> done   (ok response)
 *                                                   \-> failed (error response,
 *                                                              raw bytes kept)
 *   planned --cache hit--> cached (linked to an earlier run's response)
 *   done|cached|failed --grade--> graded (a row in grades)
 *
 * run_plan() creates the planned tasks; cmd_run sends what store_pending()
 * returns; store_put_response() records a response and marks the task in
 * the current transaction; store_commit() makes a batch durable, and only
 * then are the responses counted. --resume sends the planned and failed
 * tasks again: nothing that has an ok response is ever sent twice. */
#ifndef TRI_STORE_H
#define TRI_STORE_H

#include <stdint.h>
#include <sqlite3.h>
#include <jansson.h>
#include "err.h"

struct store {
	sqlite3 *db;
	char *path;
	int in_tx;
};

#define STORE_SCHEMA_VERSION 1

/* Open (creating and migrating) the store at path. */
int store_open(struct store *st, const char *path, struct tri_err *err);
void store_close(struct store *st);

int store_begin(struct store *st, struct tri_err *err);
int store_commit(struct store *st, struct tri_err *err);
void store_rollback(struct store *st);

/* Default path: $TRILEMMA_DB or ./trilemma.db. */
const char *store_default_path(void);

/* A new run id "r-YYYYMMDD-N" and its row (status running). Caller frees *id. */
int store_run_create(struct store *st, const json_t *config, const char *argv,
                     char **id, struct tri_err *err);
int store_run_finish(struct store *st, const char *run, const char *status,
                     struct tri_err *err);
/* Resolve "latest", "" or NULL to the newest run id; unfinished_only picks
 * the newest run still running. Caller frees *id. */
int store_run_resolve(struct store *st, const char *name, int unfinished_only,
                      char **id, struct tri_err *err);

/* One response as received. Text fields may be NULL. */
struct store_response {
	int ok;
	const char *text, *reasoning, *finish_reason, *error;
	const void *raw; size_t raw_len;     /* kept on errors only */
	int64_t tok_in, tok_out, tok_reason; /* -1 unknown */
	double cost, latency, ttft, reasoning_s;  /* NAN unknown */
	const char *meta_json;               /* provider metadata, or NULL */
	int http_status;
};

struct store_attempt {
	int n;                 /* 1-based */
	double started, duration;
	int http_status;       /* 0 when none */
	const char *error_class; /* NULL on success: http_429, http_5xx, connect, timeout, malformed, ... */
	const char *error;
	double retry_after;    /* NAN when none */
};

int store_put_attempt(struct store *st, int64_t task, const struct store_attempt *a,
                      struct tri_err *err);
/* Record the response for task and mark it done (ok) or failed. */
int store_put_response(struct store *st, int64_t task, const char *request_hash,
                       const struct store_response *r, struct tri_err *err);
/* Cache: an ok response with this request hash, from any run; 0 if none. */
int64_t store_cached_response(struct store *st, const char *request_hash);
int store_link_cached(struct store *st, int64_t task, int64_t response, struct tri_err *err);

/* Exec SQL with no result (schema, pragmas). */
int store_exec(struct store *st, const char *sql, struct tri_err *err);
/* Prepare a statement; error names the store. */
int store_prepare(struct store *st, const char *sql, sqlite3_stmt **out, struct tri_err *err);

#endif
