/* store_sqlite.c -- the SQLite driver: the store in one file (the default).
 *
 * WAL mode, synchronous=FULL: a commit is on disk before store_commit()
 * returns, so a response counted after a commit survives kill -9 and a
 * power loss. The run loop groups every response that completed in one
 * turn of the event loop into one transaction, so fsyncs do not cap the
 * throughput. Migrations are numbered; user_version holds the applied
 * one, and application_id marks the file as trilemma's. BEGIN IMMEDIATE
 * takes the one writer's lock at once: writers never interleave. */
#include <math.h>
#include <unistd.h>
#include <sqlite3.h>
#include "util.h"
#include "store.h"
#include "store_driver.h"

static const char *const migrations[] = {
	/* 1: the initial schema */
	"CREATE TABLE runs("
	"  id TEXT PRIMARY KEY, started REAL NOT NULL, finished REAL,"
	"  status TEXT NOT NULL, config TEXT NOT NULL, tool_version TEXT NOT NULL,"
	"  argv TEXT);"
	"CREATE TABLE models("
	"  run TEXT NOT NULL REFERENCES runs(id), id TEXT NOT NULL, spec TEXT NOT NULL,"
	"  provider TEXT NOT NULL, name TEXT NOT NULL, base_url TEXT NOT NULL,"
	"  settings TEXT NOT NULL, size_total REAL, size_active REAL,"
	"  price_in REAL, price_out REAL, PRIMARY KEY(run, id));"
	"CREATE TABLE suites("
	"  run TEXT NOT NULL REFERENCES runs(id), name TEXT NOT NULL, version TEXT,"
	"  axis TEXT NOT NULL, path TEXT, meta TEXT, n_items INTEGER NOT NULL,"
	"  PRIMARY KEY(run, name));"
	"CREATE TABLE items("
	"  hash TEXT PRIMARY KEY, id TEXT NOT NULL, json TEXT NOT NULL);"
	"CREATE TABLE tasks("
	"  id INTEGER PRIMARY KEY, run TEXT NOT NULL REFERENCES runs(id),"
	"  model TEXT NOT NULL, suite TEXT NOT NULL, item TEXT NOT NULL,"
	"  item_hash TEXT NOT NULL REFERENCES items(hash), sample INTEGER NOT NULL,"
	"  ord INTEGER NOT NULL, request_hash TEXT NOT NULL, request TEXT NOT NULL,"
	"  state TEXT NOT NULL DEFAULT 'planned', response INTEGER REFERENCES responses(id),"
	"  UNIQUE(run, model, suite, item, sample));"
	"CREATE INDEX tasks_state ON tasks(run, state);"
	"CREATE TABLE attempts("
	"  id INTEGER PRIMARY KEY, task INTEGER NOT NULL REFERENCES tasks(id),"
	"  n INTEGER NOT NULL, started REAL NOT NULL, duration REAL NOT NULL,"
	"  http_status INTEGER, error_class TEXT, error TEXT, retry_after REAL);"
	"CREATE INDEX attempts_task ON attempts(task);"
	"CREATE TABLE responses("
	"  id INTEGER PRIMARY KEY, request_hash TEXT NOT NULL, ok INTEGER NOT NULL,"
	"  http_status INTEGER, text TEXT, reasoning TEXT, finish_reason TEXT,"
	"  tok_in INTEGER, tok_out INTEGER, tok_reason INTEGER, cost REAL,"
	"  latency REAL, ttft REAL, reasoning_s REAL, meta TEXT, error TEXT, raw BLOB,"
	"  created REAL NOT NULL);"
	"CREATE INDEX responses_ok_hash ON responses(request_hash) WHERE ok = 1;"
	"CREATE TABLE grades("
	"  task INTEGER PRIMARY KEY REFERENCES tasks(id), verdict TEXT NOT NULL,"
	"  score REAL NOT NULL, confidence REAL, evidence TEXT, grader TEXT NOT NULL,"
	"  graded REAL NOT NULL);",
	/* 2: judging. Judge tasks are tasks whose judge_of names the task they
	 * judge (0 for a model's own task), so the uniqueness of a task gains
	 * judge_of: the table is rebuilt (foreign keys are off while migrating).
	 * The judge is a model of the run with role 'judge'. A grade records
	 * the hedge and the uncertainty of the deterministic reading, and, once
	 * the judge decided (judged = 1), the deterministic verdict it replaced
	 * or ran beside (det_verdict). judged: 0 not by the judge, 1 the
	 * judge's verdict, 2 the judge's request failed (retried by --resume),
	 * 3 the judge's reply could not be read. */
	"CREATE TABLE tasks2("
	"  id INTEGER PRIMARY KEY, run TEXT NOT NULL REFERENCES runs(id),"
	"  model TEXT NOT NULL, suite TEXT NOT NULL, item TEXT NOT NULL,"
	"  item_hash TEXT NOT NULL REFERENCES items(hash), sample INTEGER NOT NULL,"
	"  ord INTEGER NOT NULL, request_hash TEXT NOT NULL, request TEXT NOT NULL,"
	"  state TEXT NOT NULL DEFAULT 'planned', response INTEGER REFERENCES responses(id),"
	"  judge_of INTEGER NOT NULL DEFAULT 0,"
	"  UNIQUE(run, model, suite, item, sample, judge_of));"
	"INSERT INTO tasks2(id, run, model, suite, item, item_hash, sample, ord, request_hash,"
	"  request, state, response) SELECT id, run, model, suite, item, item_hash, sample, ord,"
	"  request_hash, request, state, response FROM tasks;"
	"DROP TABLE tasks;"
	"ALTER TABLE tasks2 RENAME TO tasks;"
	"CREATE INDEX tasks_state ON tasks(run, state);"
	"CREATE INDEX tasks_judge_of ON tasks(judge_of) WHERE judge_of != 0;"
	"ALTER TABLE models ADD COLUMN role TEXT NOT NULL DEFAULT 'model';"
	"ALTER TABLE grades ADD COLUMN hedged INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE grades ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE grades ADD COLUMN det_verdict TEXT;"
	"ALTER TABLE grades ADD COLUMN judged INTEGER NOT NULL DEFAULT 0;",
	/* 3: tool calling. A response keeps the tool calls the model made (a
	 * JSON array of {id, name, arguments, raw}); a grade says what kind of
	 * fault a tool-call grader found (wrong_value, missing_call ...). */
	("ALTER TABLE responses ADD COLUMN tool_calls TEXT;"
	 "ALTER TABLE grades ADD COLUMN fault TEXT;"),
	/* 4: batches. A batch is one submission to a provider's batch API
	 * (its id is the provider's); a task sent in one names it. A task
	 * stays planned while its batch runs, and is answered (done or
	 * failed) when the batch's results are collected, in the same
	 * transaction that marks the batch done. */
	("CREATE TABLE batches("
	 "  id TEXT PRIMARY KEY, run TEXT NOT NULL REFERENCES runs(id), model TEXT NOT NULL,"
	 "  api TEXT NOT NULL, input_file TEXT, state TEXT NOT NULL, submitted REAL NOT NULL,"
	 "  checked REAL, ended REAL, n_tasks INTEGER NOT NULL, output_file TEXT,"
	 "  error_file TEXT, counts TEXT, done INTEGER NOT NULL DEFAULT 0);"
	 "CREATE INDEX batches_run ON batches(run);"
	 "ALTER TABLE tasks ADD COLUMN batch TEXT;"
	 "CREATE INDEX tasks_batch ON tasks(batch) WHERE batch IS NOT NULL;"),
	/* 5: sending in windows. The tasks left to send, per model in plan
	 * order, so that each window of them (store_claim) is a seek
	 * in this index, not a scan and a sort of every task of the run; the
	 * index shrinks as tasks are answered. */
	("CREATE INDEX tasks_pending ON tasks(run, model, ord) "
	 "WHERE state IN ('planned', 'failed');"),
	/* 6: adaptive runs. A model task's rank is its unit's place in the
	 * order of sending (1-based; NULL outside adaptive runs): an adaptive
	 * round sends a model the tasks ranked up to a limit and reads the
	 * grades back in rank order, both through this index. The adaptive
	 * table keeps what the last look decided (JSON), for the report. */
	("ALTER TABLE tasks ADD COLUMN rank INTEGER;"
	 "CREATE INDEX tasks_rank ON tasks(run, model, rank) WHERE rank IS NOT NULL;"
	 "CREATE TABLE adaptive("
	 "  run TEXT PRIMARY KEY REFERENCES runs(id), state TEXT NOT NULL, updated REAL NOT NULL);"),
	/* 7: several workers on one run (store.h). A task's lease: the worker
	 * that claimed it and until when (the database's clock), NULL when
	 * nobody holds it; a lease is only looked for among the tasks left to
	 * send (tasks_pending). A run's own lease, for the runs one worker
	 * sends at a time (store_run_hold). The pacing table holds each
	 * model's next free start, shared by every worker (store_pace_reserve). */
	("ALTER TABLE tasks ADD COLUMN lease_owner TEXT;"
	 "ALTER TABLE tasks ADD COLUMN lease_until REAL;"
	 "ALTER TABLE runs ADD COLUMN worker TEXT;"
	 "ALTER TABLE runs ADD COLUMN worker_until REAL;"
	 "CREATE TABLE pacing(key TEXT PRIMARY KEY, req_at REAL NOT NULL, tok_at REAL NOT NULL);"),
};

_Static_assert(ARRAY_LEN(migrations) == STORE_SCHEMA, "a migration for every schema version");

/* The statements whose text is SQLite's own. */
static const char *const sql[S__COUNT] = {
	[S_RUNS] = "SELECT r.id, r.status, r.started, "
		"(SELECT group_concat(id, ',') FROM (SELECT id FROM models WHERE run = r.id "
		"AND role = 'model' ORDER BY id)), "
		"(SELECT group_concat(name, ',') FROM (SELECT name FROM suites WHERE run = r.id "
		"ORDER BY name)), "
		"(SELECT count(*) FROM tasks WHERE run = r.id), "
		"(SELECT count(*) FROM tasks WHERE run = r.id AND state IN ('done','cached')), "
		"(SELECT count(*) FROM tasks WHERE run = r.id AND state = 'failed'), "
		"(SELECT count(*) FROM tasks WHERE run = r.id AND state = 'planned') "
		"FROM runs r ORDER BY r.started DESC, r.rowid DESC",
	[S_SIMULATED] = "SELECT 1 FROM tasks t JOIN responses r ON r.id = t.response "
		"WHERE t.run = ?1 AND t.model = ?2 AND r.meta IS NOT NULL AND "
		"json_valid(r.meta) AND json_extract(r.meta, '$.server') LIKE '%simulated%' LIMIT 1",
	/* max() of several values is SQLite's; PostgreSQL's is greatest() */
	[S_PACE_TAKE] = "UPDATE pacing SET req_at = max(?2, req_at, tok_at + ?5) + ?3, "
		"tok_at = CASE WHEN ?4 > 0 THEN max(?2, req_at, tok_at + ?5) + ?4 ELSE tok_at END "
		"WHERE key = ?1 RETURNING req_at",
};

struct sq {
	struct store_q head;
	sqlite3_stmt *s;
};

static sqlite3 *db_of(const struct store *st)
{
	return st->conn;
}

/* An error from SQLite, named for what it means to the user. */
static int fail(struct store *st, int rc, struct tri_err *err)
{
	int base = rc & 0xff;
	const char *msg = db_of(st) ? sqlite3_errmsg(db_of(st)) : sqlite3_errstr(rc);
	if (base == SQLITE_CORRUPT)
		return err_set(err, TRI_RUNTIME, "%s: the store is damaged (%s): keep a copy of "
			       "it and try `sqlite3 %s .recover`", st->path, msg, st->path);
	if (base == SQLITE_FULL)
		return err_set(err, TRI_RUNTIME, "%s: the disk is full (%s)", st->path, msg);
	if (base == SQLITE_READONLY)
		return err_set(err, TRI_RUNTIME, "%s: cannot write the store (%s): check its "
			       "permissions, or pass --db FILE", st->path, msg);
	return err_set(err, TRI_RUNTIME, "%s: %s", st->path, msg);
}

static int exec(struct store *st, const char *s, struct tri_err *err)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db_of(st), s, NULL, NULL, &msg);
	if (rc != SQLITE_OK) {
		sqlite3_free(msg);
		return fail(st, rc, err);
	}
	return 0;
}

/* One integer from a statement such as a pragma. */
static int query_int(struct store *st, const char *s, long *out, struct tri_err *err)
{
	sqlite3_stmt *q;
	int rc = sqlite3_prepare_v2(db_of(st), s, -1, &q, NULL);
	if (rc != SQLITE_OK)
		return fail(st, rc, err);
	rc = sqlite3_step(q);
	*out = rc == SQLITE_ROW ? (long)sqlite3_column_int64(q, 0) : 0;
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(st, rc, err);
	return 0;
}

enum kind { K_EMPTY, K_OURS, K_FOREIGN };

/* What the file holds: nothing yet, a trilemma store, or another program's database. */
static int what_is_it(struct store *st, enum kind *kind, long *version, struct tri_err *err)
{
	long app, tables, ours;
	if (query_int(st, "PRAGMA application_id", &app, err) < 0 ||
	    query_int(st, "PRAGMA user_version", version, err) < 0 ||
	    query_int(st, "SELECT count(*) FROM sqlite_schema", &tables, err) < 0 ||
	    query_int(st, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
		      "('runs', 'tasks', 'attempts', 'responses', 'grades')", &ours, err) < 0)
		return -1;
	if (app == STORE_APPLICATION_ID)
		*kind = K_OURS;
	else if (app != 0)
		*kind = K_FOREIGN;
	else if (tables == 0 && *version == 0)
		*kind = K_EMPTY;
	else   /* written before application_id was set: known by its tables */
		*kind = *version >= 1 && ours == 5 ? K_OURS : K_FOREIGN;
	return 0;
}

static int migrate(struct store *st, long v, struct tri_err *err)
{
	for (; v < (long)ARRAY_LEN(migrations); v++) {
		char pragma[64];
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %ld", v + 1);
		if (exec(st, "BEGIN IMMEDIATE", err) < 0)
			return -1;
		if (exec(st, migrations[v], err) < 0 || exec(st, pragma, err) < 0) {
			sqlite3_exec(db_of(st), "ROLLBACK", NULL, NULL, NULL);
			return err_prefix(err, "migrating the store to schema %ld", v + 1);
		}
		if (exec(st, "COMMIT", err) < 0)
			return -1;
	}
	char app[64];
	snprintf(app, sizeof(app), "PRAGMA application_id = %d", STORE_APPLICATION_ID);
	return exec(st, app, err);
}

static int check_kind(struct store *st, struct tri_err *err)
{
	enum kind kind;
	long version = 0;
	if (what_is_it(st, &kind, &version, err) < 0) {
		if ((sqlite3_errcode(db_of(st)) & 0xff) == SQLITE_NOTADB)
			return err_set(err, TRI_USAGE, "%s: not a trilemma store (not an SQLite "
				       "database); pass --db with the store trilemma run wrote", st->path);
		return -1;
	}
	if (kind == K_FOREIGN)
		return err_set(err, TRI_USAGE, "%s: not a trilemma store (another program's "
			       "database); %s", st->path, st->mode == STORE_READ
			       ? "pass --db with the store trilemma run wrote"
			       : "trilemma will not add its tables to it: pass --db with a new file");
	if (version > (long)ARRAY_LEN(migrations))
		return err_set(err, TRI_USAGE, "%s: written by a newer trilemma (schema %ld; this "
			       "one knows %zu)", st->path, version, ARRAY_LEN(migrations));
	if (st->mode == STORE_READ) {
		if (kind == K_EMPTY)
			return err_set(err, TRI_USAGE, "%s: not a trilemma store (an empty database): "
				       "run trilemma run first, or pass --db FILE", st->path);
		if (version < (long)ARRAY_LEN(migrations))
			return err_set(err, TRI_USAGE, "%s: written by an older trilemma (schema %ld): "
				       "the next trilemma run --db %s upgrades it", st->path, version,
				       st->path);
		return 0;
	}
	return migrate(st, kind == K_EMPTY ? 0 : version, err);
}

static int sq_open(struct store *st, const char *path, struct tri_err *err)
{
	sqlite3 *db = NULL;
	st->path = xstrdup(path);
	if (st->mode == STORE_READ && access(path, F_OK) != 0)
		return err_set(err, TRI_USAGE, "%s: no store here (run trilemma run first, or pass "
			       "--db FILE)", path);
	int flags = st->mode == STORE_READ ? SQLITE_OPEN_READONLY
					   : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	int rc = sqlite3_open_v2(path, &db, flags, NULL);
	st->conn = db;
	if (rc != SQLITE_OK)
		return err_set(err, st->mode == STORE_READ ? TRI_USAGE : TRI_RUNTIME,
			       "%s: cannot open the store: %s (check the path and its permissions, "
			       "or pass --db FILE)", path, db ? sqlite3_errmsg(db) : "out of memory");
	sqlite3_extended_result_codes(db, 1);
	sqlite3_busy_timeout(db, 10000);
	if (st->mode == STORE_READ)
		return exec(st, "PRAGMA query_only = 1", err) < 0 ? -1 : check_kind(st, err);
	if (check_kind(st, err) < 0)
		return -1;
	return exec(st, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
		    "PRAGMA foreign_keys = ON;", err);
}

static void sq_close(struct store *st)
{
	if (!db_of(st))
		return;
	if (st->in_tx)
		sqlite3_exec(db_of(st), "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db_of(st));
	st->conn = NULL;
}

static struct store_q *sq_prepare(struct store *st, const char *text, struct tri_err *err)
{
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v3(db_of(st), text, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL);
	if (rc != SQLITE_OK) {
		fail(st, rc, err);
		return NULL;
	}
	struct sq *q = xcalloc(1, sizeof(*q));
	q->head = (struct store_q){ &store_sqlite_driver, st };
	q->s = s;
	return &q->head;
}

static sqlite3_stmt *S(struct store_q *q)
{
	return ((struct sq *)q)->s;
}

static void sq_finalize(struct store_q *q)
{
	sqlite3_finalize(S(q));
	free(q);
}

static void sq_bind_null(struct store_q *q, int i)
{
	sqlite3_bind_null(S(q), i);
}

static void sq_bind_text(struct store_q *q, int i, const char *s, size_t n)
{
	sqlite3_bind_text64(S(q), i, s, n, SQLITE_TRANSIENT, SQLITE_UTF8);
}

static void sq_bind_int(struct store_q *q, int i, int64_t v)
{
	sqlite3_bind_int64(S(q), i, v);
}

static void sq_bind_real(struct store_q *q, int i, double v)
{
	sqlite3_bind_double(S(q), i, v);
}

static void sq_bind_blob(struct store_q *q, int i, const void *p, size_t n)
{
	sqlite3_bind_blob64(S(q), i, p, n, SQLITE_TRANSIENT);
}

static void sq_done(struct store_q *q)
{
	sqlite3_reset(S(q));
	sqlite3_clear_bindings(S(q));
}

/* SQLite runs a statement while another one's rows are pending: many
 * needs nothing more. */
static int sq_step(struct store_q *q, int many, struct tri_err *err)
{
	int rc = sqlite3_step(S(q));
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return fail(q->st, rc, err);
}

static int64_t sq_changes(struct store_q *q)
{
	return sqlite3_changes64(q->st->conn);
}

static int sq_is_null(struct store_q *q, int i)
{
	return sqlite3_column_type(S(q), i) == SQLITE_NULL;
}

static const char *sq_col_text(struct store_q *q, int i)
{
	return (const char *)sqlite3_column_text(S(q), i);
}

static size_t sq_col_bytes(struct store_q *q, int i)
{
	return (size_t)sqlite3_column_bytes(S(q), i);
}

static const void *sq_col_blob(struct store_q *q, int i, size_t *n)
{
	const void *p = sqlite3_column_blob(S(q), i);
	*n = p ? (size_t)sqlite3_column_bytes(S(q), i) : 0;
	return p;
}

static int64_t sq_col_int(struct store_q *q, int i)
{
	return sqlite3_column_int64(S(q), i);
}

static double sq_col_real(struct store_q *q, int i)
{
	return sqlite3_column_double(S(q), i);
}

const struct store_driver store_sqlite_driver = {
	.name = "SQLite", .sql = sql,
	.open = sq_open, .close = sq_close, .exec = exec,
	/* BEGIN IMMEDIATE takes the one writer's lock at once; a deferred BEGIN
	 * takes its snapshot (WAL) at its first read and keeps it to the end */
	.begin = "BEGIN IMMEDIATE", .begin_read = "BEGIN",
	.prepare = sq_prepare, .finalize = sq_finalize,
	.bind_null = sq_bind_null, .bind_text = sq_bind_text, .bind_int = sq_bind_int,
	.bind_real = sq_bind_real, .bind_blob = sq_bind_blob, .step = sq_step, .changes = sq_changes,
	.done = sq_done,
	.is_null = sq_is_null, .col_text = sq_col_text, .col_bytes = sq_col_bytes,
	.col_int = sq_col_int, .col_real = sq_col_real, .col_blob = sq_col_blob,
};
