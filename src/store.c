/* store.c -- the store: every typed function of store.h, over a driver.
 *
 * The SQL here is what SQLite and PostgreSQL both accept; each driver
 * (store_driver.h) holds its schema and the few statements whose text
 * differs (the lists of a run's models and suites, reading JSON). The
 * NULL conventions are made here, once: a real that is NaN and a count
 * below 0 are stored as NULL and read back as NaN and -1.
 *
 * Every statement is prepared once, on first use, and kept in st->stmt
 * for the life of the connection: a run of a million tasks parses each
 * SQL text once. A statement is reset and its bindings cleared after
 * every use, so that it never holds a read transaction open between
 * calls. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>
#include "util.h"
#include "buf.h"
#include "store.h"
#include "store_driver.h"

/* What response r of model m cost: the provider's figure, else its tokens
 * at the model's prices (per million); NULL when neither is known. */
#define RESPONSE_COST "coalesce(r.cost, (r.tok_in * m.price_in + r.tok_out * m.price_out) / 1e6)"

/* The counts of a run's (or a model's) tasks by state. */
#define COUNT_STATES \
	"coalesce(sum(CASE WHEN state = 'done' THEN 1 ELSE 0 END), 0), " \
	"coalesce(sum(CASE WHEN state = 'cached' THEN 1 ELSE 0 END), 0), " \
	"coalesce(sum(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), 0), " \
	"coalesce(sum(CASE WHEN state = 'planned' THEN 1 ELSE 0 END), 0) "

static const char *const sql[S__COUNT] = {
	[S_RUN_IDS] = "SELECT id FROM runs WHERE id LIKE CAST(?1 AS TEXT) || '%'",
	[S_RUN_INSERT] = "INSERT INTO runs(id, started, status, config, tool_version, argv) "
		"VALUES (?1, ?2, 'running', ?3, ?4, ?5)",
	[S_RUN_FINISH] = "UPDATE runs SET finished = ?2, status = ?3 WHERE id = ?1",
	[S_RUN_LATEST] = "SELECT id FROM runs ORDER BY started DESC, rowid DESC LIMIT 1",
	[S_RUN_LATEST_RUNNING] = "SELECT id FROM runs WHERE status IN ('running', 'failed') "
		"ORDER BY started DESC, rowid DESC LIMIT 1",
	[S_RUN_BY_ID] = "SELECT id FROM runs WHERE id = ?1",
	[S_RUN_INFO] = "SELECT id, status, config, tool_version, started, finished FROM runs "
		"WHERE id = ?1",
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
	[S_ITEM_INSERT] = "INSERT INTO items(hash, id, json) VALUES (?1,?2,?3) "
		"ON CONFLICT(hash) DO NOTHING",
	[S_RUN_ITEMS] = "SELECT t.suite, i.json FROM tasks t JOIN items i ON i.hash = t.item_hash "
		"WHERE t.run = ?1 GROUP BY t.suite, i.hash ORDER BY min(t.ord)",
	[S_TASK_INSERT] = "INSERT INTO tasks(run, model, suite, item, item_hash, sample, ord, "
		"request_hash, request, judge_of, rank) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
	/* a judge's task: another worker may have planned it meanwhile */
	[S_JUDGE_TASK_INSERT] = "INSERT INTO tasks(run, model, suite, item, item_hash, sample, ord, "
		"request_hash, request, judge_of, rank) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11) "
		"ON CONFLICT DO NOTHING",
	[S_PENDING_COUNT] = "SELECT count(*) FROM tasks WHERE run = ?1 "
		"AND state IN ('planned', 'failed') AND (?2 = 0 OR judge_of != 0)",
	[S_ATTEMPT_INSERT] = "INSERT INTO attempts(task, n, started, duration, http_status, "
		"error_class, error, retry_after) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
	[S_RESPONSE_INSERT] = "INSERT INTO responses(request_hash, ok, http_status, text, reasoning, "
		"finish_reason, tok_in, tok_out, tok_reason, cost, latency, ttft, reasoning_s, "
		"meta, error, raw, created, tool_calls) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,"
		"?13,?14,?15,?16,?17,?18) RETURNING id",
	/* fenced: only the worker holding the task's lease (or anyone, when
	 * nobody does) answers it, and only once */
	[S_TASK_ANSWERED] = "UPDATE tasks SET state = ?2, response = ?3, lease_owner = NULL, "
		"lease_until = NULL WHERE id = ?1 AND state IN ('planned', 'failed') "
		"AND (lease_owner IS NULL OR lease_owner = ?4)",
	[S_CACHED] = "SELECT id FROM responses WHERE request_hash = ?1 AND ok = 1 ORDER BY id LIMIT 1",
	[S_ITEM_JSON] = "SELECT json FROM items WHERE hash = ?1",
	[S_LINK_CACHED] = "UPDATE tasks SET state = 'cached', response = ?2, lease_owner = NULL, "
		"lease_until = NULL WHERE id = ?1 AND state IN ('planned', 'failed') "
		"AND (lease_owner IS NULL OR lease_owner = ?3)",
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
	[S_GRADE_INSERT] = "INSERT INTO grades(task, verdict, score, confidence, "
		"evidence, grader, graded, hedged, uncertain, det_verdict, judged, fault) "
		"VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12) ON CONFLICT(task) DO UPDATE SET "
		"verdict = excluded.verdict, score = excluded.score, confidence = excluded.confidence, "
		"evidence = excluded.evidence, grader = excluded.grader, graded = excluded.graded, "
		"hedged = excluded.hedged, uncertain = excluded.uncertain, "
		"det_verdict = excluded.det_verdict, judged = excluded.judged, fault = excluded.fault",
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
	[S_COUNTS] = "SELECT count(*), "
		COUNT_STATES
		"FROM tasks WHERE run = ?1 AND model = ?2",
	[S_RUN_COUNTS] = "SELECT count(*), "
		COUNT_STATES
		"FROM tasks WHERE run = ?1",
	[S_FAILURES] = "SELECT cls, n, (SELECT error FROM attempts WHERE id = first) FROM ("
		"SELECT coalesce(a.error_class, 'unknown') AS cls, count(*) AS n, min(a.id) AS first "
		"FROM tasks t JOIN attempts a ON a.id = "
		"(SELECT max(id) FROM attempts WHERE task = t.id) "
		"WHERE t.run = ?1 AND t.model = ?2 AND t.state = 'failed' GROUP BY cls) AS f "
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
		"AND (g.grader = 'judge' OR (?2 <> 0 AND g.uncertain = 1)) "
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
		"WHERE t.run = ?1 AND t.judge_of = 0 AND (CAST(?2 AS TEXT) IS NULL OR t.item = ?2 "
		"OR t.suite || '/' || t.item = ?2) AND (CAST(?3 AS TEXT) IS NULL OR t.model = ?3) ORDER BY t.ord",
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
	[S_ADAPTIVE_PUT] = "INSERT INTO adaptive(run, state, updated) VALUES (?1, ?2, ?3) "
		"ON CONFLICT(run) DO UPDATE SET state = excluded.state, updated = excluded.updated",
	[S_ADAPTIVE_GET] = "SELECT state FROM adaptive WHERE run = ?1",
	/* every judge call of the run with its usage */
	[S_JUDGE_CALLS] = "SELECT j.state, r.ok, r.tok_in, r.tok_out, r.tok_reason, r.cost, "
		"m.price_in, m.price_out FROM tasks j JOIN models m ON m.run = j.run AND m.id = j.model "
		"LEFT JOIN responses r ON r.id = j.response "
		"WHERE j.run = ?1 AND j.judge_of != 0 ORDER BY j.ord",
	/* what the run's answers cost (the cache's are not spent by this run) */
	[S_SPEND] = "SELECT coalesce(sum(" RESPONSE_COST "), 0) FROM tasks t "
		"JOIN responses r ON r.id = t.response JOIN models m ON m.run = t.run AND m.id = t.model "
		"WHERE t.run = ?1 AND t.state IN ('done', 'failed')",
	/* the answers the cache gave the run, and what those with a known
	 * cost cost when they were sent */
	[S_CACHE_SAVED] = "SELECT count(*), count(" RESPONSE_COST "), "
		"coalesce(sum(" RESPONSE_COST "), 0) FROM tasks t "
		"JOIN responses r ON r.id = t.response JOIN models m ON m.run = t.run AND m.id = t.model "
		"WHERE t.run = ?1 AND t.state = 'cached'",
	/* copying a run between stores (store_copy_run), every column */
	[S_COPY_RUN] = "SELECT id, started, finished, status, config, tool_version, argv FROM runs "
		"WHERE id = ?1",
	/* the same run in another store: its start and its configuration */
	[S_COPY_RUN_FIND] = "SELECT id FROM runs WHERE started = ?1 AND config = ?2 "
		"AND tool_version = ?3",
	[S_COPY_RUN_PUT] = "INSERT INTO runs(id, started, finished, status, config, tool_version, "
		"argv) VALUES (?1,?2,?3,?4,?5,?6,?7)",
	[S_COPY_MODELS] = "SELECT id, spec, provider, name, base_url, settings, size_total, "
		"size_active, price_in, price_out, role FROM models WHERE run = ?1 ORDER BY rowid",
	[S_COPY_ITEMS] = "SELECT hash, id, json FROM items WHERE hash IN "
		"(SELECT item_hash FROM tasks WHERE run = ?1) ORDER BY hash",
	/* the run's responses, an earlier run's that the cache answered with too */
	[S_COPY_RESPONSES] = "SELECT id, request_hash, ok, http_status, text, reasoning, "
		"finish_reason, tok_in, tok_out, tok_reason, cost, latency, ttft, reasoning_s, meta, "
		"error, raw, created, tool_calls FROM responses WHERE id IN "
		"(SELECT response FROM tasks WHERE run = ?1) ORDER BY id",
	[S_COPY_RESPONSE_FIND] = "SELECT id FROM responses WHERE request_hash = ?1 AND created = ?2 "
		"AND ok = ?3 ORDER BY id LIMIT 1",
	[S_COPY_TASKS] = "SELECT id, model, suite, item, item_hash, sample, ord, request_hash, "
		"request, state, response, judge_of, batch, rank FROM tasks WHERE run = ?1 ORDER BY id",
	[S_COPY_TASK_PUT] = "INSERT INTO tasks(run, model, suite, item, item_hash, sample, ord, "
		"request_hash, request, state, response, judge_of, batch, rank) "
		"VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14) RETURNING id",
	[S_COPY_ATTEMPTS] = "SELECT a.task, a.n, a.started, a.duration, a.http_status, "
		"a.error_class, a.error, a.retry_after FROM attempts a JOIN tasks t ON t.id = a.task "
		"WHERE t.run = ?1 ORDER BY a.id",
	[S_COPY_GRADES] = "SELECT g.task, g.verdict, g.score, g.confidence, g.evidence, g.grader, "
		"g.graded, g.hedged, g.uncertain, g.det_verdict, g.judged, g.fault FROM grades g "
		"JOIN tasks t ON t.id = g.task WHERE t.run = ?1 ORDER BY g.task",
	/* several workers on one run (store.h) */
	[S_UNGRADED_COUNT] = "SELECT count(*) FROM tasks t LEFT JOIN grades g ON g.task = t.id "
		"WHERE t.run = ?1 AND t.judge_of = 0 AND t.state IN ('done', 'cached', 'failed') "
		"AND g.task IS NULL",
	[S_RESPONSE_MARK] = "SELECT coalesce(max(id), 0) FROM responses",
	[S_CLAIM] = "UPDATE tasks SET lease_owner = ?6, lease_until = ?7 WHERE id IN ("
		"SELECT id FROM tasks WHERE run = ?1 AND model = ?2 AND state IN ('planned', 'failed') "
		"AND (?3 = 0 OR judge_of != 0) AND (state = 'planned' OR coalesce(response, 0) <= ?4) "
		"AND (lease_until IS NULL OR lease_until < ?8) ORDER BY ord LIMIT ?5) "
		"RETURNING id, model, suite, item, item_hash, sample, ord, request_hash, request",
	[S_RENEW] = "UPDATE tasks SET lease_until = ?3 WHERE lease_owner = ?2 AND run = ?1 "
		"AND state IN ('planned', 'failed')",
	[S_RELEASE] = "UPDATE tasks SET lease_owner = NULL, lease_until = NULL "
		"WHERE lease_owner = ?2 AND run = ?1 AND state IN ('planned', 'failed')",
	[S_HELD] = "SELECT count(*) FROM tasks WHERE lease_owner IS NOT NULL AND lease_owner != ?2 "
		"AND run = ?1 AND lease_until >= ?3 AND state IN ('planned', 'failed') "
		"AND (?4 = 0 OR judge_of != 0)",
	[S_LEASE_OWNERS] = "SELECT DISTINCT lease_owner FROM tasks WHERE lease_owner IS NOT NULL "
		"AND run = ?1 AND state IN ('planned', 'failed')",
	[S_RUN_HOLD] = "UPDATE runs SET worker = ?2, worker_until = ?3 WHERE id = ?1 "
		"AND (worker IS NULL OR worker = ?2 OR worker_until < ?4)",
	[S_RUN_HOLDER] = "SELECT worker FROM runs WHERE id = ?1",
	[S_RUN_UNHOLD] = "UPDATE runs SET worker = NULL, worker_until = NULL "
		"WHERE id = ?1 AND worker = ?2",
	[S_PACE_ADD] = "INSERT INTO pacing(key, req_at, tok_at) VALUES (?1, 0, 0) "
		"ON CONFLICT(key) DO NOTHING",
};

_Static_assert(S__COUNT <= STORE_STMTS, "room for every statement in st->stmt");


static struct store_q *stmt(struct store *st, enum sid id, struct tri_err *err)
{
	if (st->stmt[id])
		return st->stmt[id];
	const char *text = st->drv->sql[id] ? st->drv->sql[id] : sql[id];
	if (!text) {
		err_set(err, TRI_RUNTIME, "%s: the %s store has no statement %d", st->path,
			st->drv->name, (int)id);
		return NULL;
	}
	return st->stmt[id] = st->drv->prepare(st, text, err);
}

static void done_with(struct store_q *q)
{
	q->drv->done(q);
}

/* Step a statement that returns no rows (or one that is ignored). */
static int step_done(struct store_q *q, struct tri_err *err)
{
	int r = q->drv->step(q, 0, err);
	done_with(q);
	return r < 0 ? -1 : 0;
}

/* Step a statement expected to return at most one row: 1 with a row (the
 * caller reads it, then calls done_with), 0 without (already reset), -1. */
static int step_row(struct store_q *q, struct tri_err *err)
{
	int r = q->drv->step(q, 0, err);
	if (r != 1)
		done_with(q);
	return r;
}

/* Step a fenced update: 0 when it changed its row, 1 when the fence
 * held it back. */
static int step_fenced(struct store_q *q, struct tri_err *err)
{
	int r = q->drv->step(q, 0, err);
	int64_t n = r < 0 ? 0 : q->drv->changes(q);
	done_with(q);
	return r < 0 ? -1 : n > 0 ? 0 : 1;
}

static void bind_text(struct store_q *q, int i, const char *s)
{
	if (s)
		q->drv->bind_text(q, i, s, strlen(s));
	else
		q->drv->bind_null(q, i);
}

static void bind_real(struct store_q *q, int i, double v)
{
	if (isnan(v))
		q->drv->bind_null(q, i);
	else
		q->drv->bind_real(q, i, v);
}

static void bind_count(struct store_q *q, int i, int64_t v)
{
	if (v < 0)
		q->drv->bind_null(q, i);
	else
		q->drv->bind_int(q, i, v);
}

static int col_null(struct store_q *q, int i)
{
	return q->drv->is_null(q, i);
}

static const char *col_text(struct store_q *q, int i)
{
	return q->drv->col_text(q, i);
}

static size_t col_bytes(struct store_q *q, int i)
{
	return q->drv->col_bytes(q, i);
}

static int64_t col_int(struct store_q *q, int i)
{
	return q->drv->col_int(q, i);
}

static double col_real(struct store_q *q, int i)
{
	return col_null(q, i) ? NAN : q->drv->col_real(q, i);
}

static int64_t col_count(struct store_q *q, int i)
{
	return col_null(q, i) ? -1 : q->drv->col_int(q, i);
}

/* Run q (bound) and call row(q) for each row; stop at the first error.
 * row may use the store: the driver reads the rows so that it can. */
/* Every row of q to row(); with many, row may use the store between two
 * rows (store_driver.h). */
static int rows_to(struct store_q *q, int many,
		   int (*row)(struct store_q *q, void *arg, struct tri_err *err),
		   void *arg, struct tri_err *err)
{
	int r;
	while ((r = q->drv->step(q, many, err)) == 1) {
		if (row(q, arg, err) < 0) {
			done_with(q);
			return -1;
		}
	}
	done_with(q);
	return r;
}

static int each_row(struct store_q *q,
		    int (*row)(struct store_q *q, void *arg, struct tri_err *err),
		    void *arg, struct tri_err *err)
{
	return rows_to(q, 1, row, arg, err);
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

const char *store_default_path(void)
{
	const char *e = getenv("TRILEMMA_DB");
	return e && *e ? e : "trilemma.db";
}

/* Whether the query key k (n bytes, percent-encoded) names a password. */
static int password_key(const char *k, size_t n)
{
	char key[32];
	size_t m = 0;
	for (size_t i = 0; i < n && m + 1 < sizeof(key); i++) {
		unsigned v;
		if (k[i] == '%' && i + 2 < n && sscanf(k + i + 1, "%2x", &v) == 1) {
			key[m++] = (char)v;
			i += 2;
		} else {
			key[m++] = k[i];
		}
	}
	key[m] = 0;
	return !strcasecmp(key, "password") || !strcasecmp(key, "sslpassword");
}

/* The authority of a URL ends at the first '/' (libpq's reading: a '?' or
 * an '@' may be in a password); its user information at its last '@'. The
 * query's parameters are split at '&'. */
char *store_redacted(const char *s)
{
	const char *auth = strstr(s, "://");
	if (!auth)
		return xstrdup(s);
	struct buf b = BUF_INIT;
	const char *host = auth + 3, *end = host + strcspn(host, "/"), *at = NULL;
	for (const char *p = host; p < end; p++)
		if (*p == '@')
			at = p;
	const char *colon = at ? memchr(host, ':', (size_t)(at - host)) : NULL;
	if (colon) {
		buf_add(&b, s, (size_t)(colon - s));
		buf_adds(&b, ":***");
		buf_add(&b, at, (size_t)(end - at));
	} else {
		buf_add(&b, s, (size_t)(end - s));
	}
	const char *q = strchr(end, '?');
	if (!q) {
		buf_adds(&b, end);
		return buf_detach(&b);
	}
	buf_add(&b, end, (size_t)(q + 1 - end));
	for (const char *p = q + 1; *p;) {
		size_t n = strcspn(p, "&"), k = strcspn(p, "=&");
		if (k < n && password_key(p, k)) {
			buf_add(&b, p, k);
			buf_adds(&b, "=***");
		} else {
			buf_add(&b, p, n);
		}
		p += n;
		if (*p == '&')
			buf_addc(&b, *p++);
	}
	return buf_detach(&b);
}

int store_is_url(const char *target)
{
	return !strncmp(target, "postgresql://", 13) || !strncmp(target, "postgres://", 11);
}

/* This connection's name on the leases it takes: the machine
 * ($TRILEMMA_WORKER, else the host name), the process, and a random part,
 * so two connections never share one. */
static void name_worker(struct store *st)
{
	char host[64] = "";
	const char *env = getenv("TRILEMMA_WORKER");
	uint64_t r = 0;
	if (env && *env)
		snprintf(host, sizeof(host), "%s", env);
	else if (gethostname(host, sizeof(host)) < 0 || !host[0])
		snprintf(host, sizeof(host), "host");
	host[sizeof(host) - 1] = 0;
	for (char *c = host; *c; c++)
		if (*c == ':' || (unsigned char)*c < 0x20)
			*c = '-';
	if (getrandom(&r, sizeof(r), 0) != (ssize_t)sizeof(r))
		r = (uint64_t)(now_wall() * 1e6) ^ (uint64_t)getpid() << 32;
	snprintf(st->worker, sizeof(st->worker), "%s:%ld:%08" PRIx32, host, (long)getpid(),
		 (uint32_t)r);
}

int store_open(struct store *st, const char *target, enum store_mode mode, struct tri_err *err)
{
	memset(st, 0, sizeof(*st));
	st->mode = mode;
	st->drv = store_is_url(target) ? &store_pg_driver : &store_sqlite_driver;
	name_worker(st);
	if (st->drv->open(st, target, err) < 0) {
		store_close(st);
		return -1;
	}
	return 0;
}

void store_close(struct store *st)
{
	if (!st || !st->drv)
		return;
	for (size_t i = 0; i < STORE_STMTS; i++)
		if (st->stmt[i])
			st->drv->finalize(st->stmt[i]);
	st->drv->close(st);
	free(st->path);
	memset(st, 0, sizeof(*st));
}

int store_begin(struct store *st, struct tri_err *err)
{
	if (st->in_tx)
		return 0;
	if (st->drv->exec(st, st->drv->begin, err) < 0)
		return -1;
	st->in_tx = 1;
	return 0;
}

int store_commit(struct store *st, struct tri_err *err)
{
	if (!st->in_tx)
		return 0;
	st->in_tx = 0;
	if (st->drv->exec(st, "COMMIT", err) < 0) {
		st->drv->exec(st, "ROLLBACK", &(struct tri_err){ 0 });
		return -1;
	}
	return 0;
}

void store_rollback(struct store *st)
{
	if (st->in_tx)
		st->drv->exec(st, "ROLLBACK", &(struct tri_err){ 0 });
	st->in_tx = 0;
}

/* ---- runs ------------------------------------------------------------------- */

/* The next free id "PREFIXN" (prefix "r-YYYYMMDD-"). In a transaction,
 * the driver's lock makes the id this transaction's alone until it ends
 * (SQLite's one writer holds it already; PostgreSQL takes a lock). */
static int next_run_id(struct store *st, const char *prefix, struct buf *rid,
		       struct tri_err *err)
{
	long n = 1;
	int rc;
	struct store_q *q;
	if ((st->in_tx && st->drv->lock_runs && st->drv->lock_runs(st, err) < 0) ||
	    !(q = stmt(st, S_RUN_IDS, err)))
		return -1;
	bind_text(q, 1, prefix);
	while ((rc = q->drv->step(q, 0, err)) == 1) {
		long k;
		const char *s = col_text(q, 0);
		if (s && parse_long(s + strlen(prefix), &k) == 0 && k >= n)
			n = k + 1;
	}
	done_with(q);
	if (rc < 0)
		return -1;
	buf_addf(rid, "%s%ld", prefix, n);
	return 0;
}

int store_run_create(struct store *st, const json_t *config, const char *argv,
		     char **id, struct tri_err *err)
{
	char prefix[32];
	time_t t = time(NULL);
	struct tm tm;
	struct buf rid = BUF_INIT;
	int ret = -1;
	char *cfg = NULL;
	struct store_q *q;

	gmtime_r(&t, &tm);
	strftime(prefix, sizeof(prefix), "r-%Y%m%d-", &tm);
	if (next_run_id(st, prefix, &rid, err) < 0)
		goto out;
	cfg = json_dumps(config, JSON_COMPACT | JSON_SORT_KEYS);
	if (!(q = stmt(st, S_RUN_INSERT, err)))
		goto out;
	bind_text(q, 1, rid.s);
	q->drv->bind_real(q, 2, now_wall());
	bind_text(q, 3, cfg ? cfg : "{}");
	bind_text(q, 4, TRI_VERSION);
	bind_text(q, 5, argv);
	if (step_done(q, err) < 0)
		goto out;
	*id = buf_detach(&rid);
	ret = 0;
out:
	free(cfg);
	buf_release(&rid);
	return ret;
}

int store_run_finish(struct store *st, const char *run, const char *status, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_RUN_FINISH, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	q->drv->bind_real(q, 2, now_wall());
	bind_text(q, 3, status);
	return step_done(q, err);
}

int store_run_resolve(struct store *st, const char *name, int unfinished_only,
		      char **id, struct tri_err *err)
{
	int latest = !name || !*name || !strcmp(name, "latest");
	struct store_q *q = stmt(st, !latest ? S_RUN_BY_ID : unfinished_only ? S_RUN_LATEST_RUNNING
					    : S_RUN_LATEST, err);
	if (!q)
		return -1;
	if (!latest)
		bind_text(q, 1, name);
	int r = step_row(q, err);
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
	struct store_q *q = stmt(st, S_RUN_INFO, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	int r = step_row(q, err);
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

static int run_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct run_cb *cb = arg;
	struct store_run_summary r = {
		.id = col_text(q, 0), .status = col_text(q, 1), .started = col_real(q, 2),
		.models = col_text(q, 3), .suites = col_text(q, 4),
		.tasks = col_int(q, 5), .answered = col_int(q, 6),
		.failed = col_int(q, 7), .pending = col_int(q, 8),
	};
	return cb->fn(cb->ctx, &r, err);
}

int store_each_run(struct store *st,
		   int (*fn)(void *ctx, const struct store_run_summary *r, struct tri_err *err),
		   void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_RUNS, err);
	return q ? each_row(q, run_row, &(struct run_cb){ fn, ctx }, err) : -1;
}

/* ---- planning ------------------------------------------------------------- */

int store_put_model(struct store *st, const char *run, const struct store_model *m,
		    struct tri_err *err)
{
	struct store_q *q = stmt(st, S_MODEL_INSERT, err);
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
	return step_done(q, err);
}

static int model_row(struct store_q *q, void *arg, struct tri_err *err)
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
	struct store_q *q = stmt(st, S_MODELS, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	return each_row(q, model_row, &(struct model_cb){ fn, ctx }, err);
}

int store_put_suite(struct store *st, const char *run, const struct store_suite *s,
		    struct tri_err *err)
{
	struct store_q *q = stmt(st, S_SUITE_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, s->name);
	bind_text(q, 3, s->version);
	bind_text(q, 4, s->axis);
	bind_text(q, 5, s->path);
	bind_text(q, 6, s->header ? s->header : "{}");
	q->drv->bind_int(q, 7, s->n_items);
	return step_done(q, err);
}

static int suite_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct suite_cb *cb = arg;
	struct store_suite s = {
		.name = col_text(q, 0), .version = col_text(q, 1), .axis = col_text(q, 2),
		.path = col_text(q, 3), .header = col_text(q, 4), .n_items = col_int(q, 5),
	};
	return cb->fn(cb->ctx, &s, err);
}

int store_each_suite(struct store *st, const char *run,
		     int (*fn)(void *ctx, const struct store_suite *s, struct tri_err *err),
		     void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_SUITES, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	return each_row(q, suite_row, &(struct suite_cb){ fn, ctx }, err);
}

int store_put_item(struct store *st, const char *hash, const char *id, const char *json,
		   struct tri_err *err)
{
	struct store_q *q = stmt(st, S_ITEM_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, hash);
	bind_text(q, 2, id);
	bind_text(q, 3, json);
	return step_done(q, err);
}

static int item_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct item_cb *cb = arg;
	return cb->fn(cb->ctx, col_text(q, 0), col_text(q, 1), err);
}

int store_each_run_item(struct store *st, const char *run,
			int (*fn)(void *ctx, const char *suite, const char *item_json,
				  struct tri_err *err),
			void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_RUN_ITEMS, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	return each_row(q, item_row, &(struct item_cb){ fn, ctx }, err);
}

int store_put_task(struct store *st, const char *run, const struct store_task *t,
		   struct tri_err *err)
{
	struct store_q *q = stmt(st, t->judge_of ? S_JUDGE_TASK_INSERT : S_TASK_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, t->model);
	bind_text(q, 3, t->suite);
	bind_text(q, 4, t->item);
	bind_text(q, 5, t->item_hash);
	q->drv->bind_int(q, 6, t->sample);
	q->drv->bind_int(q, 7, t->ord);
	bind_text(q, 8, t->request_hash);
	q->drv->bind_text(q, 9, t->request, t->request_len);
	q->drv->bind_int(q, 10, t->judge_of);
	if (t->rank > 0)
		q->drv->bind_int(q, 11, t->rank);
	return step_done(q, err);
}

/* A task from columns 0-8: id, model, suite, item, item_hash, sample, ord,
 * request_hash, request. */
static struct store_task task_at(struct store_q *q)
{
	return (struct store_task){
		.id = col_int(q, 0), .model = col_text(q, 1), .suite = col_text(q, 2),
		.item = col_text(q, 3), .item_hash = col_text(q, 4),
		.sample = col_int(q, 5), .ord = col_int(q, 6),
		.request_hash = col_text(q, 7), .request = col_text(q, 8),
		.request_len = col_bytes(q, 8),
	};
}

static int task_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct task_cb *cb = arg;
	struct store_task t = task_at(q);
	return cb->fn(cb->ctx, &t, err);
}

/* The one row of a bound count(*) statement into *n. */
static int step_count(struct store *st, struct store_q *q, int64_t *n, struct tri_err *err)
{
	int r = step_row(q, err);
	if (r <= 0)
		return r < 0 ? -1 : err_set(err, TRI_RUNTIME, "%s: count(*) returned no row", st->path);
	*n = col_int(q, 0);
	done_with(q);
	return 0;
}

int store_count_pending(struct store *st, const char *run, int judge_only, int64_t *n,
			struct tri_err *err)
{
	struct store_q *q = stmt(st, S_PENDING_COUNT, err);
	*n = 0;
	if (!q)
		return -1;
	bind_text(q, 1, run);
	q->drv->bind_int(q, 2, judge_only != 0);
	return step_count(st, q, n, err);
}

int store_count_ungraded(struct store *st, const char *run, int64_t *n, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_UNGRADED_COUNT, err);
	*n = 0;
	if (!q)
		return -1;
	bind_text(q, 1, run);
	return step_count(st, q, n, err);
}

static int ranked_task_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct task_cb *cb = arg;
	struct store_task t = task_at(q);
	t.rank = col_int(q, 9);
	return cb->fn(cb->ctx, &t, err);
}

int store_each_pending_ranked(struct store *st, const char *run, const char *model, int failed,
			      int64_t after, int64_t rank_max, size_t limit,
			      int (*fn)(void *ctx, const struct store_task *t, struct tri_err *err),
			      void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_PENDING_RANKED, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, model);
	q->drv->bind_int(q, 3, after);
	q->drv->bind_int(q, 4, rank_max);
	q->drv->bind_int(q, 5, limit > INT64_MAX ? INT64_MAX : (int64_t)limit);
	bind_text(q, 6, failed ? "failed" : "planned");
	return each_row(q, ranked_task_row, &(struct task_cb){ fn, ctx }, err);
}

int store_count_pending_ranked(struct store *st, const char *run, const char *model, int failed,
			       int64_t rank_max, int64_t *n, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_PENDING_RANKED_COUNT, err);
	*n = 0;
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, model);
	q->drv->bind_int(q, 3, rank_max);
	bind_text(q, 4, failed ? "failed" : "planned");
	return step_count(st, q, n, err);
}

struct ranked_cb {
	int (*fn)(void *ctx, const struct store_ranked_grade *v, struct tri_err *err);
	void *ctx;
};

static int ranked_grade_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct ranked_cb *cb = arg;
	struct store_ranked_grade g = {
		.rank = col_int(q, 0), .verdict = col_text(q, 1), .axis = col_text(q, 2),
	};
	return cb->fn(cb->ctx, &g, err);
}

int store_each_ranked_grade(struct store *st, const char *run, const char *model, int64_t after,
			    int64_t rank_max,
			    int (*fn)(void *ctx, const struct store_ranked_grade *g,
				      struct tri_err *err),
			    void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_RANKED_GRADES, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, model);
	q->drv->bind_int(q, 3, after);
	q->drv->bind_int(q, 4, rank_max);
	return each_row(q, ranked_grade_row, &(struct ranked_cb){ fn, ctx }, err);
}

int store_put_adaptive(struct store *st, const char *run, const char *state, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_ADAPTIVE_PUT, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, state);
	q->drv->bind_real(q, 3, now_wall());
	return step_done(q, err);
}

int store_adaptive(struct store *st, const char *run, char **state, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_ADAPTIVE_GET, err);
	*state = NULL;
	if (!q)
		return -1;
	bind_text(q, 1, run);
	int r = step_row(q, err);
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
	struct store_q *q = stmt(st, S_ATTEMPT_INSERT, err);
	if (!q)
		return -1;
	q->drv->bind_int(q, 1, task);
	q->drv->bind_int(q, 2, a->n);
	q->drv->bind_real(q, 3, a->started);
	q->drv->bind_real(q, 4, a->duration);
	if (a->http_status)
		q->drv->bind_int(q, 5, a->http_status);
	bind_text(q, 6, a->error_class);
	bind_text(q, 7, a->error);
	bind_real(q, 8, a->retry_after);
	return step_done(q, err);
}

/* A response row, created at created; its id in *id. */
static int insert_response(struct store *st, const char *request_hash,
			   const struct store_response *r, double created, int64_t *id,
			   struct tri_err *err)
{
	struct store_q *q = stmt(st, S_RESPONSE_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, request_hash);
	q->drv->bind_int(q, 2, r->ok);
	if (r->http_status)
		q->drv->bind_int(q, 3, r->http_status);
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
		q->drv->bind_blob(q, 16, r->raw, r->raw_len);
	q->drv->bind_real(q, 17, created);
	bind_text(q, 18, r->tool_calls);
	int got = step_row(q, err);
	if (got <= 0)
		return got < 0 ? -1 : err_set(err, TRI_RUNTIME, "%s: a stored response got no id",
					      st->path);
	*id = col_int(q, 0);
	done_with(q);
	return 0;
}

int store_put_response(struct store *st, int64_t task, const char *request_hash,
		       const struct store_response *r, struct tri_err *err)
{
	int64_t rid;
	if (insert_response(st, request_hash, r, now_wall(), &rid, err) < 0)
		return -1;
	struct store_q *q = stmt(st, S_TASK_ANSWERED, err);
	if (!q)
		return -1;
	q->drv->bind_int(q, 1, task);
	bind_text(q, 2, r->ok ? "done" : "failed");
	q->drv->bind_int(q, 3, rid);
	bind_text(q, 4, st->worker);
	return step_fenced(q, err);
}

int store_cached_response(struct store *st, const char *request_hash, int64_t *id,
			  struct tri_err *err)
{
	struct store_q *q = stmt(st, S_CACHED, err);
	*id = 0;
	if (!q)
		return -1;
	bind_text(q, 1, request_hash);
	int r = step_row(q, err);
	if (r < 0)
		return -1;
	if (r == 1) {
		*id = col_int(q, 0);
		done_with(q);
	}
	return 0;
}

int store_item_json(struct store *st, const char *hash, char **json, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_ITEM_JSON, err);
	*json = NULL;
	if (!q)
		return -1;
	bind_text(q, 1, hash);
	int r = step_row(q, err);
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
	struct store_q *q = stmt(st, S_LINK_CACHED, err);
	if (!q)
		return -1;
	q->drv->bind_int(q, 1, task);
	q->drv->bind_int(q, 2, response);
	bind_text(q, 3, st->worker);
	return step_fenced(q, err);
}

/* ---- grading ------------------------------------------------------------------ */

static int answer_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct answer_cb *cb = arg;
	struct store_answer a = {
		.task = col_int(q, 0), .suite = col_text(q, 1), .item = col_text(q, 2),
		.ok = col_int(q, 3), .text = col_text(q, 4), .reasoning = col_text(q, 5),
		.error = col_text(q, 6), .tool_calls = col_text(q, 7), .item_json = col_text(q, 8),
	};
	return cb->fn(cb->ctx, &a, err);
}

int store_each_answer(struct store *st, const char *run, int regrade,
		      int (*fn)(void *ctx, const struct store_answer *a, struct tri_err *err),
		      void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, regrade ? S_ANSWERS_ALL : S_ANSWERS_NEW, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	return each_row(q, answer_row, &(struct answer_cb){ fn, ctx }, err);
}

static int insert_grade(struct store *st, int64_t task, const struct store_grade *g,
			double graded, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_GRADE_INSERT, err);
	if (!q)
		return -1;
	q->drv->bind_int(q, 1, task);
	bind_text(q, 2, g->verdict);
	q->drv->bind_real(q, 3, g->score);
	bind_real(q, 4, g->confidence);
	bind_text(q, 5, g->evidence);
	bind_text(q, 6, g->grader);
	q->drv->bind_real(q, 7, graded);
	q->drv->bind_int(q, 8, g->hedged);
	q->drv->bind_int(q, 9, g->uncertain);
	bind_text(q, 10, g->det_verdict);
	q->drv->bind_int(q, 11, g->judged);
	bind_text(q, 12, g->fault);
	return step_done(q, err);
}

int store_put_grade(struct store *st, int64_t task, const struct store_grade *g,
		    struct tri_err *err)
{
	return insert_grade(st, task, g, now_wall(), err);
}

/* ---- reading a run ---------------------------------------------------------------- */

static int outcome_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct outcome_cb *cb = arg;
	struct store_outcome o = {
		.model = col_text(q, 0), .suite = col_text(q, 1), .axis = col_text(q, 2),
		.item = col_text(q, 3), .item_json = col_text(q, 4),
		.sample = col_int(q, 5),
		.graded = !col_null(q, 6), .verdict = col_text(q, 6),
		.score = col_real(q, 7), .confidence = col_real(q, 8),
		.tok_in = col_count(q, 9), .tok_out = col_count(q, 10), .tok_reason = col_count(q, 11),
		.latency = col_real(q, 12), .ttft = col_real(q, 13), .reasoning_s = col_real(q, 14),
		.cost = col_real(q, 15), .price_in = col_real(q, 16), .price_out = col_real(q, 17),
		.ok = col_int(q, 18), .grader = col_text(q, 19),
		.hedged = col_int(q, 20), .uncertain = col_int(q, 21),
		.det_verdict = col_text(q, 22), .judged = col_int(q, 23),
		.evidence = col_text(q, 24), .answered = !col_null(q, 18),
		.text = col_text(q, 25), .tool_calls = col_text(q, 26), .fault = col_text(q, 27),
	};
	return cb->fn(cb->ctx, &o, err);
}

int store_each_outcome(struct store *st, const char *run,
		       int (*fn)(void *ctx, const struct store_outcome *o, struct tri_err *err),
		       void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_OUTCOMES, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	return each_row(q, outcome_row, &(struct outcome_cb){ fn, ctx }, err);
}

int store_model_simulated(struct store *st, const char *run, const char *model, int *yes,
			  struct tri_err *err)
{
	struct store_q *q = stmt(st, S_SIMULATED, err);
	*yes = 0;
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, model);
	int r = step_row(q, err);
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
	struct store_q *q = stmt(st, model ? S_COUNTS : S_RUN_COUNTS, err);
	memset(c, 0, sizeof(*c));
	if (!q)
		return -1;
	bind_text(q, 1, run);
	if (model)
		bind_text(q, 2, model);
	int r = step_row(q, err);
	if (r <= 0)
		return r;
	c->tasks = col_int(q, 0);
	c->done = col_int(q, 1);
	c->cached = col_int(q, 2);
	c->failed = col_int(q, 3);
	c->pending = col_int(q, 4);
	done_with(q);
	return 0;
}

static int failure_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct failure_cb *cb = arg;
	struct store_failure f = {
		.error_class = col_text(q, 0), .tasks = col_int(q, 1),
		.first_error = col_text(q, 2),
	};
	return cb->fn(cb->ctx, &f, err);
}

int store_each_failure(struct store *st, const char *run, const char *model,
		       int (*fn)(void *ctx, const struct store_failure *f, struct tri_err *err),
		       void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_FAILURES, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, model);
	return each_row(q, failure_row, &(struct failure_cb){ fn, ctx }, err);
}

static int class_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct class_cb *cb = arg;
	return cb->fn(cb->ctx, col_text(q, 0), col_int(q, 1), err);
}

int store_each_failed_attempt_class(struct store *st, const char *run, const char *model,
				    int (*fn)(void *ctx, const char *cls, int64_t n,
					      struct tri_err *err),
				    void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_FAILED_ATTEMPTS, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, model);
	return each_row(q, class_row, &(struct class_cb){ fn, ctx }, err);
}

/* ---- judging ------------------------------------------------------------------------ */

int store_judge_model(struct store *st, const char *run,
		      int (*fn)(void *ctx, const struct store_model *m, struct tri_err *err),
		      void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_JUDGE_MODEL, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	return each_row(q, model_row, &(struct model_cb){ fn, ctx }, err);
}

static int queue_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct queue_cb *cb = arg;
	struct store_judge_queue t = {
		.task = col_int(q, 0), .model = col_text(q, 1), .suite = col_text(q, 2),
		.item = col_text(q, 3), .item_hash = col_text(q, 4),
		.sample = col_int(q, 5), .text = col_text(q, 6), .grader = col_text(q, 7),
		.item_json = col_text(q, 8),
	};
	return cb->fn(cb->ctx, &t, err);
}

int store_each_judge_queue(struct store *st, const char *run, int fallback,
			  int (*fn)(void *ctx, const struct store_judge_queue *t,
				    struct tri_err *err),
			  void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_JUDGE_QUEUE, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	q->drv->bind_int(q, 2, fallback != 0);
	return each_row(q, queue_row, &(struct queue_cb){ fn, ctx }, err);
}

static int reply_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct reply_cb *cb = arg;
	struct store_judge_reply r = {
		.task = col_int(q, 0), .suite = col_text(q, 1), .item = col_text(q, 2),
		.ok = col_int(q, 3), .text = col_text(q, 4), .error = col_text(q, 5),
		.verdict = col_text(q, 6), .grader = col_text(q, 7), .det_verdict = col_text(q, 8),
		.hedged = col_int(q, 9), .uncertain = col_int(q, 10),
		.confidence = col_real(q, 11), .evidence = col_text(q, 12), .item_json = col_text(q, 13),
	};
	return cb->fn(cb->ctx, &r, err);
}

int store_each_judge_reply(struct store *st, const char *run, int all,
			   int (*fn)(void *ctx, const struct store_judge_reply *r,
				     struct tri_err *err),
			   void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, all ? S_JUDGE_REPLIES_ALL : S_JUDGE_REPLIES_NEW, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	return each_row(q, reply_row, &(struct reply_cb){ fn, ctx }, err);
}

static int call_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct call_cb *cb = arg;
	struct store_judge_call c = {
		.state = col_text(q, 0), .answered = !col_null(q, 1),
		.ok = col_int(q, 1), .tok_in = col_count(q, 2), .tok_out = col_count(q, 3),
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
	struct store_q *q = stmt(st, S_JUDGE_CALLS, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	return each_row(q, call_row, &(struct call_cb){ fn, ctx }, err);
}

/* ---- items, one row per model and sample -------------------------------------- */

static int item_row_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct item_row_cb *cb = arg;
	struct store_item_row r = {
		.model = col_text(q, 0), .suite = col_text(q, 1), .item = col_text(q, 2),
		.sample = col_int(q, 3), .state = col_text(q, 4),
		.item_json = col_text(q, 5),
		.answered = !col_null(q, 6), .ok = col_int(q, 6),
		.text = col_text(q, 7), .reasoning = col_text(q, 8), .error = col_text(q, 9),
		.verdict = col_text(q, 10), .grader = col_text(q, 11), .evidence = col_text(q, 12),
		.confidence = col_real(q, 13), .hedged = col_int(q, 14),
		.uncertain = col_int(q, 15), .judged = col_int(q, 16),
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
	struct store_q *q = stmt(st, S_ITEM_ROWS, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, item);
	bind_text(q, 3, model);
	return each_row(q, item_row_row, &(struct item_row_cb){ fn, ctx }, err);
}

/* ---- batches ------------------------------------------------------------------ */

int store_put_batch(struct store *st, const char *run, const struct store_batch *b,
		    struct tri_err *err)
{
	struct store_q *q = stmt(st, S_BATCH_INSERT, err);
	if (!q)
		return -1;
	bind_text(q, 1, b->id);
	bind_text(q, 2, run);
	bind_text(q, 3, b->model);
	bind_text(q, 4, b->api);
	bind_text(q, 5, b->input_file);
	bind_text(q, 6, b->state);
	q->drv->bind_real(q, 7, b->submitted);
	q->drv->bind_int(q, 8, b->n_tasks);
	return step_done(q, err);
}

int store_batch_task(struct store *st, int64_t task, const char *batch, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_BATCH_TASK, err);
	if (!q)
		return -1;
	q->drv->bind_int(q, 1, task);
	bind_text(q, 2, batch);
	return step_done(q, err);
}

int store_update_batch(struct store *st, const struct store_batch *b, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_BATCH_UPDATE, err);
	if (!q)
		return -1;
	bind_text(q, 1, b->id);
	bind_text(q, 2, b->state);
	bind_real(q, 3, b->checked);
	bind_real(q, 4, b->ended);
	bind_text(q, 5, b->output_file);
	bind_text(q, 6, b->error_file);
	bind_text(q, 7, b->counts);
	q->drv->bind_int(q, 8, b->done != 0);
	return step_done(q, err);
}

struct batch_cb {
	int (*fn)(void *ctx, const struct store_batch *v, struct tri_err *err);
	void *ctx;
};

static int batch_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct batch_cb *cb = arg;
	struct store_batch b = {
		.id = col_text(q, 0), .model = col_text(q, 1), .api = col_text(q, 2),
		.input_file = col_text(q, 3), .state = col_text(q, 4), .submitted = col_real(q, 5),
		.checked = col_real(q, 6), .ended = col_real(q, 7), .n_tasks = col_count(q, 8),
		.output_file = col_text(q, 9), .error_file = col_text(q, 10),
		.counts = col_text(q, 11), .done = col_int(q, 12),
	};
	return cb->fn(cb->ctx, &b, err);
}

int store_each_batch(struct store *st, const char *run, int open_only,
		     int (*fn)(void *ctx, const struct store_batch *b, struct tri_err *err),
		     void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_BATCHES, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	q->drv->bind_int(q, 2, open_only != 0);
	return each_row(q, batch_row, &(struct batch_cb){ fn, ctx }, err);
}

static int batchable_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct task_cb *cb = arg;
	struct store_task t = task_at(q);
	t.attempts = col_int(q, 9);
	t.last_class = col_text(q, 10);
	return cb->fn(cb->ctx, &t, err);
}

int store_each_batchable(struct store *st, const char *run, const char *model, int64_t after_ord,
			 int64_t limit,
			 int (*fn)(void *ctx, const struct store_task *t, struct tri_err *err),
			 void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_BATCHABLE, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, model);
	q->drv->bind_int(q, 3, after_ord);
	q->drv->bind_int(q, 4, limit);
	return each_row(q, batchable_row, &(struct task_cb){ fn, ctx }, err);
}

struct batch_task_cb {
	int (*fn)(void *ctx, int64_t task, const char *hash, int64_t attempts, struct tri_err *err);
	void *ctx;
};

static int batch_task_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct batch_task_cb *cb = arg;
	return cb->fn(cb->ctx, col_int(q, 0), col_text(q, 1),
		      col_int(q, 2), err);
}

int store_each_batch_task(struct store *st, const char *batch,
			  int (*fn)(void *ctx, int64_t task, const char *request_hash,
				    int64_t attempts, struct tri_err *err),
			  void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_BATCH_OPEN_TASKS, err);
	if (!q)
		return -1;
	bind_text(q, 1, batch);
	return each_row(q, batch_task_row, &(struct batch_task_cb){ fn, ctx }, err);
}

/* ---- spending ----------------------------------------------------------------- */

/* The one row statement id returns for run, to read (then done_with):
 * 1, or 0 without a row, or -1. */
static int run_row_of(struct store *st, enum sid id, const char *run, struct store_q **q,
		      struct tri_err *err)
{
	if (!(*q = stmt(st, id, err)))
		return -1;
	bind_text(*q, 1, run);
	return step_row(*q, err);
}

int store_run_spend(struct store *st, const char *run, double *usd, struct tri_err *err)
{
	struct store_q *q;
	int r = run_row_of(st, S_SPEND, run, &q, err);
	*usd = 0;
	if (r <= 0)
		return r;
	*usd = q->drv->col_real(q, 0);
	done_with(q);
	return 0;
}

int store_cache_saved(struct store *st, const char *run, int64_t *answers, int64_t *priced,
		      double *usd, struct tri_err *err)
{
	struct store_q *q;
	int r = run_row_of(st, S_CACHE_SAVED, run, &q, err);
	*answers = *priced = 0;
	*usd = 0;
	if (r <= 0)
		return r;
	*answers = col_int(q, 0);
	*priced = col_int(q, 1);
	*usd = q->drv->col_real(q, 2);
	done_with(q);
	return 0;
}

/* ---- copying a run between stores ------------------------------------------ */

/* Ids of one store and the other, in the order of the first. */
struct id_map {
	int64_t (*pair)[2];
	size_t n, cap;
};

static void map_put(struct id_map *m, int64_t from, int64_t to)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 256;
		m->pair = xreallocarray(m->pair, m->cap, sizeof(*m->pair));
	}
	m->pair[m->n][0] = from;
	m->pair[m->n][1] = to;
	m->n++;
}

static int cmp_from(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* The id from maps to, or 0. Pairs are put in increasing from order. */
static int64_t map_get(const struct id_map *m, int64_t from)
{
	const int64_t (*p)[2] = m->n ? bsearch(&from, m->pair, m->n, sizeof(*m->pair), cmp_from)
				     : NULL;
	return p ? (*p)[1] : 0;
}

struct copy {
	struct store *src, *dst;
	const char *from, *to;   /* the run's id in src and in dst */
	struct id_map tasks, responses;
};

static int copy_model_row(struct store_q *q, void *arg, struct tri_err *err)
{
	struct store_model m = {
		.id = col_text(q, 0), .spec = col_text(q, 1), .provider = col_text(q, 2),
		.name = col_text(q, 3), .base_url = col_text(q, 4), .settings = col_text(q, 5),
		.size_total = col_real(q, 6), .size_active = col_real(q, 7),
		.price_in = col_real(q, 8), .price_out = col_real(q, 9), .role = col_text(q, 10),
	};
	const struct copy *c = arg;
	return store_put_model(c->dst, c->to, &m, err);
}

static int copy_suite(void *ctx, const struct store_suite *s, struct tri_err *err)
{
	const struct copy *c = ctx;
	return store_put_suite(c->dst, c->to, s, err);
}

static int copy_item_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct copy *c = arg;
	return store_put_item(c->dst, col_text(q, 0), col_text(q, 1), col_text(q, 2), err);
}

/* A response: the same one (request, creation, outcome) when dst has it. */
static int copy_response_row(struct store_q *q, void *arg, struct tri_err *err)
{
	struct copy *c = arg;
	size_t raw_len = 0;
	const void *raw = q->drv->col_blob(q, 16, &raw_len);
	struct store_response r = {
		.ok = (int)col_int(q, 2), .http_status = (int)col_int(q, 3), .text = col_text(q, 4),
		.reasoning = col_text(q, 5), .finish_reason = col_text(q, 6),
		.tok_in = col_count(q, 7), .tok_out = col_count(q, 8), .tok_reason = col_count(q, 9),
		.cost = col_real(q, 10), .latency = col_real(q, 11), .ttft = col_real(q, 12),
		.reasoning_s = col_real(q, 13), .meta_json = col_text(q, 14), .error = col_text(q, 15),
		.raw = raw, .raw_len = raw_len, .tool_calls = col_text(q, 18),
	};
	const char *hash = col_text(q, 1);
	double created = col_real(q, 17);
	int64_t id = 0;
	struct store_q *f = stmt(c->dst, S_COPY_RESPONSE_FIND, err);
	if (!f)
		return -1;
	bind_text(f, 1, hash);
	f->drv->bind_real(f, 2, created);
	f->drv->bind_int(f, 3, r.ok);
	int got = step_row(f, err);
	if (got < 0)
		return -1;
	if (got) {
		id = col_int(f, 0);
		done_with(f);
	} else if (insert_response(c->dst, hash, &r, created, &id, err) < 0) {
		return -1;
	}
	map_put(&c->responses, col_int(q, 0), id);
	return 0;
}

static int copy_task_row(struct store_q *q, void *arg, struct tri_err *err)
{
	struct copy *c = arg;
	int64_t judge_of = col_int(q, 11), response = col_null(q, 10) ? 0 : col_int(q, 10);
	int64_t to_judge = judge_of ? map_get(&c->tasks, judge_of) : 0;
	int64_t to_response = response ? map_get(&c->responses, response) : 0;
	if ((judge_of && !to_judge) || (response && !to_response))
		return err_set(err, TRI_RUNTIME, "%s: task %lld of run %s names a %s the run does not "
			       "hold", c->src->path, (long long)col_int(q, 0), c->from,
			       judge_of && !to_judge ? "task" : "response");
	struct store_q *p = stmt(c->dst, S_COPY_TASK_PUT, err);
	if (!p)
		return -1;
	bind_text(p, 1, c->to);
	for (int i = 1; i <= 4; i++)   /* model, suite, item, item_hash */
		bind_text(p, i + 1, col_text(q, i));
	p->drv->bind_int(p, 6, col_int(q, 5));
	/* a judge task's place follows the task it judges: the same offset from its id */
	p->drv->bind_int(p, 7, judge_of ? col_int(q, 6) - judge_of + to_judge : col_int(q, 6));
	bind_text(p, 8, col_text(q, 7));
	p->drv->bind_text(p, 9, col_text(q, 8), col_bytes(q, 8));
	bind_text(p, 10, col_text(q, 9));
	if (to_response)
		p->drv->bind_int(p, 11, to_response);
	p->drv->bind_int(p, 12, to_judge);
	bind_text(p, 13, col_text(q, 12));
	if (!col_null(q, 13))
		p->drv->bind_int(p, 14, col_int(q, 13));
	int got = step_row(p, err);
	if (got <= 0)
		return got < 0 ? -1 : err_set(err, TRI_RUNTIME, "%s: a copied task got no id",
					      c->dst->path);
	map_put(&c->tasks, col_int(q, 0), col_int(p, 0));
	done_with(p);
	return 0;
}

static int copy_attempt_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct copy *c = arg;
	struct store_attempt a = {
		.n = (int)col_int(q, 1), .started = col_real(q, 2), .duration = col_real(q, 3),
		.http_status = (int)col_int(q, 4), .error_class = col_text(q, 5),
		.error = col_text(q, 6), .retry_after = col_real(q, 7),
	};
	return store_put_attempt(c->dst, map_get(&c->tasks, col_int(q, 0)), &a, err);
}

static int copy_grade_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct copy *c = arg;
	struct store_grade g = {
		.verdict = col_text(q, 1), .score = col_real(q, 2), .confidence = col_real(q, 3),
		.evidence = col_text(q, 4), .grader = col_text(q, 5), .hedged = (int)col_int(q, 7),
		.uncertain = (int)col_int(q, 8), .det_verdict = col_text(q, 9),
		.judged = (int)col_int(q, 10), .fault = col_text(q, 11),
	};
	return insert_grade(c->dst, map_get(&c->tasks, col_int(q, 0)), &g, col_real(q, 6), err);
}

static int copy_batch(void *ctx, const struct store_batch *b, struct tri_err *err)
{
	const struct copy *c = ctx;
	return store_put_batch(c->dst, c->to, b, err) < 0 ? -1 : store_update_batch(c->dst, b, err);
}

/* Every row of run whose text is in the store q reads (bound with run) through row. */
static int copy_rows(struct copy *c, enum sid id,
		     int (*row)(struct store_q *q, void *arg, struct tri_err *err),
		     struct tri_err *err)
{
	struct store_q *q = stmt(c->src, id, err);
	if (!q)
		return -1;
	bind_text(q, 1, c->from);
	return each_row(q, row, c, err);
}

/* Whether the copy of c->from in dst (as as) holds what src holds: the same
 * status and the same tasks in each state. A run resumed since it was
 * copied has moved on, and is not copied over. */
static int same_copy(struct copy *c, const char *as, const char *status, struct tri_err *err)
{
	struct store_task_counts a, b;
	struct store_q *q = stmt(c->dst, S_COPY_RUN, err);
	if (!q || store_model_counts(c->src, c->from, NULL, &a, err) < 0 ||
	    store_model_counts(c->dst, as, NULL, &b, err) < 0)
		return -1;
	bind_text(q, 1, as);
	int got = step_row(q, err);
	if (got < 0)
		return -1;
	char *there = xstrdup(got && col_text(q, 3) ? col_text(q, 3) : "-");
	if (got)
		done_with(q);
	int same = !strcmp(there, status) && a.tasks == b.tasks && a.done == b.done &&
		   a.cached == b.cached && a.failed == b.failed && a.pending == b.pending;
	if (!same)
		err_set(err, TRI_USAGE, "%s holds an earlier copy of %s (as %s: %s, %lld of %lld "
			"tasks answered), and the run has changed since (%s, %lld of %lld): a copy "
			"is not updated; copy runs once they are finished", c->dst->path, c->from, as,
			there, (long long)(b.done + b.cached + b.failed), (long long)b.tasks, status,
			(long long)(a.done + a.cached + a.failed), (long long)a.tasks);
	free(there);
	return same ? 0 : -1;
}

int store_copy_run(struct store *src, struct store *dst, const char *run, char **as,
		   int *copied, struct tri_err *err)
{
	struct copy c = { .src = src, .dst = dst, .from = run };
	struct buf to = BUF_INIT;
	char *state = NULL;
	int ret = -1, got;
	*as = NULL;
	*copied = 0;
	/* every read of src from one snapshot, whoever writes it meanwhile */
	if (src->drv->exec(src, src->drv->begin_read, err) < 0)
		return -1;
	src->in_tx = 1;
	struct store_q *q = stmt(src, S_COPY_RUN, err);
	if (q)
		bind_text(q, 1, run);
	if (!q || (got = step_row(q, err)) < 0) {
		store_rollback(src);
		return -1;
	}
	if (!got) {
		store_rollback(src);
		return err_set(err, TRI_USAGE, "%s: no run '%s' (trilemma runs lists them)",
			       src->path, run);
	}
	/* the run's row, kept while dst is written: q is not used again here */
	double started = col_real(q, 1), finished = col_real(q, 2);
	char *status = xstrdup(col_text(q, 3)), *config = xstrdup(col_text(q, 4));
	char *version = xstrdup(col_text(q, 5));
	char *argv = col_text(q, 6) ? xstrdup(col_text(q, 6)) : NULL;
	done_with(q);

	if (store_begin(dst, err) < 0)
		goto out;
	if (dst->drv->lock_runs && dst->drv->lock_runs(dst, err) < 0)
		goto out;
	struct store_q *f = stmt(dst, S_COPY_RUN_FIND, err);
	if (!f)
		goto out;
	f->drv->bind_real(f, 1, started);
	bind_text(f, 2, config);
	bind_text(f, 3, version);
	if ((got = step_row(f, err)) < 0)
		goto out;
	if (got) {   /* copied before: the same, or refused */
		*as = xstrdup(col_text(f, 0));
		done_with(f);
		if (same_copy(&c, *as, status, err) < 0)
			goto out;
		ret = store_commit(dst, err);
		goto out;
	}
	struct store_q *b = stmt(dst, S_RUN_BY_ID, err);
	if (!b)
		goto out;
	bind_text(b, 1, run);
	if ((got = step_row(b, err)) < 0)
		goto out;
	if (got) {   /* another run has its id there: the next free one of its day */
		done_with(b);
		const char *dash = strrchr(run, '-');
		struct buf prefix = BUF_INIT;
		buf_add(&prefix, run, dash ? (size_t)(dash - run) + 1 : strlen(run));
		if (!dash)
			buf_addc(&prefix, '-');
		got = next_run_id(dst, prefix.s, &to, err);
		buf_release(&prefix);
		if (got < 0)
			goto out;
	} else {
		buf_adds(&to, run);
	}
	c.to = to.s;
	struct store_q *p = stmt(dst, S_COPY_RUN_PUT, err);
	if (!p)
		goto out;
	bind_text(p, 1, c.to);
	p->drv->bind_real(p, 2, started);
	bind_real(p, 3, finished);
	bind_text(p, 4, status);
	bind_text(p, 5, config);
	bind_text(p, 6, version);
	bind_text(p, 7, argv);
	if (step_done(p, err) < 0 ||
	    copy_rows(&c, S_COPY_MODELS, copy_model_row, err) < 0 ||
	    store_each_suite(src, run, copy_suite, &c, err) < 0 ||
	    copy_rows(&c, S_COPY_ITEMS, copy_item_row, err) < 0 ||
	    store_each_batch(src, run, 0, copy_batch, &c, err) < 0 ||
	    copy_rows(&c, S_COPY_RESPONSES, copy_response_row, err) < 0 ||
	    copy_rows(&c, S_COPY_TASKS, copy_task_row, err) < 0 ||
	    copy_rows(&c, S_COPY_ATTEMPTS, copy_attempt_row, err) < 0 ||
	    copy_rows(&c, S_COPY_GRADES, copy_grade_row, err) < 0 ||
	    store_adaptive(src, run, &state, err) < 0 ||
	    (state && store_put_adaptive(dst, c.to, state, err) < 0) ||
	    store_commit(dst, err) < 0)
		goto out;
	*as = buf_detach(&to);
	*copied = 1;
	ret = 0;
out:
	if (ret < 0)
		store_rollback(dst);
	store_rollback(src);   /* it only read */
	free(status);
	free(config);
	free(version);
	free(argv);
	free(state);
	free(c.tasks.pair);
	free(c.responses.pair);
	buf_release(&to);
	return ret;
}

/* ---- several workers on one run ------------------------------------------------ */

int store_shared(const struct store *st)
{
	return st->drv->shared;
}

double store_now(const struct store *st)
{
	return now_wall() + st->clock_offset;
}

int store_response_mark(struct store *st, int64_t *mark, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_RESPONSE_MARK, err);
	*mark = 0;
	return q ? step_count(st, q, mark, err) : -1;
}

int store_claim(struct store *st, const char *run, const char *model, int judge_only,
		int64_t mark, double lease_s, size_t limit,
		int (*fn)(void *ctx, const struct store_task *t, struct tri_err *err),
		void *ctx, struct tri_err *err)
{
	if (store_commit(st, err) < 0 || store_begin(st, err) < 0)
		return -1;
	struct store_q *q = stmt(st, S_CLAIM, err);
	if (!q)
		goto fail;
	double now = store_now(st);
	bind_text(q, 1, run);
	bind_text(q, 2, model);
	q->drv->bind_int(q, 3, judge_only != 0);
	q->drv->bind_int(q, 4, mark);
	q->drv->bind_int(q, 5, limit > INT64_MAX ? INT64_MAX : (int64_t)limit);
	bind_text(q, 6, st->worker);
	q->drv->bind_real(q, 7, now + lease_s);
	q->drv->bind_real(q, 8, now);
	/* the rows are an UPDATE's: read at once, not through a cursor */
	if (rows_to(q, 0, task_row, &(struct task_cb){ fn, ctx }, err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int store_renew(struct store *st, const char *run, double lease_s, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_RENEW, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, st->worker);
	q->drv->bind_real(q, 3, store_now(st) + lease_s);
	return step_done(q, err);
}

int store_release(struct store *st, const char *run, const char *worker, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_RELEASE, err);
	if (!q || store_begin(st, err) < 0)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, worker ? worker : st->worker);
	if (step_done(q, err) < 0 || store_commit(st, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return 0;
}

struct owner_cb {
	int (*fn)(void *ctx, const char *worker, struct tri_err *err);
	void *ctx;
};

static int owner_row(struct store_q *q, void *arg, struct tri_err *err)
{
	const struct owner_cb *cb = arg;
	const char *w = col_text(q, 0);
	return w ? cb->fn(cb->ctx, w, err) : 0;
}

int store_each_lease_owner(struct store *st, const char *run,
			   int (*fn)(void *ctx, const char *worker, struct tri_err *err),
			   void *ctx, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_LEASE_OWNERS, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	return each_row(q, owner_row, &(struct owner_cb){ fn, ctx }, err);
}

int store_run_hold(struct store *st, const char *run, double lease_s, char **holder,
		   struct tri_err *err)
{
	*holder = NULL;
	struct store_q *q = stmt(st, S_RUN_HOLD, err);
	if (!q || store_begin(st, err) < 0)
		return -1;
	double now = store_now(st);
	bind_text(q, 1, run);
	bind_text(q, 2, st->worker);
	q->drv->bind_real(q, 3, now + lease_s);
	q->drv->bind_real(q, 4, now);
	int r = step_fenced(q, err);
	struct store_q *h = r == 1 ? stmt(st, S_RUN_HOLDER, err) : NULL;
	if (r == 1 && !h)
		r = -1;
	if (h) {   /* held by another: who */
		bind_text(h, 1, run);
		int got = step_row(h, err);
		if (got == 1) {
			const char *w = col_text(h, 0);
			*holder = xstrdup(w ? w : "?");
			done_with(h);
		}
		if (got < 0)
			r = -1;
	}
	if (r < 0 || store_commit(st, err) < 0) {
		store_rollback(st);
		free(*holder);
		*holder = NULL;
		return -1;
	}
	return r;
}

int store_run_unhold(struct store *st, const char *run, const char *worker, struct tri_err *err)
{
	struct store_q *q = stmt(st, S_RUN_UNHOLD, err);
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, worker ? worker : st->worker);
	return step_done(q, err);
}

int store_held_elsewhere(struct store *st, const char *run, int judge_only, int64_t *n,
			 struct tri_err *err)
{
	struct store_q *q = stmt(st, S_HELD, err);
	*n = 0;
	if (!q)
		return -1;
	bind_text(q, 1, run);
	bind_text(q, 2, st->worker);
	q->drv->bind_real(q, 3, store_now(st));
	q->drv->bind_int(q, 4, judge_only != 0);
	return step_count(st, q, n, err);
}

int store_pace_reserve(struct store *st, const char *key, double gap_s, double tok_s,
		       double owed_s, double *start, struct tri_err *err)
{
	double now = store_now(st);
	*start = now;
	if (store_begin(st, err) < 0)
		return -1;
	struct store_q *add = stmt(st, S_PACE_ADD, err);
	if (!add)
		goto fail;
	bind_text(add, 1, key);
	if (step_done(add, err) < 0)
		goto fail;
	struct store_q *q = stmt(st, S_PACE_TAKE, err);
	if (!q)
		goto fail;
	bind_text(q, 1, key);
	q->drv->bind_real(q, 2, now);
	q->drv->bind_real(q, 3, gap_s);
	q->drv->bind_real(q, 4, tok_s);
	q->drv->bind_real(q, 5, tok_s > 0 ? owed_s : 0);
	int r = step_row(q, err);
	if (r <= 0) {
		if (r == 0)
			err_set(err, TRI_RUNTIME, "%s: the pacing row of %s is missing", st->path, key);
		goto fail;
	}
	*start = col_real(q, 0) - gap_s;   /* the start reserved, before the gap it took */
	done_with(q);
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}
