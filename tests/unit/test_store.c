/* test_store.c -- the store: the life of a task, read-only opening that
 * never writes, refusal of other programs' databases, damage named. */
#include <fcntl.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sqlite3.h>
#include "t.h"
#include "util.h"
#include "buf.h"
#include "store.h"

static char dir[] = "/tmp/tri-store.XXXXXX";

static char *path_of(const char *name)
{
	struct buf b = BUF_INIT;
	buf_addf(&b, "%s/%s", dir, name);
	return buf_detach(&b);
}

static void file_hash(const char *path, char out[65])
{
	struct buf b = BUF_INIT;
	if (buf_read_file(&b, path, 0) < 0)
		buf_adds(&b, "(unreadable)");
	sha256_hex(b.s, b.len, out);
	buf_release(&b);
}

static int sql(const char *path, const char *text)
{
	sqlite3 *db;
	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	int rc = sqlite3_exec(db, text, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc == SQLITE_OK ? 0 : -1;
}

struct counts {
	int models, failures;
	char cls[32], first[128];
	int64_t failed_tasks;
};

static int count_model(void *ctx, const struct store_model *m, struct tri_err *err)
{
	((struct counts *)ctx)->models++;
	return 0;
}

static int count_failure(void *ctx, const struct store_failure *f, struct tri_err *err)
{
	struct counts *c = ctx;
	c->failures++;
	snprintf(c->cls, sizeof(c->cls), "%s", f->error_class);
	snprintf(c->first, sizeof(c->first), "%s", f->first_error ? f->first_error : "");
	c->failed_tasks += f->tasks;
	return 0;
}

/* A store with one run, one model, one suite, two items x one model:
 * task 1 answered ok, task 2 failed twice (503, then auth). */
static void make_store(const char *path, char **run)
{
	struct store st;
	struct tri_err err;
	T_EQ_INT(store_open(&st, path, STORE_WRITE, &err), 0);
	T_EQ_INT(store_begin(&st, &err), 0);
	json_t *cfg = json_pack("{s:[]}", "models");
	T_EQ_INT(store_run_create(&st, cfg, "trilemma run", run, &err), 0);
	json_decref(cfg);
	struct store_model m = { .id = "m", .spec = "compat:m@http://127.0.0.1:1/v1",
				 .provider = "compat", .name = "m", .base_url = "http://127.0.0.1:1/v1",
				 .size_total = NAN, .size_active = NAN, .price_in = NAN, .price_out = NAN };
	T_EQ_INT(store_put_model(&st, *run, &m, &err), 0);
	/* the same model twice violates the key: an error, not silence */
	T_EQ_INT(store_put_model(&st, *run, &m, &err), -1);
	T_EQ_INT(err.code, TRI_RUNTIME);
	struct store_suite s = { .name = "S", .axis = "capability", .header = "{\"name\":\"S\"}",
				 .n_items = 2 };
	T_EQ_INT(store_put_suite(&st, *run, &s, &err), 0);
	T_EQ_INT(store_put_item(&st, "h1", "i1", "{\"id\":\"i1\"}", &err), 0);
	T_EQ_INT(store_put_item(&st, "h2", "i2", "{\"id\":\"i2\"}", &err), 0);
	struct store_task t1 = { .model = "m", .suite = "S", .item = "i1", .item_hash = "h1",
				 .ord = 0, .request_hash = "q1", .request = "{}", .request_len = 2 };
	struct store_task t2 = t1;
	t2.item = "i2";
	t2.item_hash = "h2";
	t2.ord = 1;
	t2.request_hash = "q2";
	T_EQ_INT(store_put_task(&st, *run, &t1, &err), 0);
	T_EQ_INT(store_put_task(&st, *run, &t2, &err), 0);
	T_EQ_INT(store_commit(&st, &err), 0);

	int64_t pending = -1;
	T_EQ_INT(store_count_pending(&st, *run, 0, &pending, &err), 0);
	T_EQ_INT(pending, 2);
	T_EQ_INT(store_begin(&st, &err), 0);
	struct store_attempt a = { .n = 1, .started = 1, .duration = 0.1, .retry_after = NAN };
	struct store_response ok = { .ok = 1, .text = "42", .tok_in = 3, .tok_out = 1, .tok_reason = -1,
				     .cost = NAN, .latency = 0.1, .ttft = NAN, .reasoning_s = NAN };
	T_EQ_INT(store_put_attempt(&st, 1, &a, &err), 0);
	T_EQ_INT(store_put_response(&st, 1, "q1", &ok, &err), 0);
	struct store_attempt f1 = { .n = 1, .started = 1, .duration = 0.1, .http_status = 503,
				    .error_class = "overloaded", .error = "HTTP 503", .retry_after = 2 };
	struct store_attempt f2 = { .n = 2, .started = 3, .duration = 0.1, .http_status = 401,
				    .error_class = "auth", .error = "HTTP 401: bad key", .retry_after = NAN };
	struct store_response bad = { .ok = 0, .error = "HTTP 401: bad key", .raw = "{}", .raw_len = 2,
				      .tok_in = -1, .tok_out = -1, .tok_reason = -1, .cost = NAN,
				      .latency = NAN, .ttft = NAN, .reasoning_s = NAN, .http_status = 401 };
	T_EQ_INT(store_put_attempt(&st, 2, &f1, &err), 0);
	T_EQ_INT(store_put_attempt(&st, 2, &f2, &err), 0);
	T_EQ_INT(store_put_response(&st, 2, "q2", &bad, &err), 0);
	T_EQ_INT(store_commit(&st, &err), 0);
	store_close(&st);
}

static void test_life_of_a_task(void)
{
	char *path = path_of("life.db"), *run = NULL;
	struct store st;
	struct tri_err err;
	make_store(path, &run);
	T_EQ_INT(store_open(&st, path, STORE_READ, &err), 0);
	struct counts c = { 0 };
	T_EQ_INT(store_each_model(&st, run, count_model, &c, &err), 0);
	T_EQ_INT(c.models, 1);
	/* the failed task is pending again (sent again on resume); the ok one is not */
	int64_t pending = -1;
	T_EQ_INT(store_count_pending(&st, run, 0, &pending, &err), 0);
	T_EQ_INT(pending, 1);
	struct store_task_counts tc;
	T_EQ_INT(store_model_counts(&st, run, "m", &tc, &err), 0);
	T_CHECK(tc.tasks == 2 && tc.done == 1 && tc.failed == 1 && tc.pending == 0);
	/* the failure is told by the class of its last attempt */
	T_EQ_INT(store_each_failure(&st, run, "m", count_failure, &c, &err), 0);
	T_EQ_INT(c.failures, 1);
	T_EQ_STR(c.cls, "auth");
	T_EQ_STR(c.first, "HTTP 401: bad key");
	int64_t hit;
	T_EQ_INT(store_cached_response(&st, "q1", &hit, &err), 0);
	T_EQ_INT(hit, 1);
	T_EQ_INT(store_cached_response(&st, "q2", &hit, &err), 0);
	T_EQ_INT(hit, 0);   /* a failed response is never a cache hit */
	char *id = NULL;
	T_EQ_INT(store_run_resolve(&st, "latest", 0, &id, &err), 0);
	T_EQ_STR(id, run);
	free(id);
	T_EQ_INT(store_run_resolve(&st, "r-19700101-1", 0, &id, &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
	/* read-only: a write is refused */
	T_EQ_INT(store_begin(&st, &err), -1);
	store_close(&st);
	free(run);
	free(path);
}

/* Reading never changes a byte of the file. */
static void test_read_only_untouched(void)
{
	char *path = path_of("ro.db"), *run = NULL;
	char before[65], after[65];
	struct store st;
	struct tri_err err;
	make_store(path, &run);
	file_hash(path, before);
	for (int i = 0; i < 3; i++) {
		T_EQ_INT(store_open(&st, path, STORE_READ, &err), 0);
		struct counts c = { 0 };
		T_EQ_INT(store_each_failure(&st, run, "m", count_failure, &c, &err), 0);
		store_close(&st);
	}
	file_hash(path, after);
	T_EQ_STR(after, before);
	free(run);
	free(path);
}

static void test_foreign_refused(void)
{
	char *path = path_of("other.db"), *empty = path_of("empty.db"), *none = path_of("none.db");
	char before[65], after[65];
	struct store st;
	struct tri_err err;
	T_EQ_INT(sql(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
		     "INSERT INTO notes(body) VALUES ('keep me');"), 0);
	file_hash(path, before);
	T_EQ_INT(store_open(&st, path, STORE_READ, &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
	T_CHECK(strstr(err.msg, "not a trilemma store") != NULL);
	/* a command that writes refuses it too, rather than add its tables */
	T_EQ_INT(store_open(&st, path, STORE_WRITE, &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
	file_hash(path, after);
	T_EQ_STR(after, before);
	/* a 0-byte file: not a store to read, and still 0 bytes */
	int fd = open(empty, O_CREAT | O_WRONLY | O_TRUNC, 0644);
	T_CHECK(fd >= 0);
	close(fd);
	T_EQ_INT(store_open(&st, empty, STORE_READ, &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
	struct stat sb;
	T_EQ_INT(stat(empty, &sb), 0);
	T_EQ_INT(sb.st_size, 0);
	/* nothing there */
	T_EQ_INT(store_open(&st, none, STORE_READ, &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
	T_CHECK(access(none, F_OK) != 0);
	/* a text file */
	struct buf b = BUF_INIT;
	buf_adds(&b, "models:\n  - spec: openai:x\n");
	T_EQ_INT(buf_write_file(&b, none), 0);
	T_EQ_INT(store_open(&st, none, STORE_READ, &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
	buf_release(&b);
	/* an empty database becomes a store when written */
	T_EQ_INT(store_open(&st, empty, STORE_WRITE, &err), 0);
	store_close(&st);
	T_EQ_INT(store_open(&st, empty, STORE_READ, &err), 0);
	store_close(&st);
	free(path);
	free(empty);
	free(none);
}

/* A store written before the application id was set is still read. */
static void test_older_store(void)
{
	char *path = path_of("old.db"), *run = NULL;
	struct store st;
	struct tri_err err;
	make_store(path, &run);
	T_EQ_INT(sql(path, "PRAGMA application_id = 0"), 0);
	T_EQ_INT(store_open(&st, path, STORE_READ, &err), 0);
	store_close(&st);
	free(run);
	free(path);
}

/* Garbage over pages 2 and 3: the damage is named, exit code 3. */
static void test_damage_named(void)
{
	char *path = path_of("damaged.db"), *run = NULL;
	struct store st;
	struct tri_err err;
	make_store(path, &run);
	int fd = open(path, O_WRONLY);
	T_CHECK(fd >= 0);
	const off_t page = 4096;   /* SQLite's default page size */
	char junk[8192];
	memset(junk, 0xff, sizeof(junk));
	T_EQ_INT(pwrite(fd, junk, sizeof(junk), page), (long)sizeof(junk));
	close(fd);
	int rc = store_open(&st, path, STORE_READ, &err);
	if (rc == 0) {
		char *id = NULL;
		rc = store_run_resolve(&st, "latest", 0, &id, &err);
		free(id);
		store_close(&st);
	}
	T_EQ_INT(rc, -1);
	T_EQ_INT(err.code, TRI_RUNTIME);
	T_CHECK(strstr(err.msg, "damaged") != NULL);
	free(run);
	free(path);
}

/* What a run has spent: usage.cost when reported, else the tokens at the
 * model's prices; answers from the cache and tasks not answered cost 0. */
static void test_run_spend(void)
{
	char *path = path_of("spend.db"), *run = NULL, *other = NULL;
	struct store st;
	struct tri_err err;
	double usd = -1;
	T_EQ_INT(store_open(&st, path, STORE_WRITE, &err), 0);
	T_EQ_INT(store_begin(&st, &err), 0);
	json_t *cfg = json_pack("{s:[]}", "models");
	T_EQ_INT(store_run_create(&st, cfg, "trilemma run", &other, &err), 0);
	T_EQ_INT(store_run_create(&st, cfg, "trilemma run", &run, &err), 0);
	json_decref(cfg);
	struct store_model m = { .id = "m", .spec = "compat:m@http://127.0.0.1:1/v1",
				 .provider = "compat", .name = "m", .base_url = "http://127.0.0.1:1/v1",
				 .size_total = NAN, .size_active = NAN, .price_in = 2, .price_out = 10 };
	T_EQ_INT(store_put_model(&st, other, &m, &err), 0);
	T_EQ_INT(store_put_model(&st, run, &m, &err), 0);
	T_EQ_INT(store_put_item(&st, "h1", "i1", "{\"id\":\"i1\"}", &err), 0);
	static const char *const items[] = { "a", "b", "c", "d", "e" };
	for (int i = 0; i < 5; i++) {
		struct store_task t = { .model = "m", .suite = "S", .item = items[i], .item_hash = "h1",
					.ord = i, .request_hash = items[i], .request = "{}",
					.request_len = 2 };
		T_EQ_INT(store_put_task(&st, run, &t, &err), 0);   /* tasks 1-5 */
	}
	struct store_task t0 = { .model = "m", .suite = "S", .item = "a", .item_hash = "h1",
				 .request_hash = "z", .request = "{}", .request_len = 2 };
	T_EQ_INT(store_put_task(&st, other, &t0, &err), 0);       /* task 6, another run */
	struct store_response by_tokens = { .ok = 1, .text = "x", .tok_in = 1000, .tok_out = 100,
					    .tok_reason = -1, .cost = NAN, .latency = 1,
					    .ttft = NAN, .reasoning_s = NAN };
	struct store_response by_cost = by_tokens;
	by_cost.cost = 0.5;
	struct store_response failed = { .ok = 0, .error = "HTTP 500", .tok_in = -1, .tok_out = -1,
					 .tok_reason = -1, .cost = NAN, .latency = NAN, .ttft = NAN,
					 .reasoning_s = NAN, .http_status = 500 };
	T_EQ_INT(store_put_response(&st, 1, "a", &by_tokens, &err), 0);  /* 0.003 */
	T_EQ_INT(store_put_response(&st, 2, "b", &by_cost, &err), 0);    /* 0.5 */
	T_EQ_INT(store_put_response(&st, 3, "c", &failed, &err), 0);     /* 0 */
	T_EQ_INT(store_link_cached(&st, 4, 1, &err), 0);                 /* cached: 0 */
	T_EQ_INT(store_put_response(&st, 6, "z", &by_cost, &err), 0);    /* another run */
	T_EQ_INT(store_commit(&st, &err), 0);
	T_EQ_INT(store_run_spend(&st, run, &usd, &err), 0);
	T_NEAR(usd, 0.503, 1e-12);
	T_EQ_INT(store_run_spend(&st, other, &usd, &err), 0);
	T_NEAR(usd, 0.5, 1e-12);
	T_EQ_INT(store_run_spend(&st, "r-19700101-9", &usd, &err), 0);
	T_NEAR(usd, 0, 0);
	store_close(&st);
	free(run);
	free(other);
	free(path);
}

struct window_rows {
	int64_t ords[16];
	int n;
};

static int window_row(void *ctx, const struct store_task *t, struct tri_err *err)
{
	struct window_rows *w = ctx;
	if (w->n < 16)
		w->ords[w->n++] = t->ord;
	return 0;
}

static int by_ord(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* w's ords, sorted, as "0 2 4" */
static const char *ords_of(struct window_rows *w)
{
	static char s[128];
	size_t k = 0;
	qsort(w->ords, (size_t)w->n, sizeof(w->ords[0]), by_ord);
	s[0] = 0;
	for (int i = 0; i < w->n && k < sizeof(s) - 24; i++)
		k += (size_t)snprintf(s + k, sizeof(s) - k, "%s%lld", i ? " " : "",
				      (long long)w->ords[i]);
	w->n = 0;
	return s;
}

/* Two workers (two connections) claim a run's tasks: in plan order, never
 * the same task while a lease holds, a lease that ran out is claimed
 * again, a renewed one is not; a task is answered only by the worker
 * holding it; what failed after a worker's mark is not claimed by it; a
 * release gives back at once; the judge's tasks with judge_only. The
 * run's own lease has one holder at a time. */
static void test_claims(void)
{
	char *path = path_of("claims.db"), *run = NULL;
	struct store a, b;
	struct tri_err err;
	T_EQ_INT(store_open(&a, path, STORE_WRITE, &err), 0);
	T_EQ_INT(store_begin(&a, &err), 0);
	json_t *cfg = json_pack("{s:[]}", "models");
	T_EQ_INT(store_run_create(&a, cfg, "trilemma run", &run, &err), 0);
	json_decref(cfg);
	T_EQ_INT(store_put_item(&a, "h1", "i1", "{\"id\":\"i1\"}", &err), 0);
	static const char *const items[] = { "a", "b", "c", "d", "e", "f", "g" };
	/* model m: ords 0, 2, 4, 6, 8, 10, 12 (tasks 1-7); model n: ords 1, 3,
	 * 5 (tasks 8-10); a judge task of m's first (task 11, ord 100) */
	for (int i = 0; i < 7; i++) {
		struct store_task t = { .model = "m", .suite = "S", .item = items[i], .item_hash = "h1",
					.ord = 2 * i, .request_hash = items[i], .request = "{}",
					.request_len = 2 };
		T_EQ_INT(store_put_task(&a, run, &t, &err), 0);
	}
	for (int i = 0; i < 3; i++) {
		struct store_task t = { .model = "n", .suite = "S", .item = items[i], .item_hash = "h1",
					.ord = 2 * i + 1, .request_hash = items[i], .request = "{}",
					.request_len = 2 };
		T_EQ_INT(store_put_task(&a, run, &t, &err), 0);
	}
	struct store_task j = { .model = "J", .suite = "S", .item = "a", .item_hash = "h1",
				.ord = 100, .request_hash = "j", .request = "{}", .request_len = 2,
				.judge_of = 1 };
	T_EQ_INT(store_put_task(&a, run, &j, &err), 0);
	T_EQ_INT(store_put_task(&a, run, &j, &err), 0);   /* planned twice: kept once */
	T_EQ_INT(store_commit(&a, &err), 0);
	T_EQ_INT(store_open(&b, path, STORE_WRITE, &err), 0);
	T_CHECK(strcmp(a.worker, b.worker) != 0);

	int64_t n = -1, mark = -1;
	T_EQ_INT(store_count_pending(&a, run, 1, &n, &err), 0);
	T_EQ_INT(n, 1);
	T_EQ_INT(store_response_mark(&a, &mark, &err), 0);
	T_EQ_INT(mark, 0);
	struct window_rows w = { { 0 }, 0 };
	T_EQ_INT(store_claim(&a, run, "m", 0, mark, 60, 3, window_row, &w, &err), 0);
	T_EQ_STR(ords_of(&w), "0 2 4");
	T_EQ_INT(store_claim(&b, run, "m", 0, mark, 60, 3, window_row, &w, &err), 0);
	T_EQ_STR(ords_of(&w), "6 8 10");
	T_EQ_INT(store_held_elsewhere(&a, run, 0, &n, &err), 0);
	T_EQ_INT(n, 3);
	/* task 4 (ord 6) is b's: a's answer to it is kept out, b's is taken */
	struct store_response ok = { .ok = 1, .text = "x", .tok_in = -1, .tok_out = -1,
				     .tok_reason = -1, .cost = NAN, .latency = 1, .ttft = NAN,
				     .reasoning_s = NAN };
	struct store_response bad = ok;
	bad.ok = 0;
	T_EQ_INT(store_begin(&a, &err), 0);
	T_EQ_INT(store_put_response(&a, 4, "d", &ok, &err), 1);
	T_EQ_INT(store_link_cached(&a, 4, 1, &err), 1);
	T_EQ_INT(store_put_response(&a, 2, "b", &bad, &err), 0);   /* ord 2 failed */
	T_EQ_INT(store_commit(&a, &err), 0);
	T_EQ_INT(store_begin(&b, &err), 0);
	T_EQ_INT(store_put_response(&b, 4, "d", &ok, &err), 0);
	T_EQ_INT(store_put_response(&b, 4, "d", &ok, &err), 1);    /* once */
	T_EQ_INT(store_commit(&b, &err), 0);
	/* a's next claim: not what it failed since its mark, not b's */
	T_EQ_INT(store_claim(&a, run, "m", 0, mark, 60, 3, window_row, &w, &err), 0);
	T_EQ_STR(ords_of(&w), "12");
	/* a lease that ran out is claimed by the other worker */
	T_EQ_INT(store_claim(&b, run, "n", 0, mark, -10, 10, window_row, &w, &err), 0);
	T_EQ_STR(ords_of(&w), "1 3 5");
	T_EQ_INT(store_held_elsewhere(&a, run, 0, &n, &err), 0);
	T_EQ_INT(n, 2);   /* ords 8 and 10 */
	T_EQ_INT(store_claim(&a, run, "n", 0, mark, 60, 10, window_row, &w, &err), 0);
	T_EQ_STR(ords_of(&w), "1 3 5");
	T_EQ_INT(store_begin(&b, &err), 0);
	T_EQ_INT(store_put_response(&b, 8, "a", &ok, &err), 1);    /* too late */
	T_EQ_INT(store_commit(&b, &err), 0);
	/* renewed leases hold */
	T_EQ_INT(store_claim(&b, run, "J", 1, mark, -10, 10, window_row, &w, &err), 0);
	T_EQ_STR(ords_of(&w), "100");
	T_EQ_INT(store_held_elsewhere(&a, run, 1, &n, &err), 0);
	T_EQ_INT(n, 0);
	T_EQ_INT(store_renew(&b, run, 60, &err), 0);
	T_EQ_INT(store_held_elsewhere(&a, run, 1, &n, &err), 0);
	T_EQ_INT(n, 1);
	T_EQ_INT(store_claim(&a, run, "J", 1, mark, 60, 10, window_row, &w, &err), 0);
	T_EQ_INT(w.n, 0);
	T_EQ_INT(store_claim(&a, run, "n", 1, mark, 60, 10, window_row, &w, &err), 0);
	T_EQ_INT(w.n, 0);   /* judge_only: only the judge's */
	/* a release gives back at once; a later mark claims the failed task */
	T_EQ_INT(store_begin(&a, &err), 0);
	T_EQ_INT(store_release(&a, run, NULL, &err), 0);
	T_EQ_INT(store_commit(&a, &err), 0);
	T_EQ_INT(store_held_elsewhere(&b, run, 0, &n, &err), 0);
	T_EQ_INT(n, 0);
	T_EQ_INT(store_response_mark(&b, &mark, &err), 0);
	T_CHECK(mark >= 3);
	T_EQ_INT(store_claim(&b, run, "m", 0, mark, 60, 10, window_row, &w, &err), 0);
	T_EQ_STR(ords_of(&w), "0 2 4 12");
	T_EQ_INT(store_claim(&b, run, "n", 0, mark, 60, 10, window_row, &w, &err), 0);
	T_EQ_STR(ords_of(&w), "1 3 5");
	/* a worker known dead: its leases given back by another */
	T_EQ_INT(store_held_elsewhere(&a, run, 0, &n, &err), 0);
	T_EQ_INT(n, 10);   /* m: 0 2 4 8 10 12; n: 1 3 5; J: 100 */
	T_EQ_INT(store_begin(&a, &err), 0);
	T_EQ_INT(store_release(&a, run, b.worker, &err), 0);
	T_EQ_INT(store_commit(&a, &err), 0);
	T_EQ_INT(store_held_elsewhere(&a, run, 0, &n, &err), 0);
	T_EQ_INT(n, 0);
	/* the run's own lease: one holder at a time, given back or run out */
	char *holder = NULL;
	T_EQ_INT(store_run_hold(&a, run, 60, &holder, &err), 0);
	T_CHECK(holder == NULL);
	T_EQ_INT(store_run_hold(&a, run, 60, &holder, &err), 0);   /* renewed */
	T_EQ_INT(store_run_hold(&b, run, 60, &holder, &err), 1);
	T_EQ_STR(holder, a.worker);
	free(holder);
	T_EQ_INT(store_run_unhold(&b, run, NULL, &err), 0);        /* not b's: nothing */
	T_EQ_INT(store_run_hold(&b, run, 60, &holder, &err), 1);
	free(holder);
	T_EQ_INT(store_run_unhold(&a, run, NULL, &err), 0);
	T_EQ_INT(store_run_hold(&b, run, -10, &holder, &err), 0);
	T_EQ_INT(store_run_hold(&a, run, 60, &holder, &err), 0);  /* b's ran out */
	T_CHECK(holder == NULL);
	store_close(&b);
	store_close(&a);
	free(run);
	free(path);
}

/* Shared pacing: starts gap_s apart, after the tokens reserved before
 * have drained; a settlement moves the token budget. */
static void test_pacing(void)
{
	char *path = path_of("pacing.db");
	struct store st;
	struct tri_err err;
	double s1, s2, s3, s4, s5;
	T_EQ_INT(store_open(&st, path, STORE_WRITE, &err), 0);
	T_CHECK(!store_shared(&st));
	double now = store_now(&st);
	T_EQ_INT(store_pace_reserve(&st, "u m", 2, 0, 0, &s1, &err), 0);
	T_CHECK(fabs(s1 - now) < 1);
	T_EQ_INT(store_pace_reserve(&st, "u m", 2, 0, 0, &s2, &err), 0);
	T_CHECK(fabs(s2 - s1 - 2) < 1e-6);
	T_EQ_INT(store_pace_reserve(&st, "u m", 2, 10, 0, &s3, &err), 0);
	T_CHECK(fabs(s3 - s2 - 2) < 1e-6);
	T_EQ_INT(store_pace_reserve(&st, "u m", 2, 10, 0, &s4, &err), 0);
	T_CHECK(fabs(s4 - s3 - 10) < 1e-6);   /* the tokens drain 10 s */
	T_EQ_INT(store_pace_reserve(&st, "other", 2, 0, 0, &s5, &err), 0);
	T_CHECK(s5 < s2);                       /* another model has its own */
	/* the one before used 6 s of tokens fewer than reserved: 4 s after it */
	T_EQ_INT(store_pace_reserve(&st, "u m", 2, 10, -6, &s5, &err), 0);
	T_CHECK(fabs(s5 - s4 - 4) < 1e-6);
	/* a request without tokens to reserve corrects nothing: it waits for
	 * the tokens of the one before (10 s) */
	T_EQ_INT(store_pace_reserve(&st, "u m", 2, 0, -100, &s1, &err), 0);
	T_CHECK(fabs(s1 - s5 - 10) < 1e-6);
	store_close(&st);
	free(path);
}

static int rank_row(void *ctx, const struct store_task *t, struct tri_err *err)
{
	struct window_rows *w = ctx;
	if (w->n < 16)
		w->ords[w->n++] = t->rank;
	return 0;
}

struct graded_rows {
	int64_t rank[16];
	const char *verdict[16];   /* "-" when none; static strings */
	int n, security;
};

static int graded_row(void *ctx, const struct store_ranked_grade *g, struct tri_err *err)
{
	struct graded_rows *r = ctx;
	if (r->n >= 16)
		return 0;
	r->rank[r->n] = g->rank;
	r->verdict[r->n++] = !g->verdict ? "-" : !strcmp(g->verdict, "correct") ? "correct" : "other";
	r->security += g->axis && !strcmp(g->axis, "security");
	return 0;
}

/* An adaptive round's windows: a model's tasks ranked up to a limit, in
 * rank order, whatever their plan order; their count; the grades read
 * back in rank order (a grade older than the task's response is none);
 * the adaptive state kept per run. */
static void test_ranked(void)
{
	char *path = path_of("ranked.db"), *run = NULL, *state = NULL;
	struct store st;
	struct tri_err err;
	T_EQ_INT(store_open(&st, path, STORE_WRITE, &err), 0);
	T_EQ_INT(store_begin(&st, &err), 0);
	json_t *cfg = json_pack("{s:[]}", "models");
	T_EQ_INT(store_run_create(&st, cfg, "trilemma run --adaptive", &run, &err), 0);
	json_decref(cfg);
	struct store_suite su = { .name = "S", .axis = "security", .n_items = 6 };
	T_EQ_INT(store_put_suite(&st, run, &su, &err), 0);
	T_EQ_INT(store_put_item(&st, "h1", "i1", "{\"id\":\"i1\"}", &err), 0);
	static const char *const items[] = { "a", "b", "c", "d", "e", "f" };
	static const int64_t ranks[] = { 4, 1, 6, 2, 5, 3 };   /* per unit, plan order */
	/* tasks 1-6 of model m, 7-12 of model n: same ranks */
	for (int k = 0; k < 2; k++)
		for (int i = 0; i < 6; i++) {
			struct store_task t = { .model = k ? "n" : "m", .suite = "S", .item = items[i],
						.item_hash = "h1", .ord = 2 * i + k, .request_hash = items[i],
						.request = "{}", .request_len = 2, .rank = ranks[i] };
			T_EQ_INT(store_put_task(&st, run, &t, &err), 0);
		}
	T_EQ_INT(store_commit(&st, &err), 0);
	int64_t n = -1;
	T_EQ_INT(store_count_pending_ranked(&st, run, "m", 0, 3, &n, &err), 0);
	T_EQ_INT(n, 3);
	struct window_rows w = { { 0 }, 0 };
	T_EQ_INT(store_each_pending_ranked(&st, run, "m", 0, INT64_MIN, 3, 2, rank_row, &w, &err), 0);
	T_EQ_INT(w.n, 2);
	T_CHECK(w.ords[0] == 1 && w.ords[1] == 2);
	w.n = 0;
	T_EQ_INT(store_each_pending_ranked(&st, run, "m", 0, 2, 3, 2, rank_row, &w, &err), 0);
	T_EQ_INT(w.n, 1);
	T_EQ_INT(w.ords[0], 3);
	/* rank 2 of m (task 4) answered ok: no longer pending, and ungraded */
	struct store_response ok = { .ok = 1, .text = "x", .tok_in = -1, .tok_out = -1,
				     .tok_reason = -1, .cost = NAN, .latency = 1, .ttft = NAN,
				     .reasoning_s = NAN };
	T_EQ_INT(store_begin(&st, &err), 0);
	T_EQ_INT(store_put_response(&st, 4, "d", &ok, &err), 0);
	T_EQ_INT(store_put_response(&st, 2, "b", &ok, &err), 0);
	struct store_grade g = { .verdict = "correct", .score = 1, .confidence = NAN,
				 .grader = "exact" };
	T_EQ_INT(store_put_grade(&st, 2, &g, &err), 0);
	T_EQ_INT(store_commit(&st, &err), 0);
	T_EQ_INT(store_count_pending_ranked(&st, run, "m", 0, 3, &n, &err), 0);
	T_EQ_INT(n, 1);
	T_EQ_INT(store_count_pending_ranked(&st, run, "n", 0, 3, &n, &err), 0);
	T_EQ_INT(n, 3);
	struct graded_rows r = { .n = 0 };
	T_EQ_INT(store_each_ranked_grade(&st, run, "m", 0, 3, graded_row, &r, &err), 0);
	T_EQ_INT(r.n, 3);
	T_CHECK(r.rank[0] == 1 && r.rank[1] == 2 && r.rank[2] == 3);
	T_EQ_STR(r.verdict[0], "correct");
	T_EQ_STR(r.verdict[1], "-");
	T_EQ_STR(r.verdict[2], "-");
	T_EQ_INT(r.security, 3);
	r.n = 0;
	T_EQ_INT(store_each_ranked_grade(&st, run, "m", 1, 3, graded_row, &r, &err), 0);
	T_EQ_INT(r.n, 2);
	T_EQ_INT(r.rank[0], 2);
	/* a failed answer (task 3, rank 6): pending only among the failed */
	struct store_response bad = ok;
	bad.ok = 0;
	T_EQ_INT(store_begin(&st, &err), 0);
	T_EQ_INT(store_put_response(&st, 3, "c", &bad, &err), 0);
	T_EQ_INT(store_commit(&st, &err), 0);
	T_EQ_INT(store_count_pending_ranked(&st, run, "m", 0, 6, &n, &err), 0);
	T_EQ_INT(n, 3);
	T_EQ_INT(store_count_pending_ranked(&st, run, "m", 1, 6, &n, &err), 0);
	T_EQ_INT(n, 1);
	w.n = 0;
	T_EQ_INT(store_each_pending_ranked(&st, run, "m", 1, INT64_MIN, 6, 8, rank_row, &w, &err), 0);
	T_EQ_INT(w.n, 1);
	T_EQ_INT(w.ords[0], 6);
	/* an answered task is not answered again: the store keeps the first */
	T_EQ_INT(store_begin(&st, &err), 0);
	T_EQ_INT(store_put_response(&st, 2, "b", &ok, &err), 1);
	T_EQ_INT(store_commit(&st, &err), 0);
	r.n = 0;
	T_EQ_INT(store_each_ranked_grade(&st, run, "m", 0, 1, graded_row, &r, &err), 0);
	T_EQ_INT(r.n, 1);
	T_EQ_STR(r.verdict[0], "correct");
	/* a failed task answered again after its grade: the old grade counts as none */
	T_EQ_INT(store_begin(&st, &err), 0);
	T_EQ_INT(store_put_grade(&st, 3, &g, &err), 0);
	T_EQ_INT(store_commit(&st, &err), 0);
	T_EQ_INT(store_begin(&st, &err), 0);
	T_EQ_INT(store_put_response(&st, 3, "c", &ok, &err), 0);
	T_EQ_INT(store_commit(&st, &err), 0);
	r.n = 0;
	T_EQ_INT(store_each_ranked_grade(&st, run, "m", 0, 6, graded_row, &r, &err), 0);
	T_CHECK(r.n > 0 && r.rank[r.n - 1] == 6);
	T_EQ_STR(r.verdict[r.n - 1], "-");
	/* the adaptive state: none, then the last one written */
	T_EQ_INT(store_adaptive(&st, run, &state, &err), 0);
	T_CHECK(state == NULL);
	T_EQ_INT(store_put_adaptive(&st, run, "{\"looks\":1}", &err), 0);
	T_EQ_INT(store_put_adaptive(&st, run, "{\"looks\":2}", &err), 0);
	T_EQ_INT(store_adaptive(&st, run, &state, &err), 0);
	T_EQ_STR(state, "{\"looks\":2}");
	free(state);
	store_close(&st);
	free(run);
	free(path);
}

/* store_redacted(in) is want. */
static void redacts(const char *in, const char *want)
{
	char *got = store_redacted(in);
	T_EQ_STR(got, want);
	free(got);
}

/* A password in a URL is shown as ***, however libpq would read it; a text
 * that is no URL is left as it is. */
static void test_redacted(void)
{
	redacts("trilemma.db", "trilemma.db");
	redacts("postgresql://alice@db/evals", "postgresql://alice@db/evals");
	redacts("postgresql://alice:s3cret@db:5432/evals", "postgresql://alice:***@db:5432/evals");
	redacts("postgresql://u:pa?ss@h/db", "postgresql://u:***@h/db");
	redacts("postgresql://u:p@ss@h/db", "postgresql://u:***@h/db");
	redacts("--db=postgres://u:x@h/db", "--db=postgres://u:***@h/db");
	redacts("postgresql://h/db?sslpassword=kp&password=s", "postgresql://h/db?sslpassword=***&password=***");
	redacts("postgresql://h/db?%70assword=s&sslmode=require", "postgresql://h/db?%70assword=***&sslmode=require");
	redacts("postgresql:///db?host=/run/pg&user=tri", "postgresql:///db?host=/run/pg&user=tri");
	redacts("openai:m@http://user:key@proxy/v1", "openai:m@http://user:***@proxy/v1");
}

int main(void)
{
	if (!mkdtemp(dir))
		return 1;
	T_RUN(test_life_of_a_task);
	T_RUN(test_read_only_untouched);
	T_RUN(test_foreign_refused);
	T_RUN(test_older_store);
	T_RUN(test_damage_named);
	T_RUN(test_run_spend);
	T_RUN(test_claims);
	T_RUN(test_pacing);
	T_RUN(test_ranked);
	T_RUN(test_redacted);
	struct buf cmd = BUF_INIT;
	buf_addf(&cmd, "rm -rf '%s'", dir);
	if (system(cmd.s) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	buf_release(&cmd);
	return t_done("test_store");
}
