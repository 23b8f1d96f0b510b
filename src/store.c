/* store.c -- the SQLite store (see store.h for the life of a task).
 *
 * WAL mode, synchronous=FULL: a commit is on disk before store_commit()
 * returns, so a response counted after a commit survives kill -9 and a
 * power loss. The run loop groups every response that completed in one
 * turn of the event loop into one transaction, so fsyncs do not cap the
 * throughput. Migrations are numbered; user_version holds the applied one. */
#include <math.h>
#include <time.h>
#include "util.h"
#include "buf.h"
#include "store.h"

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
};

int store_exec(struct store *st, const char *sql, struct tri_err *err)
{
	char *msg = NULL;
	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		err_set(err, TRI_RUNTIME, "%s: %s", st->path, msg ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

int store_prepare(struct store *st, const char *sql, sqlite3_stmt **out, struct tri_err *err)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, out, NULL) != SQLITE_OK)
		return err_set(err, TRI_RUNTIME, "%s: %s", st->path, sqlite3_errmsg(st->db));
	return 0;
}

static int user_version(struct store *st)
{
	sqlite3_stmt *q;
	int v = -1;
	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &q, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(q) == SQLITE_ROW)
		v = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	return v;
}

static int migrate(struct store *st, struct tri_err *err)
{
	int v = user_version(st);
	if (v < 0)
		return err_set(err, TRI_RUNTIME, "%s: not a trilemma store (%s)", st->path,
			       sqlite3_errmsg(st->db));
	if (v > (int)ARRAY_LEN(migrations))
		return err_set(err, TRI_RUNTIME,
			       "%s: written by a newer trilemma (schema %d, this one knows %zu)",
			       st->path, v, ARRAY_LEN(migrations));
	for (; v < (int)ARRAY_LEN(migrations); v++) {
		char pragma[64];
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", v + 1);
		if (store_exec(st, "BEGIN IMMEDIATE", err) < 0)
			return -1;
		if (store_exec(st, migrations[v], err) < 0 || store_exec(st, pragma, err) < 0) {
			store_exec(st, "ROLLBACK", NULL);
			return err_prefix(err, "migrating the store to schema %d", v + 1);
		}
		if (store_exec(st, "COMMIT", err) < 0)
			return -1;
	}
	return 0;
}

const char *store_default_path(void)
{
	const char *e = getenv("TRILEMMA_DB");
	return e && *e ? e : "trilemma.db";
}

int store_open(struct store *st, const char *path, struct tri_err *err)
{
	memset(st, 0, sizeof(*st));
	st->path = xstrdup(path);
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		err_set(err, TRI_RUNTIME, "%s: cannot open the store: %s (check the path and "
			"its permissions, or pass --db FILE)", path,
			st->db ? sqlite3_errmsg(st->db) : "out of memory");
		store_close(st);
		return -1;
	}
	sqlite3_busy_timeout(st->db, 10000);
	if (store_exec(st, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
		       "PRAGMA foreign_keys = ON;", err) < 0 ||
	    migrate(st, err) < 0) {
		store_close(st);
		return -1;
	}
	return 0;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	if (st->db) {
		if (st->in_tx)
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		sqlite3_close(st->db);
	}
	free(st->path);
	memset(st, 0, sizeof(*st));
}

int store_begin(struct store *st, struct tri_err *err)
{
	if (st->in_tx)
		return 0;
	if (store_exec(st, "BEGIN IMMEDIATE", err) < 0)
		return -1;
	st->in_tx = 1;
	return 0;
}

int store_commit(struct store *st, struct tri_err *err)
{
	if (!st->in_tx)
		return 0;
	st->in_tx = 0;
	if (store_exec(st, "COMMIT", err) < 0) {
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

void store_rollback(struct store *st)
{
	if (st->in_tx)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->in_tx = 0;
}

static void bind_text(sqlite3_stmt *q, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(q, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(q, i);
}

static void bind_real(sqlite3_stmt *q, int i, double v)
{
	if (isnan(v))
		sqlite3_bind_null(q, i);
	else
		sqlite3_bind_double(q, i, v);
}

static void bind_tokens(sqlite3_stmt *q, int i, int64_t v)
{
	if (v < 0)
		sqlite3_bind_null(q, i);
	else
		sqlite3_bind_int64(q, i, v);
}

static int step_done(struct store *st, sqlite3_stmt *q, struct tri_err *err)
{
	int rc = sqlite3_step(q);
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return err_set(err, TRI_RUNTIME, "%s: %s", st->path, sqlite3_errmsg(st->db));
	return 0;
}

int store_run_create(struct store *st, const json_t *config, const char *argv,
		     char **id, struct tri_err *err)
{
	char day[16];
	time_t t = time(NULL);
	struct tm tm;
	sqlite3_stmt *q = NULL;
	struct buf prefix = BUF_INIT, rid = BUF_INIT;
	int ret = -1;
	long n = 1;

	gmtime_r(&t, &tm);
	strftime(day, sizeof(day), "%Y%m%d", &tm);
	buf_addf(&prefix, "r-%s-", day);
	if (store_prepare(st, "SELECT id FROM runs WHERE id LIKE ?1 || '%'", &q, err) < 0)
		goto out;
	sqlite3_bind_text(q, 1, prefix.s, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(q) == SQLITE_ROW) {
		long k;
		const char *s = (const char *)sqlite3_column_text(q, 0);
		if (s && parse_long(s + prefix.len, &k) == 0 && k >= n)
			n = k + 1;
	}
	sqlite3_finalize(q);
	buf_addf(&rid, "%s%ld", prefix.s, n);
	char *cfg = json_dumps(config, JSON_COMPACT | JSON_SORT_KEYS);
	if (store_prepare(st, "INSERT INTO runs(id, started, status, config, tool_version, argv) "
			  "VALUES (?1, ?2, 'running', ?3, ?4, ?5)", &q, err) < 0) {
		free(cfg);
		goto out;
	}
	sqlite3_bind_text(q, 1, rid.s, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(q, 2, now_wall());
	bind_text(q, 3, cfg ? cfg : "{}");
	sqlite3_bind_text(q, 4, TRI_VERSION, -1, SQLITE_STATIC);
	bind_text(q, 5, argv);
	free(cfg);
	if (step_done(st, q, err) < 0)
		goto out;
	*id = buf_detach(&rid);
	ret = 0;
out:
	buf_release(&prefix);
	buf_release(&rid);
	return ret;
}

int store_run_finish(struct store *st, const char *run, const char *status, struct tri_err *err)
{
	sqlite3_stmt *q;
	if (store_prepare(st, "UPDATE runs SET finished = ?2, status = ?3 WHERE id = ?1", &q, err) < 0)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(q, 2, now_wall());
	sqlite3_bind_text(q, 3, status, -1, SQLITE_TRANSIENT);
	return step_done(st, q, err);
}

int store_run_resolve(struct store *st, const char *name, int unfinished_only,
		      char **id, struct tri_err *err)
{
	sqlite3_stmt *q;
	int latest = !name || !*name || !strcmp(name, "latest");
	const char *sql = latest
		? (unfinished_only ? "SELECT id FROM runs WHERE status = 'running' ORDER BY started DESC, rowid DESC LIMIT 1"
				   : "SELECT id FROM runs ORDER BY started DESC, rowid DESC LIMIT 1")
		: "SELECT id FROM runs WHERE id = ?1";
	if (store_prepare(st, sql, &q, err) < 0)
		return -1;
	if (!latest)
		sqlite3_bind_text(q, 1, name, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(q) != SQLITE_ROW) {
		sqlite3_finalize(q);
		if (latest)
			return err_set(err, TRI_USAGE, "%s: no %srun in the store (trilemma runs lists them)",
				       st->path, unfinished_only ? "unfinished " : "");
		return err_set(err, TRI_USAGE, "%s: no run '%s' (trilemma runs lists them)", st->path, name);
	}
	*id = xstrdup((const char *)sqlite3_column_text(q, 0));
	sqlite3_finalize(q);
	return 0;
}

int store_put_attempt(struct store *st, int64_t task, const struct store_attempt *a,
		      struct tri_err *err)
{
	sqlite3_stmt *q;
	if (store_prepare(st, "INSERT INTO attempts(task, n, started, duration, http_status, "
			  "error_class, error, retry_after) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)", &q, err) < 0)
		return -1;
	sqlite3_bind_int64(q, 1, task);
	sqlite3_bind_int(q, 2, a->n);
	sqlite3_bind_double(q, 3, a->started);
	sqlite3_bind_double(q, 4, a->duration);
	if (a->http_status)
		sqlite3_bind_int(q, 5, a->http_status);
	bind_text(q, 6, a->error_class);
	bind_text(q, 7, a->error);
	bind_real(q, 8, a->retry_after);
	return step_done(st, q, err);
}

int store_put_response(struct store *st, int64_t task, const char *request_hash,
		       const struct store_response *r, struct tri_err *err)
{
	sqlite3_stmt *q;
	if (store_prepare(st, "INSERT INTO responses(request_hash, ok, http_status, text, reasoning, "
			  "finish_reason, tok_in, tok_out, tok_reason, cost, latency, ttft, reasoning_s, "
			  "meta, error, raw, created) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,"
			  "?13,?14,?15,?16,?17)", &q, err) < 0)
		return -1;
	sqlite3_bind_text(q, 1, request_hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(q, 2, r->ok);
	if (r->http_status)
		sqlite3_bind_int(q, 3, r->http_status);
	bind_text(q, 4, r->text);
	bind_text(q, 5, r->reasoning);
	bind_text(q, 6, r->finish_reason);
	bind_tokens(q, 7, r->tok_in);
	bind_tokens(q, 8, r->tok_out);
	bind_tokens(q, 9, r->tok_reason);
	bind_real(q, 10, r->cost);
	bind_real(q, 11, r->latency);
	bind_real(q, 12, r->ttft);
	bind_real(q, 13, r->reasoning_s);
	bind_text(q, 14, r->meta_json);
	bind_text(q, 15, r->error);
	if (r->raw && r->raw_len)
		sqlite3_bind_blob(q, 16, r->raw, (int)r->raw_len, SQLITE_TRANSIENT);
	sqlite3_bind_double(q, 17, now_wall());
	if (step_done(st, q, err) < 0)
		return -1;
	int64_t rid = sqlite3_last_insert_rowid(st->db);
	if (store_prepare(st, "UPDATE tasks SET state = ?2, response = ?3 WHERE id = ?1", &q, err) < 0)
		return -1;
	sqlite3_bind_int64(q, 1, task);
	sqlite3_bind_text(q, 2, r->ok ? "done" : "failed", -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, rid);
	return step_done(st, q, err);
}

int64_t store_cached_response(struct store *st, const char *request_hash)
{
	sqlite3_stmt *q;
	int64_t id = 0;
	if (sqlite3_prepare_v2(st->db, "SELECT id FROM responses WHERE request_hash = ?1 AND ok = 1 "
			       "ORDER BY id LIMIT 1", -1, &q, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(q, 1, request_hash, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(q) == SQLITE_ROW)
		id = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return id;
}

int store_link_cached(struct store *st, int64_t task, int64_t response, struct tri_err *err)
{
	sqlite3_stmt *q;
	if (store_prepare(st, "UPDATE tasks SET state = 'cached', response = ?2 WHERE id = ?1", &q, err) < 0)
		return -1;
	sqlite3_bind_int64(q, 1, task);
	sqlite3_bind_int64(q, 2, response);
	return step_done(st, q, err);
}
