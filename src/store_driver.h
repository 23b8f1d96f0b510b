/* store_driver.h -- what store.c asks of a database.
 *
 * store.c holds every typed function of store.h and the statements both
 * databases accept; a driver holds the rest: its connection, its schema
 * and migrations, its transactions, its errors, and its own text of the
 * few statements whose SQL differs (sql[id], NULL where store.c's text
 * serves). Two drivers: store_sqlite.c (a file, the default) and
 * store_pg.c (a postgresql:// URL, a team's shared store).
 *
 * A statement is prepared once per connection and kept in st->stmt. A
 * query is bound, stepped (1: a row, 0: no more rows, -1: an error, never
 * "no more rows"), and handed back with done(), which resets it; the
 * strings a column returns are borrowed until the next step or done().
 * step()'s many says the caller reads every row and may use the store
 * between two of them (store.c's each_row): a driver that cannot run a
 * second statement while the first one's rows are pending reads them
 * through a cursor then. Parameters are numbered ?1, ?2 ... in store.c's
 * texts; a real that is NaN and a count below 0 are bound as NULL by
 * store.c, and read back the same way. */
#ifndef TRI_STORE_DRIVER_H
#define TRI_STORE_DRIVER_H

#include <stddef.h>
#include <stdint.h>
#include "err.h"
#include "store.h"

enum sid {
	S_RUN_IDS, S_RUN_INSERT, S_RUN_FINISH, S_RUN_LATEST, S_RUN_LATEST_RUNNING, S_RUN_BY_ID,
	S_RUN_INFO, S_RUNS, S_MODEL_INSERT, S_MODELS, S_SUITE_INSERT, S_SUITES, S_ITEM_INSERT,
	S_RUN_ITEMS, S_TASK_INSERT, S_JUDGE_TASK_INSERT, S_PENDING_COUNT, S_ATTEMPT_INSERT,
	S_RESPONSE_INSERT, S_TASK_ANSWERED, S_CACHED, S_ITEM_JSON, S_LINK_CACHED, S_ANSWERS_NEW,
	S_ANSWERS_ALL, S_GRADE_INSERT, S_OUTCOMES, S_SIMULATED, S_COUNTS, S_RUN_COUNTS, S_FAILURES,
	S_FAILED_ATTEMPTS, S_JUDGE_MODEL, S_JUDGE_QUEUE, S_JUDGE_REPLIES_NEW, S_JUDGE_REPLIES_ALL,
	S_JUDGE_CALLS, S_ITEM_ROWS, S_BATCH_INSERT, S_BATCH_TASK, S_BATCH_UPDATE, S_BATCHES,
	S_BATCHABLE, S_BATCH_OPEN_TASKS, S_PENDING_RANKED, S_PENDING_RANKED_COUNT, S_RANKED_GRADES,
	S_ADAPTIVE_PUT, S_ADAPTIVE_GET, S_SPEND, S_COPY_RUN, S_COPY_RUN_FIND, S_COPY_RUN_PUT,
	S_COPY_MODELS, S_COPY_ITEMS, S_COPY_RESPONSES, S_COPY_RESPONSE_FIND, S_COPY_TASKS,
	S_COPY_TASK_PUT, S_COPY_ATTEMPTS, S_COPY_GRADES, S_CACHE_SAVED, S_UNGRADED_COUNT,
	S_RESPONSE_MARK, S_CLAIM, S_RENEW, S_RELEASE, S_HELD, S_LEASE_OWNERS, S_PACE_ADD,
	S_PACE_TAKE, S_RUN_HOLD, S_RUN_HOLDER, S_RUN_UNHOLD,
	S__COUNT
};

/* The head of a driver's statement: store.c reaches the driver through it. */
struct store_q {
	const struct store_driver *drv;
	struct store *st;
};

struct store_driver {
	const char *name;
	int shared;               /* several machines use it at once: rate limits are shared through it */
	const char *const *sql;   /* [S__COUNT]: this driver's text, or NULL for store.c's */
	/* Connect, check what the database is, create or migrate the schema
	 * (STORE_WRITE) or refuse an old one (STORE_READ); st->path is set. */
	int (*open)(struct store *st, const char *target, struct tri_err *err);
	void (*close)(struct store *st);
	/* Run SQL without parameters or rows: the transaction verbs below,
	 * and ROLLBACK after a COMMIT that failed. */
	int (*exec)(struct store *st, const char *sql, struct tri_err *err);
	const char *begin;        /* a transaction that writes (SQLite's takes the writer's lock) */
	const char *begin_read;   /* one that only reads, every read from one snapshot */
	/* Hold the right to add a run until the transaction ends (NULL: the
	 * transaction holds it already). */
	int (*lock_runs)(struct store *st, struct tri_err *err);
	struct store_q *(*prepare)(struct store *st, const char *sql, struct tri_err *err);
	void (*finalize)(struct store_q *q);
	void (*bind_null)(struct store_q *q, int i);
	void (*bind_text)(struct store_q *q, int i, const char *s, size_t n);
	void (*bind_int)(struct store_q *q, int i, int64_t v);
	void (*bind_real)(struct store_q *q, int i, double v);
	void (*bind_blob)(struct store_q *q, int i, const void *p, size_t n);
	int (*step)(struct store_q *q, int many, struct tri_err *err);
	/* the rows the statement just stepped to its end changed */
	int64_t (*changes)(struct store_q *q);
	void (*done)(struct store_q *q);
	int (*is_null)(struct store_q *q, int i);
	const char *(*col_text)(struct store_q *q, int i);   /* NULL for NULL */
	size_t (*col_bytes)(struct store_q *q, int i);
	int64_t (*col_int)(struct store_q *q, int i);        /* 0 for NULL */
	double (*col_real)(struct store_q *q, int i);        /* 0 for NULL */
	const void *(*col_blob)(struct store_q *q, int i, size_t *n);   /* NULL for NULL */
};

extern const struct store_driver store_sqlite_driver;
extern const struct store_driver store_pg_driver;

/* The schema version both drivers migrate to (store.c; docs/team-store.md). */
#define STORE_SCHEMA 7

#endif
