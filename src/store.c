/* store.c -- the SQLite store (see store.h for the life of a task).
 *
 * WAL mode, synchronous=FULL: a commit is on disk before store_commit()
 * returns, so a response counted after a commit survives kill -9 and a
 * power loss. The run loop groups every response that completed in one
 * turn of the event loop into one transaction, so fsyncs do not cap the
 * throughput. Migrations are numbered; user_version holds the applied
 * one, and application_id marks the file as trilemma's.
 *
 * Every statement is prepared once, on first use, and kept in st->stmt
 * for the life of the connection (SQLITE_PREPARE_PERSISTENT): a run of a
 * million tasks parses each SQL text once. A statement is reset and its
 * bindings cleared after every use, so that it never holds a read
 * transaction open between calls. */
#include <math.h>
#include <time.h>
#include <unistd.h>
#include <sqlite3.h>
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
	 * order, so that each window of them (store_each_pending) is a seek
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
};

/* ---- the statements ------------------------------------------------------ */

enum sid {
	S_RUN_IDS, S_RUN_INSERT, S_RUN_FINISH, S_RUN_LATEST, S_RUN_LATEST_RUNNING, S_RUN_BY_ID,
	S_RUN_INFO, S_RUNS, S_MODEL_INSERT, S_MODELS, S_SUITE_INSERT, S_SUITES, S_ITEM_INSERT,
	S_RUN_ITEMS, S_TASK_INSERT, S_PENDING, S_PENDING_COUNT, S_ATTEMPT_INSERT, S_RESPONSE_INSERT,
	S_TASK_ANSWERED, S_CACHED, S_ITEM_JSON, S_LINK_CACHED, S_ANSWERS_NEW, S_ANSWERS_ALL, S_GRADE_INSERT,
	S_OUTCOMES, S_SIMULATED, S_COUNTS, S_RUN_COUNTS, S_FAILURES, S_FAILED_ATTEMPTS,
	S_JUDGE_MODEL, S_JUDGE_QUEUE, S_JUDGE_REPLIES_NEW, S_JUDGE_REPLIES_ALL, S_JUDGE_CALLS,
	S_ITEM_ROWS, S_BATCH_INSERT, S_BATCH_TASK, S_BATCH_UPDATE, S_BATCHES, S_BATCHABLE,
	S_BATCH_OPEN_TASKS, S_PENDING_RANKED, S_PENDING_RANKED_COUNT, S_RANKED_GRADES,
	S_ADAPTIVE_PUT, S_ADAPTIVE_GET,
	S__COUNT
};

static const char *const sql[S__COUNT] = {
	[S_RUN_IDS] = "SELECT id FROM runs WHERE id LIKE ?1 || '%'",
	[S_RUN_INSERT] = "INSERT INTO runs(id, started, status, config, tool_version, argv) "
		"VALUES (?1, ?2, 'running', ?3, ?4, ?5)",
	[S_RUN_FINISH] = "UPDATE runs SET finished = ?2, status = ?3 WHERE id = ?1",
	[S_RUN_LATEST] = "SELECT id FROM runs ORDER BY started DESC, rowid DESC LIMIT 1",
	[S_RUN_LATEST_RUNNING] = "SELECT id FROM runs WHERE status IN ('running', 'failed') "
		"ORDER BY started DESC, rowid DESC LIMIT 1",
	[S_RUN_BY_ID] = "SELECT id FROM runs WHERE id = ?1",
	[S_RUN_INFO] = "SELECT id, status, config, tool_version, started, finished FROM runs "
		"WHERE id = ?1",
	[S_RUNS] = "SELECT r.id, r.status, r.started, "
		"(SELECT group_concat(id, ',') FROM models WHERE run = r.id AND role = 'model'), "
		"(SELECT group_concat(name, ',') FROM suites WHERE run = r.id), "
		"(SELECT count(*) FROM tasks WHERE run = r.id), "
		"(SELECT count(*) FROM tasks WHERE run = r.id AND state IN ('done','cached')), "
		"(SELECT count(*) FROM tasks WHERE run = r.id AND state = 'failed'), "
		"(SELECT count(*) FROM tasks WHERE run = r.id AND state = 'planned') "
		"FROM runs r ORDER BY r.started DESC, r.rowid DESC",
	[S_MODEL_INSERT] = "INSERT INTO models(run, id, spec, provider, name, base_url, settings, "
		"size_total, size_active, price_in, price_out, role) "
		"VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
	[S_MODELS] = "SELECT id, spec, provider, name, base_url, settings, size_total, size_active, "
		"price_in, price_out FROM models WHERE run = ?1 AND role = 'model' ORDER BY rowid",
	[S_JUDGE_MODEL] = "SELECT id, spec, provider, name, base_url, settings, size_total, "
		"size_active, price_in, price_out FROM models WHERE run = ?1 AND role = 'judge'",
	[S_SUITE_INSERT] = "INSERT INTO suites(run, name, version, axis, path, meta, n_items) "
		"VALUES (?1,?2,?3,?4,?5,?6,?7)",
	[S_SUITES] = "SELECT name, version, axis, path, meta, n_items FROM suites WHERE run = ?1 "
		"ORDER BY rowid",
	[S_ITEM_INSERT] = "INSERT OR IGNORE INTO items(hash, id, json) VALUES (?1,?2,?3)",
	[S_RUN_ITEMS] = "SELECT t.suite, i.json FROM tasks t JOIN items i ON i.hash = t.item_hash "
		"WHERE t.run = ?1 GROUP BY t.suite, t.item_hash ORDER BY min(t.ord)",
	[S_TASK_INSERT] = "INSERT INTO tasks(run, model, suite, item, item_hash, sample, ord, "
		"request_hash, request, judge_of, rank) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
	/* a window of the tasks left to send of one model: the state term is
	 * the index's own (tasks_pending), which lets the planner use it */
	[S_PENDING] = "SELECT id, model, suite, item, item_hash, sample, ord, request_hash, request "
		"FROM tasks WHERE run = ?1 AND model = ?2 AND state IN ('planned', 'failed') "
		"AND (?3 = 0 OR judge_of != 0) AND ord > ?4 ORDER BY ord LIMIT ?5",
	[S_PENDING_COUNT] = "SELECT count(*) FROM tasks WHERE run = ?1 "
		"AND state IN ('planned', 'failed') AND (?2 = 0 OR judge_of != 0)",
	[S_ATTEMPT_INSERT] = "INSERT INTO attempts(task, n, started, duration, http_status, "
		"error_class, error, retry_after) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
	[S_RESPONSE_INSERT] = "INSERT INTO responses(request_hash, ok, http_status, text, reasoning, "
		"finish_reason, tok_in, tok_out, tok_reason, cost, latency, ttft, reasoning_s, "
		"meta, error, raw, created, tool_calls) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,"
		"?13,?14,?15,?16,?17,?18)",
	[S_TASK_ANSWERED] = "UPDATE tasks SET state = ?2, response = ?3 WHERE id = ?1",
	[S_CACHED] = "SELECT id FROM responses WHERE request_hash = ?1 AND ok = 1 ORDER BY id LIMIT 1",
	[S_ITEM_JSON] = "SELECT json FROM items WHERE hash = ?1",
	[S_LINK_CACHED] = "UPDATE tasks SET state = 'cached', response = ?2 WHERE id = ?1",
	[S_ANSWERS_NEW] = "SELECT t.id, t.suite, t.item, r.ok, r.text, r.reasoning, r.error, "
		"r.tool_calls, i.json "
		"FROM tasks t JOIN responses r ON r.id = t.response JOIN items i ON i.hash = t.item_hash "
		"LEFT JOIN grades g ON g.task = t.id "
		"WHERE t.run = ?1 AND t.judge_of = 0 AND t.state IN ('done', 'cached', 'failed') "
		"AND (g.task IS NULL OR g.graded < r.created) ORDER BY t.ord",
	[S_ANSWERS_ALL] = "SELECT t.id, t.suite, t.item, r.ok, r.text, r.reasoning, r.error, "
		"r.tool_calls, i.json "
		"FROM tasks t JOIN responses r ON r.id = t.response JOIN items i ON i.hash = t.item_hash "
		"WHERE t.run = ?1 AND t.judge_of = 0 "
		"ORDER BY t.ord",
	[S_GRADE_INSERT] = "INSERT OR REPLACE INTO grades(task, verdict, score, confidence, "
		"evidence, grader, graded, hedged, uncertain, det_verdict, judged, fault) "
		"VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
	[S_OUTCOMES] = "SELECT t.model, t.suite, s.axis, t.item, i.json, t.sample, g.verdict, "
		"g.score, g.confidence, r.tok_in, r.tok_out, r.tok_reason, r.latency, r.ttft, "
		"r.reasoning_s, r.cost, m.price_in, m.price_out, r.ok, g.grader, g.hedged, "
		"g.uncertain, g.det_verdict, g.judged, g.evidence, "
		"CASE WHEN g.task IS NULL THEN r.text END, "
		"CASE WHEN g.task IS NULL THEN r.tool_calls END, g.fault "
		"FROM tasks t JOIN suites s ON s.run = t.run AND s.name = t.suite "
		"JOIN models m ON m.run = t.run AND m.id = t.model "
		"JOIN items i ON i.hash = t.item_hash "
		"LEFT JOIN responses r ON r.id = t.response LEFT JOIN grades g ON g.task = t.id "
		"WHERE t.run = ?1 AND t.judge_of = 0 ORDER BY t.ord",
	[S_SIMULATED] = "SELECT 1 FROM tasks t JOIN responses r ON r.id = t.response "
		"WHERE t.run = ?1 AND t.model = ?2 AND r.meta IS NOT NULL AND "
		"json_valid(r.meta) AND json_extract(r.meta, '$.server') LIKE '%simulated%' LIMIT 1",
	[S_COUNTS] = "SELECT count(*), "
		"coalesce(sum(state = 'done'), 0), coalesce(sum(state = 'cached'), 0), "
		"coalesce(sum(state = 'failed'), 0), coalesce(sum(state = 'planned'), 0) "
		"FROM tasks WHERE run = ?1 AND model = ?2",
	[S_RUN_COUNTS] = "SELECT count(*), "
		"coalesce(sum(state = 'done'), 0), coalesce(sum(state = 'cached'), 0), "
		"coalesce(sum(state = 'failed'), 0), coalesce(sum(state = 'planned'), 0) "
		"FROM tasks WHERE run = ?1",
	[S_FAILURES] = "SELECT cls, n, (SELECT error FROM attempts WHERE id = first) FROM ("
		"SELECT coalesce(a.error_class, 'unknown') AS cls, count(*) AS n, min(a.id) AS first "
		"FROM tasks t JOIN attempts a ON a.id = "
		"(SELECT max(id) FROM attempts WHERE task = t.id) "
		"WHERE t.run = ?1 AND t.model = ?2 AND t.state = 'failed' GROUP BY cls) "
		"ORDER BY n DESC, cls",
	[S_FAILED_ATTEMPTS] = "SELECT a.error_class, count(*) FROM attempts a "
		"JOIN tasks t ON t.id = a.task WHERE t.run = ?1 AND t.model = ?2 "
		"AND a.error_class IS NOT NULL GROUP BY a.error_class ORDER BY count(*) DESC, 1",
	/* the model tasks that want a judge and have no judge task yet: the
	 * judge grader's, and with ?2 the uncertain ones of the others */
	[S_JUDGE_QUEUE] = "SELECT t.id, t.model, t.suite, t.item, t.item_hash, t.sample, r.text, "
		"g.grader, i.json FROM tasks t JOIN responses r ON r.id = t.response "
		"JOIN grades g ON g.task = t.id JOIN items i ON i.hash = t.item_hash "
		"WHERE t.run = ?1 AND t.judge_of = 0 AND r.ok = 1 AND g.judged = 0 "
		"AND (g.grader = 'judge' OR (?2 AND g.uncertain = 1)) "
		"AND NOT EXISTS (SELECT 1 FROM tasks j WHERE j.run = t.run AND j.judge_of = t.id) "
		"ORDER BY t.ord",
	/* the judge tasks answered (ok, or failed for good) whose verdict is not
	 * applied yet (or all of them), with the grade they decide */
	[S_JUDGE_REPLIES_NEW] = "SELECT j.judge_of, t.suite, t.item, r.ok, r.text, r.error, "
		"g.verdict, g.grader, g.det_verdict, g.hedged, g.uncertain, g.confidence, g.evidence, "
		"i.json FROM tasks j JOIN responses r ON r.id = j.response "
		"JOIN tasks t ON t.id = j.judge_of JOIN grades g ON g.task = j.judge_of "
		"JOIN items i ON i.hash = t.item_hash "
		"WHERE j.run = ?1 AND j.judge_of != 0 AND (g.judged = 0 OR (g.judged = 2 AND r.ok = 1)) "
		"AND (r.ok = 1 OR j.state = 'failed') ORDER BY j.ord",
	[S_JUDGE_REPLIES_ALL] = "SELECT j.judge_of, t.suite, t.item, r.ok, r.text, r.error, "
		"g.verdict, g.grader, g.det_verdict, g.hedged, g.uncertain, g.confidence, g.evidence, "
		"i.json FROM tasks j JOIN responses r ON r.id = j.response "
		"JOIN tasks t ON t.id = j.judge_of JOIN grades g ON g.task = j.judge_of "
		"JOIN items i ON i.hash = t.item_hash "
		"WHERE j.run = ?1 AND j.judge_of != 0 AND (r.ok = 1 OR j.state = 'failed') "
		"ORDER BY j.ord",
	/* every model task of the run (of one item with ?2, of one model with
	 * ?3), with its item, answer, grade and usage, in plan order */
	[S_ITEM_ROWS] = "SELECT t.model, t.suite, t.item, t.sample, t.state, i.json, r.ok, r.text, "
		"r.reasoning, r.error, g.verdict, g.grader, g.evidence, g.confidence, g.hedged, "
		"g.uncertain, g.judged, g.det_verdict, r.tok_in, r.tok_out, r.tok_reason, r.latency, "
		"r.cost, m.price_in, m.price_out, s.axis, t.request, r.tool_calls, g.fault "
		"FROM tasks t JOIN items i ON i.hash = t.item_hash "
		"JOIN suites s ON s.run = t.run AND s.name = t.suite "
		"JOIN models m ON m.run = t.run AND m.id = t.model "
		"LEFT JOIN responses r ON r.id = t.response LEFT JOIN grades g ON g.task = t.id "
		"WHERE t.run = ?1 AND t.judge_of = 0 AND (?2 IS NULL OR t.item = ?2 "
		"OR t.suite || '/' || t.item = ?2) AND (?3 IS NULL OR t.model = ?3) ORDER BY t.ord",
	[S_BATCH_INSERT] = "INSERT INTO batches(id, run, model, api, input_file, state, submitted, "
		"n_tasks) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
	[S_BATCH_TASK] = "UPDATE tasks SET batch = ?2 WHERE id = ?1",
	[S_BATCH_UPDATE] = "UPDATE batches SET state = ?2, checked = ?3, ended = ?4, "
		"output_file = ?5, error_file = ?6, counts = ?7, done = ?8 WHERE id = ?1",
	[S_BATCHES] = "SELECT id, model, api, input_file, state, submitted, checked, ended, n_tasks, "
		"output_file, error_file, counts, done FROM batches WHERE run = ?1 "
		"AND (?2 = 0 OR done = 0) ORDER BY submitted, rowid",
	/* the pending tasks of a model not in a batch that is still running */
	[S_BATCHABLE] = "SELECT id, model, suite, item, item_hash, sample, ord, request_hash, request, "
		"(SELECT count(*) FROM attempts WHERE task = t.id), "
		"(SELECT error_class FROM attempts WHERE task = t.id ORDER BY id DESC LIMIT 1) "
		"FROM tasks t WHERE run = ?1 AND model = ?2 AND state IN ('planned', 'failed') "
		"AND NOT EXISTS (SELECT 1 FROM batches b WHERE b.id = t.batch AND b.done = 0) "
		"AND ord > ?3 ORDER BY ord LIMIT ?4",
	/* the tasks of a batch still without an ok answer (a failed one submitted
	 * again is in its new batch), with their attempts so far */
	[S_BATCH_OPEN_TASKS] = "SELECT t.id, t.request_hash, (SELECT count(*) FROM attempts a "
		"WHERE a.task = t.id) FROM tasks t WHERE t.batch = ?1 "
		"AND t.state IN ('planned', 'failed') "
		"ORDER BY t.id",
	/* adaptive rounds: a window of a model's tasks in state ?6 (planned, or
	 * failed), ranked in (?3, ?4], in rank order (tasks_rank) */
	[S_PENDING_RANKED] = "SELECT id, model, suite, item, item_hash, sample, ord, request_hash, "
		"request, rank FROM tasks WHERE run = ?1 AND model = ?2 AND rank > ?3 AND rank <= ?4 "
		"AND state = ?6 ORDER BY rank LIMIT ?5",
	[S_PENDING_RANKED_COUNT] = "SELECT count(*) FROM tasks WHERE run = ?1 AND model = ?2 "
		"AND rank IS NOT NULL AND rank <= ?3 AND state = ?4",
	/* a model's tasks ranked in (?3, ?4], in rank order, with their grade */
	[S_RANKED_GRADES] = "SELECT t.rank, g.verdict, s.axis FROM tasks t "
		"JOIN suites s ON s.run = t.run AND s.name = t.suite "
		"LEFT JOIN responses r ON r.id = t.response LEFT JOIN grades g ON g.task = t.id "
		"AND g.graded >= r.created "
		"WHERE t.run = ?1 AND t.model = ?2 AND t.rank > ?3 AND t.rank <= ?4 ORDER BY t.rank",
	[S_ADAPTIVE_PUT] = "INSERT OR REPLACE INTO adaptive(run, state, updated) VALUES (?1, ?2, ?3)",
	[S_ADAPTIVE_GET] = "SELECT state FROM adaptive WHERE run = ?1",
	/* every judge call of the run with its usage */
	[S_JUDGE_CALLS] = "SELECT j.state, r.ok, r.tok_in, r.tok_out, r.tok_reason, r.cost, "
		"m.price_in, m.price_out FROM tasks j JOIN models m ON m.run = j.run AND m.id = j.model "
		"LEFT JOIN responses r ON r.id = j.response "
		"WHERE j.run = ?1 AND j.judge_of != 0 ORDER BY j.ord",
};

/* An error from SQLite, named for what it means to the user. */
static int fail(struct store *st, int rc, struct tri_err *err)
{
	int base = rc & 0xff;
	const char *msg = st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc);
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

static sqlite3_stmt *stmt(struct store *st, enum sid id, struct tri_err *err)
{
	if (st->stmt[id])
		return st->stmt[id];
	int rc = sqlite3_prepare_v3(st->db, sql[id], -1, SQLITE_PREPARE_PERSISTENT,
				    &st->stmt[id], NULL);
	if (rc != SQLITE_OK) {
		fail(st, rc, err);
		return NULL;
	}
	return st->stmt[id];
}

static void done_with(sqlite3_stmt *q)
{
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
}

/* Step a statement that returns no rows (or one that is ignored). */
static int step_done(struct store *st, sqlite3_stmt *q, struct tri_err *err)
{
	int rc = sqlite3_step(q);
	done_with(q);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return fail(st, rc, err);
	return 0;
}

/* Step a statement expected to return at most one row: 1 with a row (the
 * caller reads it, then calls done_with), 0 without (already reset), -1. */
static int step_row(struct store *st, sqlite3_stmt *q, struct tri_err *err)
{
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		return 1;
	done_with(q);
	if (rc != SQLITE_DONE)
		return fail(st, rc, err);
	return 0;
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

static void bind_count(sqlite3_stmt *q, int i, int64_t v)
{
	if (v < 0)
		sqlite3_bind_null(q, i);
	else
		sqlite3_bind_int64(q, i, v);
}

static const char *col_text(sqlite3_stmt *q, int i)
{
	return (const char *)sqlite3_column_text(q, i);
}

static double col_real(sqlite3_stmt *q, int i)
{
	return sqlite3_column_type(q, i) == SQLITE_NULL ? NAN : sqlite3_column_double(q, i);
}

static int64_t col_count(sqlite3_stmt *q, int i)
{
	return sqlite3_column_type(q, i) == SQLITE_NULL ? -1 : sqlite3_column_int64(q, i);
}

/* Run q (bound) and call row(q) for each row; stop at the first error. */
static int each_row(struct store *st, sqlite3_stmt *q,
		    int (*row)(sqlite3_stmt *q, void *arg, struct tri_err *err),
		    void *arg, struct tri_err *err)
{
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (row(q, arg, err) < 0) {
			done_with(q);
			return -1;
		}
	}
	done_with(q);
	if (rc != SQLITE_DONE)
		return fail(st, rc, err);
	return 0;
}

/* Typed row callbacks with their context, for each_row(). */
struct run_cb {
	int (*fn)(void *ctx, const struct store_run_summary *v, struct tri_err *err);
	void *ctx;
};

struct model_cb {
	int (*fn)(void *ctx, const struct store_model *v, struct tri_err *err);
	void *ctx;
};

struct suite_cb {
	int (*fn)(void *ctx, const struct store_suite *v, struct tri_err *err);
	void *ctx;
};

struct task_cb {
	int (*fn)(void *ctx, const struct store_task *v, struct tri_err *err);
	void *ctx;
};

struct answer_cb {
	int (*fn)(void *ctx, const struct store_answer *v, struct tri_err *err);
	void *ctx;
};

struct outcome_cb {
	int (*fn)(void *ctx, const struct store_outcome *v, struct tri_err *err);
	void *ctx;
};

struct failure_cb {
	int (*fn)(void *ctx, const struct store_failure *v, struct tri_err *err);
	void *ctx;
};

struct item_cb {
	int (*fn)(void *ctx, const char *suite, const char *item_json, struct tri_err *err);
	void *ctx;
};

struct queue_cb {
	int (*fn)(void *ctx, const struct store_judge_queue *v, struct tri_err *err);
	void *ctx;
};

struct reply_cb {
	int (*fn)(void *ctx, const struct store_judge_reply *v, struct tri_err *err);
	void *ctx;
};

struct call_cb {
	int (*fn)(void *ctx, const struct store_judge_call *v, struct tri_err *err);
	void *ctx;
};

struct item_row_cb {
	int (*fn)(void *ctx, const struct store_item_row *v, struct tri_err *err);
	void *ctx;
};

struct class_cb {
	int (*fn)(void *ctx, const char *cls, int64_t n, struct tri_err *err);
	void *ctx;
};

/* ---- opening ------------------------------------------------------------- */

static int exec(struct store *st, const char *s, struct tri_err *err)
{
	char *msg = NULL;
	int rc = sqlite3_exec(st->db, s, NULL, NULL, &msg);
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
	int rc = sqlite3_prepare_v2(st->db, s, -1, &q, NULL);
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
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
			return err_prefix(err, "migrating the store to schema %ld", v + 1);
		}
		if (exec(st, "COMMIT", err) < 0)
			return -1;
	}
	char app[64];
	snprintf(app, sizeof(app), "PRAGMA application_id = %d", STORE_APPLICATION_ID);
	return exec(st, app, err);
}

const char *store_default_path(void)
{
	const char *e = getenv("TRILEMMA_DB");
	return e && *e ? e : "trilemma.db";
}

static int check_kind(struct store *st, struct tri_err *err)
{
	enum kind kind;
	long version = 0;
	if (what_is_it(st, &kind, &version, err) < 0) {
		if ((sqlite3_errcode(st->db) & 0xff) == SQLITE_NOTADB)
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

int store_open(struct store *st, const char *path, enum store_mode mode, struct tri_err *err)
{
	memset(st, 0, sizeof(*st));
	st->path = xstrdup(path);
	st->mode = mode;
	if (mode == STORE_READ && access(path, F_OK) != 0) {
		err_set(err, TRI_USAGE, "%s: no store here (run trilemma run first, or pass --db FILE)",
			path);
		goto fail;
	}
	int flags = mode == STORE_READ ? SQLITE_OPEN_READONLY
				       : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	int rc = sqlite3_open_v2(path, &st->db, flags, NULL);
	if (rc != SQLITE_OK) {
		err_set(err, mode == STORE_READ ? TRI_USAGE : TRI_RUNTIME,
			"%s: cannot open the store: %s (check the path and its permissions, or pass "
			"--db FILE)", path, st->db ? sqlite3_errmsg(st->db) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, 10000);
	if (mode == STORE_READ) {
		if (exec(st, "PRAGMA query_only = 1", err) < 0 || check_kind(st, err) < 0)
			goto fail;
		return 0;
	}
	if (check_kind(st, err) < 0 ||
	    exec(st, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
		 "PRAGMA foreign_keys = ON;", err) < 0)
		goto fail;
	return 0;
fail:
	store_close(st);
	return -1;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	for (size_t i = 0; i < STORE_STMTS; i++)
		sqlite3_finalize(st->stmt[i]);
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
	if (exec(st, "BEGIN IMMEDIATE", err) < 0)
		return -1;
	st->in_tx = 1;
	return 0;
}

int store_commit(struct store *st, struct tri_err *err)
{
	if (!st->in_tx)
		return 0;
	st->in_tx = 0;
	if (exec(st, "COMMIT", err) < 0) {
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

/* ---- runs ------------------------------------------------------------------- */

int store_run_create(struct store *st, const json_t *config, const char *argv,
		     char **id, struct tri_err *err)
{
	char day[16];
	time_t t = time(NULL);
	struct tm tm;
	struct buf prefix = BUF_INIT, rid = BUF_INIT;
	int ret = -1, rc;
	long n = 1;
	char *cfg = NULL;
	sqlite3_stmt *q;

	gmtime_r(&t, &tm);
	strftime(day, sizeof(day), "%Y%m%d", &tm);
	buf_addf(&prefix, "r-%s-", day);
	if (!(q = stmt(st, S_RUN_IDS, err)))
		goto out;
	sqlite3_bind_text(q, 1, prefix.s, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		long k;
		const char *s = col_text(q, 0);
		if (s && parse_long(s + prefix.len, &k) == 0 && k >= n)
			n = k + 1;
	}
	done_with(q);
	if (rc != SQLITE_DONE) {
		fail(st, rc, err);
		goto out;
	}
	buf_addf(&rid, "%s%ld", prefix.s, n);
	cfg = json_dumps(config, JSON_COMPACT | JSON_SORT_KEYS);
	if (!(q = stmt(st, S_RUN_INSERT, err)))
		goto out;
	sqlite3_bind_text(q, 1, rid.s, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(q, 2, now_wall());
	bind_text(q, 3, cfg ? cfg : "{}");
	sqlite3_bind_text(q, 4, TRI_VERSION, -1, SQLITE_STATIC);
	bind_text(q, 5, argv);
	if (step_done(st, q, err) < 0)
		goto out;
	*id = buf_detach(&rid);
	ret = 0;
out:
	free(cfg);
	buf_release(&prefix);
	buf_release(&rid);
	return ret;
}

int store_run_finish(struct store *st, const char *run, const char *status, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_RUN_FINISH, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(q, 2, now_wall());
	sqlite3_bind_text(q, 3, status, -1, SQLITE_TRANSIENT);
	return step_done(st, q, err);
}

int store_run_resolve(struct store *st, const char *name, int unfinished_only,
		      char **id, struct tri_err *err)
{
	int latest = !name || !*name || !strcmp(name, "latest");
	sqlite3_stmt *q = stmt(st, !latest ? S_RUN_BY_ID : unfinished_only ? S_RUN_LATEST_RUNNING
					    : S_RUN_LATEST, err);
	if (!q)
		return -1;
	if (!latest)
		sqlite3_bind_text(q, 1, name, -1, SQLITE_TRANSIENT);
	int r = step_row(st, q, err);
	if (r < 0)
		return -1;
	if (r == 0) {
		if (latest)
			return err_set(err, TRI_USAGE, "%s: no %srun in the store (trilemma runs lists them)",
				       st->path, unfinished_only ? "unfinished " : "");
		return err_set(err, TRI_USAGE, "%s: no run '%s' (trilemma runs lists them)", st->path, name);
	}
	*id = xstrdup(col_text(q, 0));
	done_with(q);
	return 0;
}

int store_run_info(struct store *st, const char *run,
		   int (*fn)(void *ctx, const struct store_run_info *r, struct tri_err *err),
		   void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_RUN_INFO, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	int r = step_row(st, q, err);
	if (r < 0)
		return -1;
	if (r == 0)
		return err_set(err, TRI_USAGE, "no run '%s' in %s (trilemma runs lists them)", run, st->path);
	struct store_run_info ri = {
		.id = col_text(q, 0), .status = col_text(q, 1), .config = col_text(q, 2),
		.tool_version = col_text(q, 3), .started = col_real(q, 4), .finished = col_real(q, 5),
	};
	r = fn(ctx, &ri, err);
	done_with(q);
	return r;
}

static int run_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct run_cb *cb = arg;
	struct store_run_summary r = {
		.id = col_text(q, 0), .status = col_text(q, 1), .started = col_real(q, 2),
		.models = col_text(q, 3), .suites = col_text(q, 4),
		.tasks = sqlite3_column_int64(q, 5), .answered = sqlite3_column_int64(q, 6),
		.failed = sqlite3_column_int64(q, 7), .pending = sqlite3_column_int64(q, 8),
	};
	return cb->fn(cb->ctx, &r, err);
}

int store_each_run(struct store *st,
		   int (*fn)(void *ctx, const struct store_run_summary *r, struct tri_err *err),
		   void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_RUNS, err);
	return q ? each_row(st, q, run_row, &(struct run_cb){ fn, ctx }, err) : -1;
}

/* ---- planning ------------------------------------------------------------- */

int store_put_model(struct store *st, const char *run, const struct store_model *m,
		    struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_MODEL_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, m->id);
	bind_text(q, 3, m->spec);
	bind_text(q, 4, m->provider);
	bind_text(q, 5, m->name);
	bind_text(q, 6, m->base_url);
	bind_text(q, 7, m->settings ? m->settings : "{}");
	bind_real(q, 8, m->size_total);
	bind_real(q, 9, m->size_active);
	bind_real(q, 10, m->price_in);
	bind_real(q, 11, m->price_out);
	bind_text(q, 12, m->role ? m->role : "model");
	return step_done(st, q, err);
}

static int model_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct model_cb *cb = arg;
	struct store_model m = {
		.id = col_text(q, 0), .spec = col_text(q, 1), .provider = col_text(q, 2),
		.name = col_text(q, 3), .base_url = col_text(q, 4), .settings = col_text(q, 5),
		.size_total = col_real(q, 6), .size_active = col_real(q, 7),
		.price_in = col_real(q, 8), .price_out = col_real(q, 9),
	};
	return cb->fn(cb->ctx, &m, err);
}

int store_each_model(struct store *st, const char *run,
		     int (*fn)(void *ctx, const struct store_model *m, struct tri_err *err),
		     void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_MODELS, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	return each_row(st, q, model_row, &(struct model_cb){ fn, ctx }, err);
}

int store_put_suite(struct store *st, const char *run, const struct store_suite *s,
		    struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_SUITE_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, s->name);
	bind_text(q, 3, s->version);
	bind_text(q, 4, s->axis);
	bind_text(q, 5, s->path);
	bind_text(q, 6, s->header ? s->header : "{}");
	sqlite3_bind_int64(q, 7, s->n_items);
	return step_done(st, q, err);
}

static int suite_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct suite_cb *cb = arg;
	struct store_suite s = {
		.name = col_text(q, 0), .version = col_text(q, 1), .axis = col_text(q, 2),
		.path = col_text(q, 3), .header = col_text(q, 4), .n_items = sqlite3_column_int64(q, 5),
	};
	return cb->fn(cb->ctx, &s, err);
}

int store_each_suite(struct store *st, const char *run,
		     int (*fn)(void *ctx, const struct store_suite *s, struct tri_err *err),
		     void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_SUITES, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	return each_row(st, q, suite_row, &(struct suite_cb){ fn, ctx }, err);
}

int store_put_item(struct store *st, const char *hash, const char *id, const char *json,
		   struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_ITEM_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, hash);
	bind_text(q, 2, id);
	bind_text(q, 3, json);
	return step_done(st, q, err);
}

static int item_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct item_cb *cb = arg;
	return cb->fn(cb->ctx, col_text(q, 0), col_text(q, 1), err);
}

int store_each_run_item(struct store *st, const char *run,
			int (*fn)(void *ctx, const char *suite, const char *item_json,
				  struct tri_err *err),
			void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_RUN_ITEMS, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	return each_row(st, q, item_row, &(struct item_cb){ fn, ctx }, err);
}

int store_put_task(struct store *st, const char *run, const struct store_task *t,
		   struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_TASK_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, t->model);
	bind_text(q, 3, t->suite);
	bind_text(q, 4, t->item);
	bind_text(q, 5, t->item_hash);
	sqlite3_bind_int64(q, 6, t->sample);
	sqlite3_bind_int64(q, 7, t->ord);
	bind_text(q, 8, t->request_hash);
	sqlite3_bind_text(q, 9, t->request, (int)t->request_len, SQLITE_TRANSIENT);
	sqlite3_bind_int64(q, 10, t->judge_of);
	if (t->rank > 0)
		sqlite3_bind_int64(q, 11, t->rank);
	return step_done(st, q, err);
}

/* A task from columns 0-8: id, model, suite, item, item_hash, sample, ord,
 * request_hash, request. */
static struct store_task task_at(sqlite3_stmt *q)
{
	return (struct store_task){
		.id = sqlite3_column_int64(q, 0), .model = col_text(q, 1), .suite = col_text(q, 2),
		.item = col_text(q, 3), .item_hash = col_text(q, 4),
		.sample = sqlite3_column_int64(q, 5), .ord = sqlite3_column_int64(q, 6),
		.request_hash = col_text(q, 7), .request = col_text(q, 8),
		.request_len = (size_t)sqlite3_column_bytes(q, 8),
	};
}

static int task_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct task_cb *cb = arg;
	struct store_task t = task_at(q);
	return cb->fn(cb->ctx, &t, err);
}

int store_each_pending(struct store *st, const char *run, const char *model, int judge_only,
		       int64_t after, size_t limit,
		       int (*fn)(void *ctx, const struct store_task *t, struct tri_err *err),
		       void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_PENDING, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 2, model, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(q, 3, judge_only != 0);
	sqlite3_bind_int64(q, 4, after);
	sqlite3_bind_int64(q, 5, limit > INT64_MAX ? INT64_MAX : (int64_t)limit);
	return each_row(st, q, task_row, &(struct task_cb){ fn, ctx }, err);
}

/* The one row of a bound count(*) statement into *n. */
static int step_count(struct store *st, sqlite3_stmt *q, int64_t *n, struct tri_err *err)
{
	int r = step_row(st, q, err);
	if (r <= 0)
		return r < 0 ? -1 : err_set(err, TRI_RUNTIME, "%s: count(*) returned no row", st->path);
	*n = sqlite3_column_int64(q, 0);
	done_with(q);
	return 0;
}

int store_count_pending(struct store *st, const char *run, int judge_only, int64_t *n,
			struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_PENDING_COUNT, err);
	*n = 0;
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(q, 2, judge_only != 0);
	return step_count(st, q, n, err);
}

static int ranked_task_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct task_cb *cb = arg;
	struct store_task t = task_at(q);
	t.rank = sqlite3_column_int64(q, 9);
	return cb->fn(cb->ctx, &t, err);
}

int store_each_pending_ranked(struct store *st, const char *run, const char *model, int failed,
			      int64_t after, int64_t rank_max, size_t limit,
			      int (*fn)(void *ctx, const struct store_task *t, struct tri_err *err),
			      void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_PENDING_RANKED, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 2, model, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(q, 3, after);
	sqlite3_bind_int64(q, 4, rank_max);
	sqlite3_bind_int64(q, 5, limit > INT64_MAX ? INT64_MAX : (int64_t)limit);
	sqlite3_bind_text(q, 6, failed ? "failed" : "planned", -1, SQLITE_STATIC);
	return each_row(st, q, ranked_task_row, &(struct task_cb){ fn, ctx }, err);
}

int store_count_pending_ranked(struct store *st, const char *run, const char *model, int failed,
			       int64_t rank_max, int64_t *n, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_PENDING_RANKED_COUNT, err);
	*n = 0;
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 2, model, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(q, 3, rank_max);
	sqlite3_bind_text(q, 4, failed ? "failed" : "planned", -1, SQLITE_STATIC);
	return step_count(st, q, n, err);
}

struct ranked_cb {
	int (*fn)(void *ctx, const struct store_ranked_grade *v, struct tri_err *err);
	void *ctx;
};

static int ranked_grade_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct ranked_cb *cb = arg;
	struct store_ranked_grade g = {
		.rank = sqlite3_column_int64(q, 0), .verdict = col_text(q, 1), .axis = col_text(q, 2),
	};
	return cb->fn(cb->ctx, &g, err);
}

int store_each_ranked_grade(struct store *st, const char *run, const char *model, int64_t after,
			    int64_t rank_max,
			    int (*fn)(void *ctx, const struct store_ranked_grade *g,
				      struct tri_err *err),
			    void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_RANKED_GRADES, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 2, model, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(q, 3, after);
	sqlite3_bind_int64(q, 4, rank_max);
	return each_row(st, q, ranked_grade_row, &(struct ranked_cb){ fn, ctx }, err);
}

int store_put_adaptive(struct store *st, const char *run, const char *state, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_ADAPTIVE_PUT, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 2, state, -1, SQLITE_TRANSIENT);
	sqlite3_bind_double(q, 3, now_wall());
	return step_done(st, q, err);
}

int store_adaptive(struct store *st, const char *run, char **state, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_ADAPTIVE_GET, err);
	*state = NULL;
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	int r = step_row(st, q, err);
	if (r <= 0)
		return r;
	const char *s = col_text(q, 0);
	*state = s ? xstrdup(s) : NULL;
	done_with(q);
	return 0;
}

/* ---- sending ---------------------------------------------------------------- */

int store_put_attempt(struct store *st, int64_t task, const struct store_attempt *a,
		      struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_ATTEMPT_INSERT, err);
	if (!q)
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
	sqlite3_stmt *q = stmt(st, S_RESPONSE_INSERT, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, request_hash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(q, 2, r->ok);
	if (r->http_status)
		sqlite3_bind_int(q, 3, r->http_status);
	bind_text(q, 4, r->text);
	bind_text(q, 5, r->reasoning);
	bind_text(q, 6, r->finish_reason);
	bind_count(q, 7, r->tok_in);
	bind_count(q, 8, r->tok_out);
	bind_count(q, 9, r->tok_reason);
	bind_real(q, 10, r->cost);
	bind_real(q, 11, r->latency);
	bind_real(q, 12, r->ttft);
	bind_real(q, 13, r->reasoning_s);
	bind_text(q, 14, r->meta_json);
	bind_text(q, 15, r->error);
	if (r->raw && r->raw_len)
		sqlite3_bind_blob64(q, 16, r->raw, r->raw_len, SQLITE_TRANSIENT);
	sqlite3_bind_double(q, 17, now_wall());
	bind_text(q, 18, r->tool_calls);
	if (step_done(st, q, err) < 0)
		return -1;
	int64_t rid = sqlite3_last_insert_rowid(st->db);
	if (!(q = stmt(st, S_TASK_ANSWERED, err)))
		return -1;
	sqlite3_bind_int64(q, 1, task);
	sqlite3_bind_text(q, 2, r->ok ? "done" : "failed", -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, rid);
	return step_done(st, q, err);
}

int store_cached_response(struct store *st, const char *request_hash, int64_t *id,
			  struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_CACHED, err);
	*id = 0;
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, request_hash, -1, SQLITE_TRANSIENT);
	int r = step_row(st, q, err);
	if (r < 0)
		return -1;
	if (r == 1) {
		*id = sqlite3_column_int64(q, 0);
		done_with(q);
	}
	return 0;
}

int store_item_json(struct store *st, const char *hash, char **json, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_ITEM_JSON, err);
	*json = NULL;
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, hash, -1, SQLITE_TRANSIENT);
	int r = step_row(st, q, err);
	if (r < 0)
		return -1;
	if (r == 1) {
		const char *j = col_text(q, 0);
		*json = j ? xstrdup(j) : NULL;
		done_with(q);
	}
	if (!*json)
		return err_set(err, TRI_RUNTIME, "the store has no item %s", hash);
	return 0;
}

int store_link_cached(struct store *st, int64_t task, int64_t response, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_LINK_CACHED, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, task);
	sqlite3_bind_int64(q, 2, response);
	return step_done(st, q, err);
}

/* ---- grading ------------------------------------------------------------------ */

static int answer_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct answer_cb *cb = arg;
	struct store_answer a = {
		.task = sqlite3_column_int64(q, 0), .suite = col_text(q, 1), .item = col_text(q, 2),
		.ok = sqlite3_column_int(q, 3), .text = col_text(q, 4), .reasoning = col_text(q, 5),
		.error = col_text(q, 6), .tool_calls = col_text(q, 7), .item_json = col_text(q, 8),
	};
	return cb->fn(cb->ctx, &a, err);
}

int store_each_answer(struct store *st, const char *run, int regrade,
		      int (*fn)(void *ctx, const struct store_answer *a, struct tri_err *err),
		      void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, regrade ? S_ANSWERS_ALL : S_ANSWERS_NEW, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	return each_row(st, q, answer_row, &(struct answer_cb){ fn, ctx }, err);
}

int store_put_grade(struct store *st, int64_t task, const struct store_grade *g,
		    struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_GRADE_INSERT, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, task);
	bind_text(q, 2, g->verdict);
	sqlite3_bind_double(q, 3, g->score);
	bind_real(q, 4, g->confidence);
	bind_text(q, 5, g->evidence);
	bind_text(q, 6, g->grader);
	sqlite3_bind_double(q, 7, now_wall());
	sqlite3_bind_int(q, 8, g->hedged);
	sqlite3_bind_int(q, 9, g->uncertain);
	bind_text(q, 10, g->det_verdict);
	sqlite3_bind_int(q, 11, g->judged);
	bind_text(q, 12, g->fault);
	return step_done(st, q, err);
}

/* ---- reading a run ---------------------------------------------------------------- */

static int outcome_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct outcome_cb *cb = arg;
	struct store_outcome o = {
		.model = col_text(q, 0), .suite = col_text(q, 1), .axis = col_text(q, 2),
		.item = col_text(q, 3), .item_json = col_text(q, 4),
		.sample = sqlite3_column_int64(q, 5),
		.graded = sqlite3_column_type(q, 6) != SQLITE_NULL, .verdict = col_text(q, 6),
		.score = col_real(q, 7), .confidence = col_real(q, 8),
		.tok_in = col_count(q, 9), .tok_out = col_count(q, 10), .tok_reason = col_count(q, 11),
		.latency = col_real(q, 12), .ttft = col_real(q, 13), .reasoning_s = col_real(q, 14),
		.cost = col_real(q, 15), .price_in = col_real(q, 16), .price_out = col_real(q, 17),
		.ok = sqlite3_column_int(q, 18), .grader = col_text(q, 19),
		.hedged = sqlite3_column_int(q, 20), .uncertain = sqlite3_column_int(q, 21),
		.det_verdict = col_text(q, 22), .judged = sqlite3_column_int(q, 23),
		.evidence = col_text(q, 24), .answered = sqlite3_column_type(q, 18) != SQLITE_NULL,
		.text = col_text(q, 25), .tool_calls = col_text(q, 26), .fault = col_text(q, 27),
	};
	return cb->fn(cb->ctx, &o, err);
}

int store_each_outcome(struct store *st, const char *run,
		       int (*fn)(void *ctx, const struct store_outcome *o, struct tri_err *err),
		       void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_OUTCOMES, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	return each_row(st, q, outcome_row, &(struct outcome_cb){ fn, ctx }, err);
}

int store_model_simulated(struct store *st, const char *run, const char *model, int *yes,
			  struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_SIMULATED, err);
	*yes = 0;
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 2, model, -1, SQLITE_TRANSIENT);
	int r = step_row(st, q, err);
	if (r < 0)
		return -1;
	if (r == 1) {
		*yes = 1;
		done_with(q);
	}
	return 0;
}

int store_model_counts(struct store *st, const char *run, const char *model,
		       struct store_task_counts *c, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, model ? S_COUNTS : S_RUN_COUNTS, err);
	memset(c, 0, sizeof(*c));
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	if (model)
		sqlite3_bind_text(q, 2, model, -1, SQLITE_TRANSIENT);
	int r = step_row(st, q, err);
	if (r <= 0)
		return r;
	c->tasks = sqlite3_column_int64(q, 0);
	c->done = sqlite3_column_int64(q, 1);
	c->cached = sqlite3_column_int64(q, 2);
	c->failed = sqlite3_column_int64(q, 3);
	c->pending = sqlite3_column_int64(q, 4);
	done_with(q);
	return 0;
}

static int failure_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct failure_cb *cb = arg;
	struct store_failure f = {
		.error_class = col_text(q, 0), .tasks = sqlite3_column_int64(q, 1),
		.first_error = col_text(q, 2),
	};
	return cb->fn(cb->ctx, &f, err);
}

int store_each_failure(struct store *st, const char *run, const char *model,
		       int (*fn)(void *ctx, const struct store_failure *f, struct tri_err *err),
		       void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_FAILURES, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 2, model, -1, SQLITE_TRANSIENT);
	return each_row(st, q, failure_row, &(struct failure_cb){ fn, ctx }, err);
}

static int class_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct class_cb *cb = arg;
	return cb->fn(cb->ctx, col_text(q, 0), sqlite3_column_int64(q, 1), err);
}

int store_each_failed_attempt_class(struct store *st, const char *run, const char *model,
				    int (*fn)(void *ctx, const char *cls, int64_t n,
					      struct tri_err *err),
				    void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_FAILED_ATTEMPTS, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 2, model, -1, SQLITE_TRANSIENT);
	return each_row(st, q, class_row, &(struct class_cb){ fn, ctx }, err);
}

/* ---- judging ------------------------------------------------------------------------ */

int store_judge_model(struct store *st, const char *run,
		      int (*fn)(void *ctx, const struct store_model *m, struct tri_err *err),
		      void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_JUDGE_MODEL, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	return each_row(st, q, model_row, &(struct model_cb){ fn, ctx }, err);
}

static int queue_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct queue_cb *cb = arg;
	struct store_judge_queue t = {
		.task = sqlite3_column_int64(q, 0), .model = col_text(q, 1), .suite = col_text(q, 2),
		.item = col_text(q, 3), .item_hash = col_text(q, 4),
		.sample = sqlite3_column_int64(q, 5), .text = col_text(q, 6), .grader = col_text(q, 7),
		.item_json = col_text(q, 8),
	};
	return cb->fn(cb->ctx, &t, err);
}

int store_each_judge_queue(struct store *st, const char *run, int fallback,
			  int (*fn)(void *ctx, const struct store_judge_queue *t,
				    struct tri_err *err),
			  void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_JUDGE_QUEUE, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(q, 2, fallback != 0);
	return each_row(st, q, queue_row, &(struct queue_cb){ fn, ctx }, err);
}

static int reply_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct reply_cb *cb = arg;
	struct store_judge_reply r = {
		.task = sqlite3_column_int64(q, 0), .suite = col_text(q, 1), .item = col_text(q, 2),
		.ok = sqlite3_column_int(q, 3), .text = col_text(q, 4), .error = col_text(q, 5),
		.verdict = col_text(q, 6), .grader = col_text(q, 7), .det_verdict = col_text(q, 8),
		.hedged = sqlite3_column_int(q, 9), .uncertain = sqlite3_column_int(q, 10),
		.confidence = col_real(q, 11), .evidence = col_text(q, 12), .item_json = col_text(q, 13),
	};
	return cb->fn(cb->ctx, &r, err);
}

int store_each_judge_reply(struct store *st, const char *run, int all,
			   int (*fn)(void *ctx, const struct store_judge_reply *r,
				     struct tri_err *err),
			   void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, all ? S_JUDGE_REPLIES_ALL : S_JUDGE_REPLIES_NEW, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	return each_row(st, q, reply_row, &(struct reply_cb){ fn, ctx }, err);
}

static int call_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct call_cb *cb = arg;
	struct store_judge_call c = {
		.state = col_text(q, 0), .answered = sqlite3_column_type(q, 1) != SQLITE_NULL,
		.ok = sqlite3_column_int(q, 1), .tok_in = col_count(q, 2), .tok_out = col_count(q, 3),
		.tok_reason = col_count(q, 4), .cost = col_real(q, 5), .price_in = col_real(q, 6),
		.price_out = col_real(q, 7),
	};
	return cb->fn(cb->ctx, &c, err);
}

int store_each_judge_call(struct store *st, const char *run,
			  int (*fn)(void *ctx, const struct store_judge_call *c,
				    struct tri_err *err),
			  void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_JUDGE_CALLS, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	return each_row(st, q, call_row, &(struct call_cb){ fn, ctx }, err);
}

/* ---- items, one row per model and sample -------------------------------------- */

static int item_row_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct item_row_cb *cb = arg;
	struct store_item_row r = {
		.model = col_text(q, 0), .suite = col_text(q, 1), .item = col_text(q, 2),
		.sample = sqlite3_column_int64(q, 3), .state = col_text(q, 4),
		.item_json = col_text(q, 5),
		.answered = sqlite3_column_type(q, 6) != SQLITE_NULL, .ok = sqlite3_column_int(q, 6),
		.text = col_text(q, 7), .reasoning = col_text(q, 8), .error = col_text(q, 9),
		.verdict = col_text(q, 10), .grader = col_text(q, 11), .evidence = col_text(q, 12),
		.confidence = col_real(q, 13), .hedged = sqlite3_column_int(q, 14),
		.uncertain = sqlite3_column_int(q, 15), .judged = sqlite3_column_int(q, 16),
		.det_verdict = col_text(q, 17), .tok_in = col_count(q, 18), .tok_out = col_count(q, 19),
		.tok_reason = col_count(q, 20), .latency = col_real(q, 21), .cost = col_real(q, 22),
		.price_in = col_real(q, 23), .price_out = col_real(q, 24), .axis = col_text(q, 25),
		.request = col_text(q, 26), .tool_calls = col_text(q, 27), .fault = col_text(q, 28),
	};
	return cb->fn(cb->ctx, &r, err);
}

int store_each_item_row(struct store *st, const char *run, const char *item, const char *model,
			int (*fn)(void *ctx, const struct store_item_row *r, struct tri_err *err),
			void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_ITEM_ROWS, err);
	if (!q)
		return -1;
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	bind_text(q, 2, item);
	bind_text(q, 3, model);
	return each_row(st, q, item_row_row, &(struct item_row_cb){ fn, ctx }, err);
}

/* ---- batches ------------------------------------------------------------------ */

int store_put_batch(struct store *st, const char *run, const struct store_batch *b,
		    struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_BATCH_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, b->id);
	bind_text(q, 2, run);
	bind_text(q, 3, b->model);
	bind_text(q, 4, b->api);
	bind_text(q, 5, b->input_file);
	bind_text(q, 6, b->state);
	sqlite3_bind_double(q, 7, b->submitted);
	sqlite3_bind_int64(q, 8, b->n_tasks);
	return step_done(st, q, err);
}

int store_batch_task(struct store *st, int64_t task, const char *batch, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_BATCH_TASK, err);
	if (!q)
		return -1;
	sqlite3_bind_int64(q, 1, task);
	bind_text(q, 2, batch);
	return step_done(st, q, err);
}

int store_update_batch(struct store *st, const struct store_batch *b, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_BATCH_UPDATE, err);
	if (!q)
		return -1;
	bind_text(q, 1, b->id);
	bind_text(q, 2, b->state);
	bind_real(q, 3, b->checked);
	bind_real(q, 4, b->ended);
	bind_text(q, 5, b->output_file);
	bind_text(q, 6, b->error_file);
	bind_text(q, 7, b->counts);
	sqlite3_bind_int(q, 8, b->done != 0);
	return step_done(st, q, err);
}

struct batch_cb {
	int (*fn)(void *ctx, const struct store_batch *v, struct tri_err *err);
	void *ctx;
};

static int batch_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct batch_cb *cb = arg;
	struct store_batch b = {
		.id = col_text(q, 0), .model = col_text(q, 1), .api = col_text(q, 2),
		.input_file = col_text(q, 3), .state = col_text(q, 4), .submitted = col_real(q, 5),
		.checked = col_real(q, 6), .ended = col_real(q, 7), .n_tasks = col_count(q, 8),
		.output_file = col_text(q, 9), .error_file = col_text(q, 10),
		.counts = col_text(q, 11), .done = sqlite3_column_int(q, 12),
	};
	return cb->fn(cb->ctx, &b, err);
}

int store_each_batch(struct store *st, const char *run, int open_only,
		     int (*fn)(void *ctx, const struct store_batch *b, struct tri_err *err),
		     void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_BATCHES, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	sqlite3_bind_int(q, 2, open_only != 0);
	return each_row(st, q, batch_row, &(struct batch_cb){ fn, ctx }, err);
}

static int batchable_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct task_cb *cb = arg;
	struct store_task t = task_at(q);
	t.attempts = sqlite3_column_int64(q, 9);
	t.last_class = col_text(q, 10);
	return cb->fn(cb->ctx, &t, err);
}

int store_each_batchable(struct store *st, const char *run, const char *model, int64_t after_ord,
			 int64_t limit,
			 int (*fn)(void *ctx, const struct store_task *t, struct tri_err *err),
			 void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_BATCHABLE, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, model);
	sqlite3_bind_int64(q, 3, after_ord);
	sqlite3_bind_int64(q, 4, limit);
	return each_row(st, q, batchable_row, &(struct task_cb){ fn, ctx }, err);
}

struct batch_task_cb {
	int (*fn)(void *ctx, int64_t task, const char *hash, int64_t attempts, struct tri_err *err);
	void *ctx;
};

static int batch_task_row(sqlite3_stmt *q, void *arg, struct tri_err *err)
{
	const struct batch_task_cb *cb = arg;
	return cb->fn(cb->ctx, sqlite3_column_int64(q, 0), col_text(q, 1),
		      sqlite3_column_int64(q, 2), err);
}

int store_each_batch_task(struct store *st, const char *batch,
			  int (*fn)(void *ctx, int64_t task, const char *request_hash,
				    int64_t attempts, struct tri_err *err),
			  void *ctx, struct tri_err *err)
{
	sqlite3_stmt *q = stmt(st, S_BATCH_OPEN_TASKS, err);
	if (!q)
		return -1;
	bind_text(q, 1, batch);
	return each_row(st, q, batch_task_row, &(struct batch_task_cb){ fn, ctx }, err);
}

/* ---- spending ----------------------------------------------------------------- */

int store_run_spend(struct store *st, const char *run, double *usd, struct tri_err *err)
{
	/* prepared here and not kept: read once per sending */
	static const char q_sql[] =
		"SELECT coalesce(sum(coalesce(r.cost, (r.tok_in * m.price_in + r.tok_out * m.price_out)"
		"  / 1e6)), 0) FROM tasks t JOIN responses r ON r.id = t.response"
		"  JOIN models m ON m.run = t.run AND m.id = t.model"
		" WHERE t.run = ?1 AND t.state IN ('done', 'failed')";
	sqlite3_stmt *q = NULL;
	*usd = 0;
	int rc = sqlite3_prepare_v2(st->db, q_sql, -1, &q, NULL);
	if (rc != SQLITE_OK)
		return fail(st, rc, err);
	sqlite3_bind_text(q, 1, run, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*usd = sqlite3_column_double(q, 0);
	sqlite3_finalize(q);
	return rc == SQLITE_ROW ? 0 : fail(st, rc, err);
}
