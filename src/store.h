/* store.h -- the store: every run, request, response and grade (SPEC §8),
 * in an SQLite file or in a team's PostgreSQL database.
 *
 * This module owns every table: no SQL exists outside store.c and its two
 * drivers (store_sqlite.c, store_pg.c). Callers use the typed functions
 * below; readers get rows through callbacks whose strings are borrowed for
 * the duration of the call.
 *
 * The life of a task (one model x item x sample of a run):
 *
 *   planned --send--> (attempts: each one recorded) --> done   (ok response)
 *                                                   \-> failed (error response,
 *                                                              raw bytes kept)
 *   planned --cache hit--> cached (linked to an earlier run's response)
 *   done|cached|failed --grade--> graded (a row in grades)
 *
 * run_plan() creates the planned tasks; run_send() sends what
 * store_claim() returns; store_put_response() records a response and
 * marks the task in the current transaction; store_commit() makes a batch
 * durable, and only then are the responses counted. --resume sends the
 * planned and failed tasks again: nothing that has an ok response is ever
 * sent twice. An attempt cancelled by a stop leaves its task planned.
 *
 * Opening: STORE_WRITE creates the file and the schema when needed and
 * refuses a database that some other program made; STORE_READ (report,
 * select, runs) opens read-only and never changes a byte: a file that is
 * not a trilemma store is refused (TRI_USAGE), damage is named (TRI_RUNTIME).
 * Every step that returns neither a row nor done is an error, never "no
 * more rows". */
#ifndef TRI_STORE_H
#define TRI_STORE_H

#include <stdint.h>
#include <jansson.h>
#include "err.h"

struct store_driver;
struct store_q;

enum store_mode { STORE_READ, STORE_WRITE };

#define STORE_STMTS 80   /* room for the statement cache (see store.c) */

struct store {
	const struct store_driver *drv;   /* SQLite, or PostgreSQL (store_driver.h) */
	void *conn;                       /* the driver's connection */
	char *path;                       /* the file, or the URL without its password */
	int in_tx;
	enum store_mode mode;
	struct store_q *stmt[STORE_STMTS];   /* prepared once, kept for the store's life */
	char worker[96];                  /* this connection's name on its leases (host:pid:random) */
	double clock_offset;              /* the database's clock minus this machine's, seconds */
};

#define STORE_APPLICATION_ID 0x5452494c   /* "TRIL": SQLite's header, PostgreSQL's lock key */

/* Open the store: a file (SQLite), or a postgresql:// URL (a team's
 * store on PostgreSQL, docs/team-store.md). */
int store_open(struct store *st, const char *target, enum store_mode mode, struct tri_err *err);
void store_close(struct store *st);

int store_begin(struct store *st, struct tri_err *err);
int store_commit(struct store *st, struct tri_err *err);
void store_rollback(struct store *st);

/* Default path: $TRILEMMA_DB or ./trilemma.db. */
const char *store_default_path(void);
/* Whether target names a PostgreSQL store (postgresql:// or postgres://). */
int store_is_url(const char *target);
/* s with the passwords of a URL in it (user:PASSWORD@, password= and
 * sslpassword= in its query) shown as ***, for messages, reports and the
 * stored command line; s itself when it holds no "://". Caller frees. */
char *store_redacted(const char *s);

/* ---- runs ------------------------------------------------------------- */

/* A new run id "r-YYYYMMDD-N" and its row (status running). Caller frees *id. */
int store_run_create(struct store *st, const json_t *config, const char *argv,
                     char **id, struct tri_err *err);
int store_run_finish(struct store *st, const char *run, const char *status,
                     struct tri_err *err);
/* Resolve "latest", "" or NULL to the newest run id; unfinished_only picks
 * the newest run still running. Caller frees *id. */
int store_run_resolve(struct store *st, const char *name, int unfinished_only,
                      char **id, struct tri_err *err);

struct store_run_info {
	const char *id, *status, *config, *tool_version;
	double started, finished;   /* NAN when not finished */
};
/* The run's row; TRI_USAGE when there is no such run. */
int store_run_info(struct store *st, const char *run,
                   int (*fn)(void *ctx, const struct store_run_info *r, struct tri_err *err),
                   void *ctx, struct tri_err *err);

struct store_run_summary {
	const char *id, *status, *models, *suites;   /* models, suites: comma-separated */
	double started;
	int64_t tasks, answered, failed, pending;
};
/* Every run, newest first. */
int store_each_run(struct store *st,
                   int (*fn)(void *ctx, const struct store_run_summary *r, struct tri_err *err),
                   void *ctx, struct tri_err *err);

/* ---- planning -------------------------------------------------------- */

struct store_model {
	const char *id, *spec, *provider, *name, *base_url, *settings;  /* settings: JSON */
	double size_total, size_active, price_in, price_out;            /* NAN unknown */
	const char *role;        /* "model" (NULL) or "judge" */
};
int store_put_model(struct store *st, const char *run, const struct store_model *m,
                    struct tri_err *err);
/* The run's models in the order they were planned. */
int store_each_model(struct store *st, const char *run,
                     int (*fn)(void *ctx, const struct store_model *m, struct tri_err *err),
                     void *ctx, struct tri_err *err);

struct store_suite {
	const char *name, *version, *axis, *path, *header;   /* header: JSON (suite_header) */
	int64_t n_items;
};
int store_put_suite(struct store *st, const char *run, const struct store_suite *s,
                    struct tri_err *err);
int store_each_suite(struct store *st, const char *run,
                     int (*fn)(void *ctx, const struct store_suite *s, struct tri_err *err),
                     void *ctx, struct tri_err *err);

/* An item's JSON under its content hash (kept once across runs). */
int store_put_item(struct store *st, const char *hash, const char *id, const char *json,
                   struct tri_err *err);
/* The items of a run, each once, with its suite, in plan order. */
int store_each_run_item(struct store *st, const char *run,
                        int (*fn)(void *ctx, const char *suite, const char *item_json,
                                  struct tri_err *err),
                        void *ctx, struct tri_err *err);

struct store_task {
	int64_t id;
	const char *model, *suite, *item, *item_hash;
	int64_t sample, ord;
	const char *request_hash;
	const char *request;     /* the body */
	size_t request_len;
	int64_t judge_of;        /* the task a judge task judges; 0 for a model's task */
	int64_t rank;            /* adaptive runs: its unit's place in the order of sending,
	                            from 1; 0 outside them (and for the judge's tasks) */
	/* store_each_batchable only: */
	int64_t attempts;        /* attempts made so far */
	const char *last_class;  /* the class of the last one, NULL when ok or none */
};
int store_put_task(struct store *st, const char *run, const struct store_task *t,
                   struct tri_err *err);
/* How many answered tasks of run (not the judge's) have no grade. */
int store_count_ungraded(struct store *st, const char *run, int64_t *n, struct tri_err *err);
/* How many tasks of run have no ok response (only the judge's with judge_only). */
int store_count_pending(struct store *st, const char *run, int judge_only, int64_t *n,
                        struct tri_err *err);

/* ---- adaptive runs ------------------------------------------------------ */

/* A window of the tasks an adaptive round sends (read, not claimed: an
 * adaptive run has one worker): model's tasks never answered (planned),
 * or with failed those whose answer failed, ranked in (after, rank_max],
 * at most limit, in rank order (t->rank set); the next window starts
 * after the last rank (keyset pagination: each window is one seek in an
 * index, and a task answered meanwhile is simply not seen again). */
int store_each_pending_ranked(struct store *st, const char *run, const char *model, int failed,
                              int64_t after, int64_t rank_max, size_t limit,
                              int (*fn)(void *ctx, const struct store_task *t, struct tri_err *err),
                              void *ctx, struct tri_err *err);
/* How many of model's tasks ranked up to rank_max are planned (failed
 * with failed). */
int store_count_pending_ranked(struct store *st, const char *run, const char *model, int failed,
                               int64_t rank_max, int64_t *n, struct tri_err *err);

struct store_ranked_grade {
	int64_t rank;
	const char *verdict;     /* NULL: not graded since its last response (or none) */
	const char *axis;        /* its suite's */
};
/* model's tasks ranked in (after, rank_max], in rank order, with their
 * grades: what an adaptive run feeds its intervals, and replays on resume. */
int store_each_ranked_grade(struct store *st, const char *run, const char *model, int64_t after,
                            int64_t rank_max,
                            int (*fn)(void *ctx, const struct store_ranked_grade *g,
                                      struct tri_err *err),
                            void *ctx, struct tri_err *err);

/* What the last look of an adaptive run decided (JSON, run_adaptive.h), for
 * the report: written after each look; *state NULL when run has none.
 * Caller frees *state. */
int store_put_adaptive(struct store *st, const char *run, const char *state, struct tri_err *err);
int store_adaptive(struct store *st, const char *run, char **state, struct tri_err *err);

/* ---- sending ----------------------------------------------------------- */

struct store_attempt {
	int n;                   /* 1-based */
	double started, duration;
	int http_status;         /* 0 when none */
	const char *error_class; /* NULL on success: attempt_class_name() */
	const char *error;
	double retry_after;      /* NAN when none */
};
int store_put_attempt(struct store *st, int64_t task, const struct store_attempt *a,
                      struct tri_err *err);

/* One response as received. Text fields may be NULL. */
struct store_response {
	int ok;
	const char *text, *reasoning, *finish_reason, *error;
	const void *raw; size_t raw_len;     /* kept on errors only */
	int64_t tok_in, tok_out, tok_reason; /* -1 unknown */
	double cost, latency, ttft, reasoning_s;  /* NAN unknown */
	const char *meta_json;               /* provider metadata, or NULL */
	int http_status;
	const char *tool_calls;              /* JSON array of the calls made, or NULL */
};
/* Record the response for task and mark it done (ok) or failed. Returns 1,
 * the response kept but the task left as it is, when the task is no longer
 * this worker's to answer: another worker holds its lease, or answered it
 * (see "several workers" below). */
int store_put_response(struct store *st, int64_t task, const char *request_hash,
                       const struct store_response *r, struct tri_err *err);
/* Cache: an ok response with this request hash, from any run; *id 0 if none. */
int store_cached_response(struct store *st, const char *request_hash, int64_t *id,
                          struct tri_err *err);
/* The JSON of the item whose hash is hash (caller frees); TRI_RUNTIME when
 * the store has none. */
int store_item_json(struct store *st, const char *hash, char **json, struct tri_err *err);
/* Answer task from the cache; 1 (nothing changed) when the task is no
 * longer this worker's, as store_put_response. */
int store_link_cached(struct store *st, int64_t task, int64_t response, struct tri_err *err);

/* ---- several workers on one run ---------------------------------------------
 *
 * Every `trilemma run` sending a run is a worker; several may send the same
 * run at once (docs/team-store.md). A worker claims the tasks it sends, a
 * few at a time (store_claim): each claimed task gets a lease, the worker's
 * name (st->worker) and a time until which no other worker takes it. The
 * worker renews its leases while it works (store_renew) and gives back
 * what it did not send when it stops (store_release). A worker that dies
 * renews nothing: once its leases run out, the others claim its tasks.
 * Answers are fenced: a task is answered only by the worker holding its
 * lease, and only once (store_put_response, store_link_cached). Times are
 * the database's clock (store_now), so the machines' clocks need not
 * agree. */

/* Whether several machines may use the store at once (PostgreSQL), so
 * that rate limits are shared through it (store_pace_reserve). */
int store_shared(const struct store *st);
/* Now on the database's clock, in Unix seconds. */
double store_now(const struct store *st);
/* The newest response's id (0 when there is none): the tasks that failed
 * after it are not claimed again by a worker that started there. */
int store_response_mark(struct store *st, int64_t *mark, struct tri_err *err);
/* Claim up to limit tasks of model to send, in plan order, each for
 * lease_s seconds, and give each to fn: tasks planned, or failed with a
 * response at or before mark, whose lease (if any) has run out; with
 * judge_only, only the judge's tasks. One transaction of its own (commits
 * what the caller had open). fn must not use the store. */
int store_claim(struct store *st, const char *run, const char *model, int judge_only,
                int64_t mark, double lease_s, size_t limit,
                int (*fn)(void *ctx, const struct store_task *t, struct tri_err *err),
                void *ctx, struct tri_err *err);
/* Every lease this worker holds on run, lengthened to lease_s from now. */
int store_renew(struct store *st, const char *run, double lease_s, struct tri_err *err);
/* Every lease on run this worker (worker NULL) holds, or a worker known
 * dead, given back; a transaction of its own (it commits what the caller
 * had open). */
int store_release(struct store *st, const char *run, const char *worker, struct tri_err *err);
/* Every worker that holds a lease on run, to fn. */
int store_each_lease_owner(struct store *st, const char *run,
                           int (*fn)(void *ctx, const char *worker, struct tri_err *err),
                           void *ctx, struct tri_err *err);
/* How many tasks to send (judge_only: the judge's) other workers hold a
 * lease on that has not run out. */
int store_held_elsewhere(struct store *st, const char *run, int judge_only, int64_t *n,
                         struct tri_err *err);

/* A run that one worker sends at a time (an adaptive run's rounds, the
 * batch APIs) has a lease of its own: take it, or renew it, for lease_s
 * seconds (a transaction of its own). 1 when another worker holds it
 * (*holder: its name, caller frees). */
int store_run_hold(struct store *st, const char *run, double lease_s, char **holder,
                   struct tri_err *err);
/* Give the run's lease back: this worker's (worker NULL), or a worker's
 * known dead. */
int store_run_unhold(struct store *st, const char *run, const char *worker, struct tri_err *err);

/* Shared pacing: one row per key (a model at its endpoint) that every
 * worker's requests reserve a start in. A start is gap_s after the one
 * before it (60 / rpm; 0 when no rpm), and after the tokens reserved
 * before it have drained (tok_s: this request's estimated tokens x 60 /
 * tpm; 0 when no tpm), corrected first by owed_s: what this worker's
 * requests before it used beyond their estimates (tokens x 60 / tpm; below
 * 0 when they used less). *start is the reserved start on the database's
 * clock; the caller waits until then. A transaction of its own (it
 * commits what the caller had open). */
int store_pace_reserve(struct store *st, const char *key, double gap_s, double tok_s,
                       double owed_s, double *start, struct tri_err *err);

/* What run has spent: the sum over its answered tasks (not those answered
 * from the cache) of each response's usage.cost, else its tokens at the
 * model's prices; a response with neither counts 0. In USD. */
int store_run_spend(struct store *st, const char *run, double *usd, struct tri_err *err);

/* ---- grading ----------------------------------------------------------- */

struct store_answer {
	int64_t task;
	const char *suite, *item;
	int ok;
	const char *text, *reasoning, *error;
	const char *tool_calls;      /* JSON array, or NULL */
	const char *item_json;       /* the task's item, as planned */
};
/* The responses of run that have no grade (all of them if regrade), each
 * with its item: grading needs nothing else from the store. */
int store_each_answer(struct store *st, const char *run, int regrade,
                      int (*fn)(void *ctx, const struct store_answer *a, struct tri_err *err),
                      void *ctx, struct tri_err *err);

struct store_grade {
	const char *verdict;
	double score, confidence;   /* confidence NAN when none */
	const char *evidence, *grader;
	int hedged, uncertain;      /* of the deterministic reading */
	const char *det_verdict;    /* the deterministic verdict the judge replaced, or NULL */
	int judged;                 /* 1: the verdict is the judge's */
	const char *fault;          /* a tool-call grader's kind of fault, or NULL */
};
int store_put_grade(struct store *st, int64_t task, const struct store_grade *g,
                    struct tri_err *err);

/* ---- reading a run -------------------------------------------------------- */

struct store_outcome {
	const char *model, *suite, *axis, *item, *item_json;
	int64_t sample;
	int graded;                  /* 0: not graded yet (the rest is unset) */
	const char *verdict;
	double score, confidence;
	int64_t tok_in, tok_out, tok_reason;   /* -1 unknown */
	double latency, ttft, reasoning_s, cost;   /* NAN unknown */
	double price_in, price_out;
	int ok;                      /* the response was ok */
	int answered;                /* there is a response (ok or failed) */
	const char *text;            /* the answer, only when it has no grade yet */
	const char *grader;          /* the grader type */
	int hedged, uncertain, judged;
	const char *det_verdict;     /* NULL unless the judge decided next to a deterministic grade */
	const char *evidence;
	const char *tool_calls;      /* the calls, only when the answer has no grade yet */
	const char *fault;           /* what a tool-call grader found wrong, or NULL */
};
/* Every task of run (a model's, not the judge's) with its grade and
 * response, in plan order. */
int store_each_outcome(struct store *st, const char *run,
                       int (*fn)(void *ctx, const struct store_outcome *o, struct tri_err *err),
                       void *ctx, struct tri_err *err);

/* Did a response to model come from a server that said it is simulated
 * (the test server's Server header)? */
int store_model_simulated(struct store *st, const char *run, const char *model, int *yes,
                          struct tri_err *err);

struct store_task_counts {
	int64_t tasks, done, cached, failed, pending;
};
/* The tasks of model in run by state; of every model when model is NULL. */
int store_model_counts(struct store *st, const char *run, const char *model,
                       struct store_task_counts *c, struct tri_err *err);

struct store_failure {
	const char *error_class;
	int64_t tasks;             /* failed tasks whose last attempt has this class */
	const char *first_error;   /* the message of the first of them */
};
/* The failed tasks of model in run, by the class of their last attempt,
 * most frequent first. */
int store_each_failure(struct store *st, const char *run, const char *model,
                       int (*fn)(void *ctx, const struct store_failure *f, struct tri_err *err),
                       void *ctx, struct tri_err *err);

/* Failed attempts of model in run by class (retried or not), most frequent first. */
int store_each_failed_attempt_class(struct store *st, const char *run, const char *model,
                                    int (*fn)(void *ctx, const char *cls, int64_t n,
                                              struct tri_err *err),
                                    void *ctx, struct tri_err *err);

/* ---- judging ---------------------------------------------------------------- */

/* The run's judge model, if it has one: fn is called once, or not at all. */
int store_judge_model(struct store *st, const char *run,
                      int (*fn)(void *ctx, const struct store_model *m, struct tri_err *err),
                      void *ctx, struct tri_err *err);

struct store_judge_queue {
	int64_t task;
	const char *model, *suite, *item, *item_hash;
	int64_t sample;
	const char *text;          /* the model's answer */
	const char *grader;        /* the grade's grader type */
	const char *item_json;     /* the task's item, as planned */
};
/* The answered tasks of run that want the judge and have no judge task:
 * those graded by the judge grader, and with fallback the uncertain ones. */
int store_each_judge_queue(struct store *st, const char *run, int fallback,
                          int (*fn)(void *ctx, const struct store_judge_queue *t,
                                    struct tri_err *err),
                          void *ctx, struct tri_err *err);

struct store_judge_reply {
	int64_t task;              /* the judged task */
	const char *suite, *item;
	int ok;                    /* the judge's request succeeded */
	const char *text, *error;  /* its reply, or its error */
	/* the judged task's current grade */
	const char *verdict, *grader, *det_verdict, *evidence;
	int hedged, uncertain;
	double confidence;
	const char *item_json;     /* the judged task's item, as planned */
};
/* The judge tasks of run that have a final response, whose verdict is not
 * applied yet (all of them with all). */
int store_each_judge_reply(struct store *st, const char *run, int all,
                           int (*fn)(void *ctx, const struct store_judge_reply *r,
                                     struct tri_err *err),
                           void *ctx, struct tri_err *err);

struct store_judge_call {
	const char *state;         /* the judge task's state */
	int answered, ok;          /* has a response; it is ok */
	int64_t tok_in, tok_out, tok_reason;   /* -1 unknown */
	double cost, price_in, price_out;      /* NAN unknown */
};
/* Every judge call of run, in plan order. */
int store_each_judge_call(struct store *st, const char *run,
                          int (*fn)(void *ctx, const struct store_judge_call *c,
                                    struct tri_err *err),
                          void *ctx, struct tri_err *err);

/* ---- batches ---------------------------------------------------------------- */

/* One submission to a provider's batch API (batch.h). */
struct store_batch {
	const char *id;            /* the provider's batch id */
	const char *model;         /* the run's model id */
	const char *api;           /* "openai" or "anthropic" */
	const char *input_file;    /* OpenAI: the uploaded file's id, or NULL */
	const char *state;         /* the provider's last status */
	double submitted, checked, ended;   /* wall clock; NAN when not yet */
	int64_t n_tasks;
	const char *output_file;   /* OpenAI: output file id; Anthropic: results URL */
	const char *error_file;    /* OpenAI: error file id, or NULL */
	const char *counts;        /* the provider's request counts (JSON), or NULL */
	int done;                  /* its results are stored */
};
/* Record a new batch (state, submitted, n_tasks and the ids) and put its
 * tasks in it (store_batch_task) in the same transaction. */
int store_put_batch(struct store *st, const char *run, const struct store_batch *b,
                    struct tri_err *err);
int store_batch_task(struct store *st, int64_t task, const char *batch, struct tri_err *err);
/* Save what a poll learnt: state, checked, ended, files, counts, done. */
int store_update_batch(struct store *st, const struct store_batch *b, struct tri_err *err);
/* The batches of run in the order they were submitted; only those whose
 * results are not stored yet with open_only. */
int store_each_batch(struct store *st, const char *run, int open_only,
                     int (*fn)(void *ctx, const struct store_batch *b, struct tri_err *err),
                     void *ctx, struct tri_err *err);
/* The tasks of model in run to submit: without an ok response (planned or
 * failed) and not in a batch whose results are still to come; with their
 * attempts so far and the class of the last. At most limit of them, in
 * plan order, after the task of plan order after_ord (-1: from the first). */
int store_each_batchable(struct store *st, const char *run, const char *model, int64_t after_ord,
                         int64_t limit,
                         int (*fn)(void *ctx, const struct store_task *t, struct tri_err *err),
                         void *ctx, struct tri_err *err);
/* The tasks of a batch still without an ok answer (planned, or failed
 * before and submitted again), with the number of attempts each has had. */
int store_each_batch_task(struct store *st, const char *batch,
                          int (*fn)(void *ctx, int64_t task, const char *request_hash,
                                    int64_t attempts, struct tri_err *err),
                          void *ctx, struct tri_err *err);

/* ---- items ------------------------------------------------------------------ */

struct store_item_row {
	const char *model, *suite, *item;
	int64_t sample;
	const char *state;           /* the task's: planned, done, cached, failed */
	const char *item_json, *axis;
	int answered, ok;            /* has a response; it is ok */
	const char *text, *reasoning, *error;
	const char *verdict, *grader, *evidence, *det_verdict;   /* NULL: not graded */
	double confidence;
	int hedged, uncertain, judged;
	int64_t tok_in, tok_out, tok_reason;   /* -1 unknown */
	double latency, cost, price_in, price_out;   /* NAN unknown */
	const char *request;         /* the body sent (JSON) */
	const char *tool_calls;      /* the calls the answer made (JSON array), or NULL */
	const char *fault;           /* a tool-call grader's kind of fault, or NULL */
};
/* The model tasks of run, in plan order, with item, answer and grade;
 * only item ("ID" or "SUITE/ID") and only model when not NULL. */
int store_each_item_row(struct store *st, const char *run, const char *item, const char *model,
                        int (*fn)(void *ctx, const struct store_item_row *r, struct tri_err *err),
                        void *ctx, struct tri_err *err);

/* The answers the store's cache gave run (tasks in state cached), how many
 * of them have a known cost (the provider's, or tokens at known prices),
 * and the sum of those costs: what sending them again would have cost. */
int store_cache_saved(struct store *st, const char *run, int64_t *answers, int64_t *priced,
                      double *usd, struct tri_err *err);

/* ---- copying (trilemma push, pull) --------------------------------------- */

/* Copy run from src into dst: its row, models, suites, items, batches,
 * responses (an earlier run's too, when the cache answered with them),
 * tasks, attempts, grades and adaptive state, in one transaction of dst,
 * so that a copy that fails leaves nothing. A run dst holds already (the
 * same start, configuration and version) is not copied again (*copied 0);
 * a response dst holds (the same request, creation time and outcome) is
 * shared. When another run has run's id in dst, the copy takes the next
 * free id of its day. *as: the run's id in dst (caller frees). */
int store_copy_run(struct store *src, struct store *dst, const char *run, char **as,
                   int *copied, struct tri_err *err);

#endif
