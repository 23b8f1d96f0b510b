/* batch.c -- the test server's batch APIs: OpenAI's Batch API (files and
 * batches) and Anthropic's Message Batches, simulated.
 *
 * A batch's life depends only on the clock and on the script's "batch"
 * settings of the model its first request names (complete_ms, and at most
 * one of expire_after and cancel_after):
 *
 *   created ──(complete_ms)──> ended: completed, or expired / cancelled
 *      │                       with only the first N requests processed
 *      └──(client cancel)──> cancelling in the cancel response, ended
 *                            (cancelled) for everyone after it, with the
 *                            first floor(n × elapsed / complete_ms)
 *                            requests processed
 *
 * An OpenAI batch whose input file breaks the line rules has no requests
 * and is "failed", with its errors, at every look after its creation. The
 * create response says "validating" (OpenAI) or "in_progress" (Anthropic);
 * every later look computes the state from the time.
 *
 * The requests are answered when a batch is first looked at after it has
 * ended ("settled", under the store's lock): the processed ones in input
 * order through sim_batch_answer(), which decides each exactly as the
 * interactive endpoint would (rules, usage, attempt counts, faults) and
 * writes its ledger line. So a request that a cancel or an expiry cut off
 * never counts as an attempt. Settling builds the output and error files
 * (OpenAI) or the results (Anthropic) once; they list the requests in the
 * reverse of the input order, as the real APIs promise no order and a
 * client must match by custom_id.
 *
 * Memory is bounded: a body is at most 64 MiB (trisim.c), the store keeps
 * at most BATCH_MAX batches and UPLOAD_MAX uploaded files, and refuses more
 * with 429. A client frees room as with the real APIs: DELETE a file, or an
 * Anthropic batch that has ended. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>
#include <microhttpd.h>

#include "batch.h"

#define BATCH_MAX 1024          /* batches kept, both APIs together */
#define UPLOAD_MAX 1024         /* files uploaded */
#define OPENAI_MAX_REQUESTS 50000
#define ANTH_MAX_REQUESTS 100000
#define FILE_CAP (64u << 20)    /* an uploaded file's bytes */
#define PURPOSE_CAP 256u        /* the purpose field's bytes */
#define ERRORS_MAX 1000         /* line errors listed for a failed batch */
#define DAY_S 86400

struct file {
	char *id, *filename, *purpose;
	char *data;
	size_t len;
	long long created;          /* UNIX seconds */
};

enum end_kind { END_COMPLETE, END_EXPIRE, END_CANCEL };

struct item {
	char *custom_id;
	json_t *body;               /* the request; dropped once settled */
};

struct batch {
	char *id;
	enum sim_api api;
	long long created_ms;       /* UNIX milliseconds */
	long complete_ms;
	enum end_kind end;          /* how it ends at complete_ms */
	size_t end_n;               /* requests processed when it expires / is cancelled */
	int cancelled;              /* a client cancelled it ... */
	long long cancel_ms;        /* ... then */
	size_t cancel_n;            /* ... with this many processed */
	int auth;                   /* it was created with a key */
	json_t *errors;             /* OpenAI: the input broke the rules: failed */
	char *input_file_id;        /* OpenAI */
	json_t *metadata;           /* OpenAI; NULL: null */
	struct item *items;
	size_t n;
	/* once settled */
	int settled;
	size_t ok, errored, cut;    /* answered 200, error results, expired / cancelled */
	char *output_file_id, *error_file_id;   /* OpenAI; NULL: none */
	char *results;              /* Anthropic: the JSONL */
	size_t results_len;
};

struct batch_store {
	pthread_mutex_t mu;         /* guards everything below */
	struct file *files;
	size_t nfiles, cap_files, nuploads; /* nuploads: files of purpose "batch" */
	struct batch **batches;     /* in creation order */
	size_t nbatches;
	unsigned long next_file, next_batch, next_msgbatch;
};

static json_t *must(json_t *v)
{
	if (!v)
		abort(); /* jansson fails only when out of memory */
	return v;
}

static char *must_str(char *s)
{
	if (!s)
		abort();
	return s;
}

static char *dump(const json_t *v)
{
	return must_str(json_dumps(v, JSON_COMPACT));
}

/* ---- byte strings (struct sb, trisim.h) ---- */

/* Append N bytes unless the string would pass MAX bytes: -1 then, and
 * nothing appended. */
static int sb_add_max(struct sb *b, const char *s, size_t n, size_t max)
{
	if (n > max - b->len)
		return -1;
	sb_add(b, s, n);
	return 0;
}

/* Append V (consumed) as one JSON line. */
static void sb_line(struct sb *b, json_t *v)
{
	char *s = dump(v);
	json_decref(v);
	sb_add(b, s, strlen(s));
	sb_add(b, "\n", 1);
	free(s);
}

/* ---- the store ---- */

struct batch_store *batch_store_alloc(void)
{
	struct batch_store *bs = calloc(1, sizeof *bs);
	if (!bs)
		return NULL;
	if (pthread_mutex_init(&bs->mu, NULL) != 0) {
		free(bs);
		return NULL;
	}
	return bs;
}

static void batch_free(struct batch *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++) {
		free(b->items[i].custom_id);
		json_decref(b->items[i].body);
	}
	free(b->items);
	free(b->id);
	json_decref(b->errors);
	free(b->input_file_id);
	json_decref(b->metadata);
	free(b->output_file_id);
	free(b->error_file_id);
	free(b->results);
	free(b);
}

void batch_store_free(struct batch_store *bs)
{
	if (!bs)
		return;
	for (size_t i = 0; i < bs->nfiles; i++) {
		free(bs->files[i].id);
		free(bs->files[i].filename);
		free(bs->files[i].purpose);
		free(bs->files[i].data);
	}
	free(bs->files);
	for (size_t i = 0; i < bs->nbatches; i++)
		batch_free(bs->batches[i]);
	free(bs->batches);
	pthread_mutex_destroy(&bs->mu);
	free(bs);
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Add a file (taking DATA) and return it; the caller holds the lock. */
static struct file *file_add(struct batch_store *bs, const char *filename, const char *purpose,
			     char *data, size_t len, long long created)
{
	if (bs->nfiles == bs->cap_files) {
		size_t cap = bs->cap_files ? bs->cap_files * 2 : 16;
		struct file *f = realloc(bs->files, cap * sizeof *f);
		if (!f)
			abort();
		bs->files = f;
		bs->cap_files = cap;
	}
	struct file *f = &bs->files[bs->nfiles++];
	f->id = must_str(sim_asprintf("file-sim-%lu", ++bs->next_file));
	f->filename = must_str(strdup(filename));
	f->purpose = must_str(strdup(purpose));
	f->data = data ? data : must_str(strdup(""));
	f->len = len;
	f->created = created;
	return f;
}

static struct file *file_find(struct batch_store *bs, const char *id)
{
	for (size_t i = 0; i < bs->nfiles; i++)
		if (strcmp(bs->files[i].id, id) == 0)
			return &bs->files[i];
	return NULL;
}

static struct batch *batch_find(struct batch_store *bs, enum sim_api api, const char *id)
{
	for (size_t i = 0; i < bs->nbatches; i++)
		if (bs->batches[i]->api == api && strcmp(bs->batches[i]->id, id) == 0)
			return bs->batches[i];
	return NULL;
}

/* ---- a batch's state, from the time ---- */

static long long end_ms(const struct batch *b)
{
	return b->cancelled ? b->cancel_ms : b->created_ms + b->complete_ms;
}

static int has_ended(const struct batch *b, long long now)
{
	return b->errors || now >= end_ms(b);
}

/* How an ended batch ended. */
static enum end_kind outcome(const struct batch *b)
{
	return b->cancelled ? END_CANCEL : b->end;
}

static size_t processed(const struct batch *b)
{
	if (b->cancelled)
		return b->cancel_n;
	if (b->end == END_COMPLETE)
		return b->n;
	return b->end_n < b->n ? b->end_n : b->n;
}

/* Take the end settings from the model of the first request, if scripted. */
static void batch_timing(struct sim *sim, struct batch *b, json_t *first_body)
{
	const char *model = json_string_value(json_object_get(first_body, "model"));
	const struct model *m = model ? script_model(sim_script(sim), model) : NULL;
	b->complete_ms = m ? m->batch_complete_ms : 1000;
	b->end = END_COMPLETE;
	if (m && m->batch_expire_after >= 0) {
		b->end = END_EXPIRE;
		b->end_n = (size_t)m->batch_expire_after;
	} else if (m && m->batch_cancel_after >= 0) {
		b->end = END_CANCEL;
		b->end_n = (size_t)m->batch_cancel_after;
	}
}

/* OpenAI ids of a request line: "batch_req_sim_1_3", "req_sim_1_3". */
static json_t *openai_line(const struct batch *b, size_t i)
{
	const char *num = b->id + strlen("batch_");
	char *id = must_str(sim_asprintf("batch_req_%s_%zu", num, i + 1));
	json_t *o = must(json_pack("{s:s, s:s}", "id", id, "custom_id", b->items[i].custom_id));
	free(id);
	return o;
}

/* Answer the processed requests and build the results; the caller holds
 * the lock and B has ended. */
static void settle(struct sim *sim, struct batch_store *bs, struct batch *b)
{
	if (b->settled)
		return;
	b->settled = 1;
	if (b->errors)
		return;
	size_t np = processed(b);
	int *status = calloc(np ? np : 1, sizeof *status);
	json_t **ans = calloc(np ? np : 1, sizeof *ans);
	if (!status || !ans)
		abort();
	for (size_t i = 0; i < np; i++) {
		status[i] = sim_batch_answer(sim, b->api, b->items[i].body, b->id,
					     b->items[i].custom_id, b->auth, &ans[i]);
		if (status[i] == 200)
			b->ok++;
		else
			b->errored++;
	}
	b->cut = b->n - np;
	const int cancel = outcome(b) == END_CANCEL;
	struct sb out = { 0 }, err = { 0 };
	for (size_t k = b->n; k-- > 0;) {
		json_t *a = k < np ? ans[k] : NULL;
		if (b->api == API_ANTHROPIC) {
			json_t *r = k >= np ? must(json_pack("{s:s}", "type", cancel ? "canceled" : "expired"))
				  : status[k] == 200 ? must(json_pack("{s:s, s:O}", "type", "succeeded", "message", a))
				  : must(json_pack("{s:s, s:O}", "type", "errored", "error", a));
			sb_line(&out, must(json_pack("{s:s, s:o}", "custom_id", b->items[k].custom_id,
						      "result", r)));
			continue;
		}
		json_t *line = openai_line(b, k);
		if (k < np) {
			const char *num = b->id + strlen("batch_");
			char *rid = must_str(sim_asprintf("req_%s_%zu", num, k + 1));
			json_object_set_new(line, "response", must(json_pack("{s:i, s:s, s:O}",
				"status_code", status[k], "request_id", rid, "body", a)));
			json_object_set_new(line, "error", json_null());
			free(rid);
		} else {
			json_object_set_new(line, "response", json_null());
			json_object_set_new(line, "error", must(json_pack("{s:s, s:s}",
				"code", cancel ? "batch_cancelled" : "batch_expired",
				"message", cancel ? "This request was not executed because the batch "
						    "was cancelled."
						  : "This request could not be executed before the "
						    "completion window expired.")));
		}
		sb_line(k < np && status[k] == 200 ? &out : &err, line);
	}
	for (size_t i = 0; i < np; i++)
		json_decref(ans[i]);
	free(ans);
	free(status);
	for (size_t i = 0; i < b->n; i++) {
		json_decref(b->items[i].body);
		b->items[i].body = NULL;
	}
	long long at = end_ms(b) / 1000;
	if (b->api == API_ANTHROPIC) {
		b->results = out.s ? out.s : must_str(strdup(""));
		b->results_len = out.len;
		free(err.s);
		return;
	}
	if (out.len) {
		char *name = must_str(sim_asprintf("%s_output.jsonl", b->id));
		b->output_file_id = must_str(strdup(file_add(bs, name, "batch_output", out.s, out.len,
							     at)->id));
		free(name);
	} else {
		free(out.s);
	}
	if (err.len) {
		char *name = must_str(sim_asprintf("%s_error.jsonl", b->id));
		b->error_file_id = must_str(strdup(file_add(bs, name, "batch_output", err.s, err.len,
							    at)->id));
		free(name);
	} else {
		free(err.s);
	}
}

/* ---- the objects ---- */

enum view {
	VIEW_NOW,       /* as the clock says */
	VIEW_CREATED,   /* the create response */
	VIEW_CANCEL,    /* the cancel response */
};

static json_t *secs_or_null(int set, long long ms)
{
	return set ? must(json_integer(ms / 1000)) : json_null();
}

static json_t *openai_batch_json(const struct batch *b, long long now, enum view v)
{
	const char *status;
	int ended = v == VIEW_NOW && has_ended(b, now);
	int failed = ended && b->errors;
	enum end_kind how = outcome(b);
	if (v == VIEW_CREATED)
		status = "validating";
	else if (failed)
		status = "failed";
	else if (v == VIEW_CANCEL)
		status = "cancelling";
	else if (!ended)
		status = "in_progress";
	else
		status = how == END_CANCEL ? "cancelled" : how == END_EXPIRE ? "expired" : "completed";
	long long end = end_ms(b);
	int done = ended && !b->errors;
	json_t *o = must(json_pack("{s:s, s:s, s:s, s:O?, s:s, s:s, s:s}",
		"id", b->id, "object", "batch", "endpoint", "/v1/chat/completions",
		"errors", failed ? b->errors : NULL, "input_file_id", b->input_file_id,
		"completion_window", "24h", "status", status));
	json_object_set_new(o, "output_file_id", done && b->output_file_id
			    ? must(json_string(b->output_file_id)) : json_null());
	json_object_set_new(o, "error_file_id", done && b->error_file_id
			    ? must(json_string(b->error_file_id)) : json_null());
	json_object_set_new(o, "created_at", secs_or_null(1, b->created_ms));
	json_object_set_new(o, "in_progress_at",
			    secs_or_null(v != VIEW_CREATED && !b->errors, b->created_ms));
	json_object_set_new(o, "expires_at", must(json_integer(b->created_ms / 1000 + DAY_S)));
	json_object_set_new(o, "finalizing_at", secs_or_null(done && how == END_COMPLETE, end));
	json_object_set_new(o, "completed_at", secs_or_null(done && how == END_COMPLETE, end));
	json_object_set_new(o, "failed_at", secs_or_null(failed, b->created_ms));
	json_object_set_new(o, "expired_at", secs_or_null(done && how == END_EXPIRE, end));
	int cancelling = !b->errors && (v == VIEW_CANCEL || (done && how == END_CANCEL));
	json_object_set_new(o, "cancelling_at", secs_or_null(cancelling, end));
	json_object_set_new(o, "cancelled_at", secs_or_null(done && how == END_CANCEL, end));
	json_object_set_new(o, "request_counts", must(json_pack("{s:I, s:I, s:I}",
		"total", (json_int_t)b->n, "completed", (json_int_t)(done ? b->ok : 0),
		"failed", (json_int_t)(done ? b->errored + b->cut : 0))));
	json_object_set_new(o, "metadata", b->metadata ? json_incref(b->metadata) : json_null());
	return o;
}

/* RFC 3339 in UTC with microseconds, as Anthropic writes its times. */
static json_t *rfc3339(long long ms)
{
	time_t s = (time_t)(ms / 1000);
	struct tm tm;
	char day[32];
	if (!gmtime_r(&s, &tm) || !strftime(day, sizeof day, "%Y-%m-%dT%H:%M:%S", &tm))
		abort();
	char *t = must_str(sim_asprintf("%s.%06lldZ", day, (ms % 1000) * 1000));
	json_t *v = must(json_string(t));
	free(t);
	return v;
}

/* Anthropic's results_url: absolute, on the address and port this
 * connection came in on. */
static char *results_url(struct MHD_Connection *c, const struct batch *b)
{
	unsigned port = 0;
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_DAEMON);
	if (ci) {
		const union MHD_DaemonInfo *di =
			MHD_get_daemon_info(ci->daemon, MHD_DAEMON_INFO_BIND_PORT);
		if (di)
			port = di->port;
	}
	return must_str(sim_asprintf("http://127.0.0.1:%u/v1/messages/batches/%s/results",
				     port, b->id));
}

static json_t *anth_batch_json(struct MHD_Connection *c, const struct batch *b, long long now,
			       enum view v)
{
	int ended = v == VIEW_NOW && has_ended(b, now);
	enum end_kind how = outcome(b);
	const char *status = v == VIEW_CANCEL ? "canceling" : ended ? "ended" : "in_progress";
	json_t *counts = must(json_pack("{s:I, s:I, s:I, s:I, s:I}",
		"processing", (json_int_t)(ended ? 0 : b->n),
		"succeeded", (json_int_t)(ended ? b->ok : 0),
		"errored", (json_int_t)(ended ? b->errored : 0),
		"canceled", (json_int_t)(ended && how == END_CANCEL ? b->cut : 0),
		"expired", (json_int_t)(ended && how == END_EXPIRE ? b->cut : 0)));
	json_t *o = must(json_pack("{s:s, s:s, s:s, s:o}", "id", b->id, "type", "message_batch",
				   "processing_status", status, "request_counts", counts));
	json_object_set_new(o, "ended_at", ended ? rfc3339(end_ms(b)) : json_null());
	json_object_set_new(o, "created_at", rfc3339(b->created_ms));
	json_object_set_new(o, "expires_at", rfc3339(b->created_ms + DAY_S * 1000LL));
	json_object_set_new(o, "archived_at", json_null());
	int cancel = v == VIEW_CANCEL || (ended && how == END_CANCEL);
	json_object_set_new(o, "cancel_initiated_at", cancel ? rfc3339(end_ms(b)) : json_null());
	if (ended) {
		char *u = results_url(c, b);
		json_object_set_new(o, "results_url", must(json_string(u)));
		free(u);
	} else {
		json_object_set_new(o, "results_url", json_null());
	}
	return o;
}

/* ---- errors and refusals ---- */

static enum MHD_Result send_err(struct MHD_Connection *c, enum sim_api api, unsigned status,
				const char *param, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static enum MHD_Result send_err(struct MHD_Connection *c, enum sim_api api, unsigned status,
				const char *param, const char *fmt, ...)
{
	va_list ap;
	char *msg = NULL;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	const char *type, *code;
	switch (status) {
	case 401:
		type = api == API_ANTHROPIC ? "authentication_error" : "invalid_request_error";
		code = "invalid_api_key";
		break;
	case 404:
		type = api == API_ANTHROPIC ? "not_found_error" : "invalid_request_error";
		code = "not_found";
		break;
	case 413:
		type = api == API_ANTHROPIC ? "request_too_large" : "invalid_request_error";
		code = "request_too_large";
		break;
	case 429:
		type = api == API_ANTHROPIC ? "rate_limit_error" : "rate_limit_error";
		code = "batch_limit_reached";
		break;
	default:
		type = "invalid_request_error";
		code = NULL;
		break;
	}
	const char *m = msg ? msg : "error";
	json_t *e = api == API_ANTHROPIC ? sim_anth_error(type, m)
					 : sim_openai_error(type, code, param, m);
	free(msg);
	return sim_send_json(c, status, e);
}

/* The refusal for a failed sim_auth() check. */
static enum MHD_Result send_auth(struct MHD_Connection *c, enum sim_api api, int status)
{
	if (status == 400)
		return send_err(c, api, 400, NULL, "anthropic-version: header is required");
	return send_err(c, api, 401, NULL, api == API_ANTHROPIC ? "simulated: invalid x-api-key"
				     : "simulated: incorrect API key provided");
}

/* ---- OpenAI: files ---- */

struct form {
	struct sb purpose, file;
	char *filename;
	int has_file, too_big;
};

static enum MHD_Result form_field(void *cls, enum MHD_ValueKind kind, const char *key,
				  const char *filename, const char *ctype, const char *enc,
				  const char *data, uint64_t off, size_t size)
{
	struct form *f = cls;
	(void)kind;
	(void)ctype;
	(void)enc;
	(void)off;
	if (!key)
		return MHD_YES;
	if (strcmp(key, "purpose") == 0) {
		if (sb_add_max(&f->purpose, data ? data : "", data ? size : 0, PURPOSE_CAP) < 0)
			f->too_big = 1;
	} else if (strcmp(key, "file") == 0) {
		f->has_file = 1;
		if (filename && !f->filename)
			f->filename = must_str(strdup(filename));
		if (size && sb_add_max(&f->file, data, size, FILE_CAP) < 0)
			f->too_big = 1;
	}
	return MHD_YES;
}

static json_t *file_json(const struct file *f)
{
	return must(json_pack("{s:s, s:s, s:I, s:I, s:s, s:s}", "id", f->id, "object", "file",
		"bytes", (json_int_t)f->len, "created_at", (json_int_t)f->created,
		"filename", f->filename, "purpose", f->purpose));
}

static enum MHD_Result files_upload(struct sim *sim, struct batch_store *bs,
				    struct MHD_Connection *c, const char *body, size_t len)
{
	struct form f = { 0 };
	enum MHD_Result rc;
	int st = 400;
	struct MHD_PostProcessor *pp = MHD_create_post_processor(c, 64 * 1024, form_field, &f);
	if (!pp) {
		rc = send_err(c, API_OPENAI, 400, NULL, "the body must be multipart/form-data "
			      "with the fields \"purpose\" and \"file\"");
		goto out;
	}
	enum MHD_Result pr = len ? MHD_post_process(pp, body, len) : MHD_YES;
	MHD_destroy_post_processor(pp);
	if (pr != MHD_YES) {
		rc = send_err(c, API_OPENAI, 400, NULL, "the multipart body could not be read");
		goto out;
	}
	if (f.too_big) {
		st = 413;
		rc = send_err(c, API_OPENAI, 413, "file", "the file is larger than %u bytes", FILE_CAP);
		goto out;
	}
	if (!f.purpose.s || strcmp(f.purpose.s, "batch") != 0) {
		rc = send_err(c, API_OPENAI, 400, "purpose", "purpose: the test server takes "
			      "files for \"batch\" only (got %s%s%s)", f.purpose.s ? "\"" : "",
			      f.purpose.s ? f.purpose.s : "none", f.purpose.s ? "\"" : "");
		goto out;
	}
	if (!f.has_file) {
		rc = send_err(c, API_OPENAI, 400, "file", "file: a file part is required");
		goto out;
	}
	pthread_mutex_lock(&bs->mu);
	if (bs->nuploads >= UPLOAD_MAX) {
		pthread_mutex_unlock(&bs->mu);
		st = 429;
		rc = send_err(c, API_OPENAI, 429, NULL, "the test server keeps at most %d uploaded "
			      "files", UPLOAD_MAX);
		goto out;
	}
	bs->nuploads++;
	struct file *nf = file_add(bs, f.filename ? f.filename : "file", "batch", f.file.s,
				   f.file.len, now_ms() / 1000);
	f.file.s = NULL;
	json_t *o = file_json(nf);
	char *id = must_str(strdup(nf->id));
	pthread_mutex_unlock(&bs->mu);
	sim_ledger_op(sim, "file_upload", API_OPENAI, NULL, id, -1, 200);
	free(id);
	rc = sim_send_json(c, 200, o);
	st = 200;
out:
	if (st != 200)
		sim_ledger_op(sim, "file_upload", API_OPENAI, NULL, NULL, -1, st);
	free(f.purpose.s);
	free(f.file.s);
	free(f.filename);
	return rc;
}

/* GET /v1/files/ID (OP "file_get"), GET /v1/files/ID/content
 * ("file_content") or DELETE /v1/files/ID ("file_delete"). */
static enum MHD_Result files_get(struct sim *sim, struct batch_store *bs,
				 struct MHD_Connection *c, const char *id, const char *op)
{
	int content = strcmp(op, "file_content") == 0;
	pthread_mutex_lock(&bs->mu);
	struct file *f = file_find(bs, id);
	if (!f) {
		pthread_mutex_unlock(&bs->mu);
		sim_ledger_op(sim, op, API_OPENAI, NULL, id, -1, 404);
		return send_err(c, API_OPENAI, 404, "file_id", "No such File object: %s", id);
	}
	if (strcmp(op, "file_delete") == 0) {
		if (strcmp(f->purpose, "batch") == 0)
			bs->nuploads--;
		free(f->id);
		free(f->filename);
		free(f->purpose);
		free(f->data);
		size_t i = (size_t)(f - bs->files);
		memmove(f, f + 1, (bs->nfiles - i - 1) * sizeof *f);
		bs->nfiles--;
		pthread_mutex_unlock(&bs->mu);
		sim_ledger_op(sim, op, API_OPENAI, NULL, id, -1, 200);
		return sim_send_json(c, 200, must(json_pack("{s:s, s:s, s:b}", "id", id,
							    "object", "file", "deleted", 1)));
	}
	if (!content) {
		json_t *o = file_json(f);
		pthread_mutex_unlock(&bs->mu);
		sim_ledger_op(sim, op, API_OPENAI, NULL, id, -1, 200);
		return sim_send_json(c, 200, o);
	}
	char *data = malloc(f->len + 1);
	if (!data)
		abort();
	memcpy(data, f->data, f->len);
	size_t len = f->len;
	pthread_mutex_unlock(&bs->mu);
	sim_ledger_op(sim, op, API_OPENAI, NULL, id, -1, 200);
	return sim_send_body(c, 200, "application/octet-stream", data, len);
}

/* ---- OpenAI: batches ---- */

/* Add an error of line LINE (1-based; 0: none) to ERRORS. */
static void line_error(json_t *errors, const char *code, size_t line, const char *msg)
{
	json_t *data = json_object_get(errors, "data");
	if (json_array_size(data) >= ERRORS_MAX)
		return;
	json_t *e = must(json_pack("{s:s, s:s, s:n}", "code", code, "message", msg, "param"));
	json_object_set_new(e, "line", line ? must(json_integer((json_int_t)line)) : json_null());
	json_array_append_new(data, e);
}

/* Read the JSONL input of a batch into B's items, or into B->errors. */
static size_t openai_parse(struct batch *b, const char *data, size_t len)
{
	json_t *errors = must(json_pack("{s:s, s:[]}", "object", "list", "data"));
	json_t *seen = must(json_object());
	size_t cap = 0, nreq = 0, lineno = 0;
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(data + at, '\n', len - at);
		size_t end = nl ? (size_t)(nl - data) : len, n = end - at;
		const char *s = data + at;
		at = end + 1;
		lineno++;
		if (n && s[n - 1] == '\r')
			n--;
		if (n == 0)
			continue;
		nreq++;
		json_error_t jerr;
		json_t *v = json_loadb(s, n, 0, &jerr);
		json_t *cid = json_object_get(v, "custom_id");
		json_t *method = json_object_get(v, "method"), *url = json_object_get(v, "url");
		json_t *body = json_object_get(v, "body");
		if (!json_is_object(v)) {
			line_error(errors, "invalid_json_line", lineno,
				   "This line is not a valid JSON object.");
		} else if (!json_is_string(cid)) {
			line_error(errors, "missing_custom_id", lineno,
				   "custom_id: a string is required.");
		} else if (json_object_getn(seen, json_string_value(cid), json_string_length(cid))) {
			line_error(errors, "duplicate_custom_id", lineno,
				   "The custom_id of this line is used by an earlier line.");
		} else if (!json_is_string(method) || strcmp(json_string_value(method), "POST")) {
			line_error(errors, "invalid_method", lineno, "method: must be \"POST\".");
		} else if (!json_is_string(url) ||
			   strcmp(json_string_value(url), "/v1/chat/completions")) {
			line_error(errors, "invalid_url", lineno, "url: must be /v1/chat/completions, "
				   "the endpoint of the batch.");
		} else if (!json_is_object(body)) {
			line_error(errors, "invalid_body", lineno, "body: an object is required.");
		} else if (nreq > OPENAI_MAX_REQUESTS) {
			if (nreq == OPENAI_MAX_REQUESTS + 1)
				line_error(errors, "too_many_requests", lineno,
					   "A batch holds at most 50000 requests.");
		} else if (json_array_size(json_object_get(errors, "data")) == 0) {
			json_object_setn(seen, json_string_value(cid), json_string_length(cid),
					 json_true());
			if (b->n == cap) {
				cap = cap ? cap * 2 : 64;
				struct item *it = realloc(b->items, cap * sizeof *it);
				if (!it)
					abort();
				b->items = it;
			}
			b->items[b->n].custom_id = must_str(strndup(json_string_value(cid),
								    json_string_length(cid)));
			b->items[b->n++].body = json_incref(body);
		} else {
			json_object_setn(seen, json_string_value(cid), json_string_length(cid),
					 json_true());
		}
		json_decref(v);
	}
	if (nreq == 0)
		line_error(errors, "empty_file", 0, "The input file has no requests.");
	json_decref(seen);
	if (json_array_size(json_object_get(errors, "data")) == 0) {
		json_decref(errors);
		return nreq;
	}
	for (size_t i = 0; i < b->n; i++) {
		free(b->items[i].custom_id);
		json_decref(b->items[i].body);
	}
	free(b->items);
	b->items = NULL;
	b->n = 0;
	b->errors = errors;
	return nreq;
}

/* A store's room for one more batch; the caller holds the lock. */
static int batch_room(struct batch_store *bs)
{
	if (bs->nbatches >= BATCH_MAX)
		return 0;
	if (!bs->batches) {
		bs->batches = calloc(BATCH_MAX, sizeof *bs->batches);
		if (!bs->batches)
			abort();
	}
	return 1;
}

static enum MHD_Result openai_create(struct sim *sim, struct batch_store *bs,
				     struct MHD_Connection *c, const char *body, size_t len,
				     int auth)
{
	json_error_t jerr;
	json_t *req = json_loadb(body, len, 0, &jerr);
	json_t *fid = json_object_get(req, "input_file_id");
	json_t *ep = json_object_get(req, "endpoint"), *win = json_object_get(req, "completion_window");
	json_t *meta = json_object_get(req, "metadata");
	enum MHD_Result rc;
	const char *k;
	json_t *mv;
	int meta_ok = !meta || json_is_null(meta) || json_is_object(meta);
	if (json_is_object(meta))
		json_object_foreach(meta, k, mv)
			meta_ok &= json_is_string(mv);
	if (!json_is_object(req) || !json_is_string(fid) || !json_is_string(ep) ||
	    strcmp(json_string_value(ep), "/v1/chat/completions") ||
	    !json_is_string(win) || strcmp(json_string_value(win), "24h") || !meta_ok) {
		sim_ledger_op(sim, "batch_create", API_OPENAI, NULL, NULL, -1, 400);
		rc = !json_is_object(req)
			? send_err(c, API_OPENAI, 400, NULL, "the request body is not a JSON object")
			: !json_is_string(fid)
			? send_err(c, API_OPENAI, 400, "input_file_id", "input_file_id: a string is required")
			: !json_is_string(ep) || strcmp(json_string_value(ep), "/v1/chat/completions")
			? send_err(c, API_OPENAI, 400, "endpoint", "endpoint: the test server batches "
				   "/v1/chat/completions only")
			: !json_is_string(win) || strcmp(json_string_value(win), "24h")
			? send_err(c, API_OPENAI, 400, "completion_window",
				   "completion_window: only \"24h\" is supported")
			: send_err(c, API_OPENAI, 400, "metadata",
				   "metadata: an object of string values is required");
		json_decref(req);
		return rc;
	}
	pthread_mutex_lock(&bs->mu);
	struct file *f = file_find(bs, json_string_value(fid));
	if (!f || strcmp(f->purpose, "batch") != 0) {
		pthread_mutex_unlock(&bs->mu);
		sim_ledger_op(sim, "batch_create", API_OPENAI, NULL, NULL, -1, 400);
		rc = send_err(c, API_OPENAI, 400, "input_file_id", "Invalid 'input_file_id': '%s'. "
			      "No uploaded file with purpose \"batch\" has this id.",
			      json_string_value(fid));
		json_decref(req);
		return rc;
	}
	if (!batch_room(bs)) {
		pthread_mutex_unlock(&bs->mu);
		sim_ledger_op(sim, "batch_create", API_OPENAI, NULL, NULL, -1, 429);
		json_decref(req);
		return send_err(c, API_OPENAI, 429, NULL, "the test server keeps at most %d batches",
				BATCH_MAX);
	}
	struct batch *b = calloc(1, sizeof *b);
	if (!b)
		abort();
	b->id = must_str(sim_asprintf("batch_sim_%lu", ++bs->next_batch));
	b->api = API_OPENAI;
	b->created_ms = now_ms();
	b->auth = auth;
	b->input_file_id = must_str(strdup(f->id));
	b->metadata = json_is_object(meta) ? json_incref(meta) : NULL;
	size_t nreq = openai_parse(b, f->data, f->len);
	batch_timing(sim, b, b->n ? b->items[0].body : NULL);
	bs->batches[bs->nbatches++] = b;
	json_t *o = openai_batch_json(b, b->created_ms, VIEW_CREATED);
	char *id = must_str(strdup(b->id));
	pthread_mutex_unlock(&bs->mu);
	sim_ledger_op(sim, "batch_create", API_OPENAI, id, NULL, (long)nreq, 200);
	free(id);
	json_decref(req);
	return sim_send_json(c, 200, o);
}

/* ---- Anthropic: creating ---- */

static int custom_id_ok(json_t *v)
{
	if (!json_is_string(v))
		return 0;
	const char *s = json_string_value(v);
	size_t n = json_string_length(v);
	if (n < 1 || n > 64)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		      (ch >= '0' && ch <= '9') || ch == '_' || ch == '-'))
			return 0;
	}
	return 1;
}

static enum MHD_Result anth_create(struct sim *sim, struct batch_store *bs,
				   struct MHD_Connection *c, const char *body, size_t len, int auth)
{
	json_error_t jerr;
	json_t *req = json_loadb(body, len, 0, &jerr);
	json_t *reqs = json_object_get(req, "requests"), *r;
	char *bad = NULL;
	size_t i;
	if (!json_is_object(req))
		bad = must_str(strdup("the request body is not a JSON object"));
	else if (!json_is_array(reqs) || json_array_size(reqs) == 0)
		bad = must_str(strdup("requests: a non-empty array is required"));
	else if (json_array_size(reqs) > ANTH_MAX_REQUESTS)
		bad = must_str(sim_asprintf("requests: at most %d requests in a batch",
					    ANTH_MAX_REQUESTS));
	json_t *seen = must(json_object());
	if (!bad)
		json_array_foreach(reqs, i, r) {
			json_t *cid = json_object_get(r, "custom_id");
			if (!json_is_object(r))
				bad = sim_asprintf("requests.%zu: an object is required", i);
			else if (!custom_id_ok(cid))
				bad = sim_asprintf("requests.%zu.custom_id: must match "
						   "^[a-zA-Z0-9_-]{1,64}$", i);
			else if (!json_is_object(json_object_get(r, "params")))
				bad = sim_asprintf("requests.%zu.params: an object is required", i);
			else if (json_object_get(seen, json_string_value(cid)))
				bad = sim_asprintf("requests.%zu.custom_id: \"%s\" is used by an "
						   "earlier request; custom_id values must be unique",
						   i, json_string_value(cid));
			else
				json_object_set(seen, json_string_value(cid), json_true());
			if (bad)
				break;
		}
	json_decref(seen);
	if (bad) {
		sim_ledger_op(sim, "batch_create", API_ANTHROPIC, NULL, NULL, -1, 400);
		enum MHD_Result rc = send_err(c, API_ANTHROPIC, 400, NULL, "%s", bad);
		free(bad);
		json_decref(req);
		return rc;
	}
	pthread_mutex_lock(&bs->mu);
	if (!batch_room(bs)) {
		pthread_mutex_unlock(&bs->mu);
		sim_ledger_op(sim, "batch_create", API_ANTHROPIC, NULL, NULL, -1, 429);
		json_decref(req);
		return send_err(c, API_ANTHROPIC, 429, NULL, "the test server keeps at most %d "
				"batches", BATCH_MAX);
	}
	struct batch *b = calloc(1, sizeof *b);
	size_t n = json_array_size(reqs);
	if (!b || !(b->items = calloc(n, sizeof *b->items)))
		abort();
	b->id = must_str(sim_asprintf("msgbatch_sim_%lu", ++bs->next_msgbatch));
	b->api = API_ANTHROPIC;
	b->created_ms = now_ms();
	b->auth = auth;
	json_array_foreach(reqs, i, r) {
		b->items[i].custom_id = must_str(strdup(json_string_value(json_object_get(r,
										"custom_id"))));
		b->items[i].body = json_incref(json_object_get(r, "params"));
	}
	b->n = n;
	batch_timing(sim, b, b->items[0].body);
	bs->batches[bs->nbatches++] = b;
	json_t *o = anth_batch_json(c, b, b->created_ms, VIEW_CREATED);
	char *id = must_str(strdup(b->id));
	pthread_mutex_unlock(&bs->mu);
	sim_ledger_op(sim, "batch_create", API_ANTHROPIC, id, NULL, (long)n, 200);
	free(id);
	json_decref(req);
	return sim_send_json(c, 200, o);
}

/* ---- both: get, cancel, list, results ---- */

static json_t *batch_json(struct MHD_Connection *c, const struct batch *b, long long now,
			  enum view v)
{
	return b->api == API_ANTHROPIC ? anth_batch_json(c, b, now, v)
				       : openai_batch_json(b, now, v);
}

static const char *state_name(const struct batch *b, long long now)
{
	if (b->errors)
		return "failed";
	if (!has_ended(b, now))
		return "in_progress";
	return outcome(b) == END_CANCEL ? "cancelled" : outcome(b) == END_EXPIRE ? "expired"
										: "completed";
}

/* OP is "batch_get", "batch_cancel", "batch_results" or "batch_delete". */
static enum MHD_Result batch_one(struct sim *sim, struct batch_store *bs,
				 struct MHD_Connection *c, enum sim_api api, const char *id,
				 const char *op)
{
	long long now = now_ms();
	pthread_mutex_lock(&bs->mu);
	struct batch *b = batch_find(bs, api, id);
	if (!b) {
		pthread_mutex_unlock(&bs->mu);
		sim_ledger_op(sim, op, api, id, NULL, -1, 404);
		return send_err(c, api, 404, "batch_id", "No such batch: %s", id);
	}
	if (strcmp(op, "batch_cancel") == 0) {
		if (has_ended(b, now)) {
			const char *st = state_name(b, now);
			pthread_mutex_unlock(&bs->mu);
			sim_ledger_op(sim, op, api, id, NULL, -1, 400);
			return send_err(c, api, 400, NULL, "Cannot cancel a batch with status '%s'.",
					api == API_ANTHROPIC ? "ended" : st);
		}
		long long el = now - b->created_ms;
		b->cancelled = 1;
		b->cancel_ms = now;
		b->cancel_n = b->complete_ms > 0
			? (size_t)((long double)b->n * (long double)el / (long double)b->complete_ms)
			: b->n;
		if (b->cancel_n > b->n)
			b->cancel_n = b->n;
		json_t *o = batch_json(c, b, now, VIEW_CANCEL);
		pthread_mutex_unlock(&bs->mu);
		sim_ledger_op(sim, op, api, id, NULL, -1, 200);
		return sim_send_json(c, 200, o);
	}
	if (has_ended(b, now))
		settle(sim, bs, b);
	if (strcmp(op, "batch_delete") == 0) {
		if (!has_ended(b, now)) {
			pthread_mutex_unlock(&bs->mu);
			sim_ledger_op(sim, op, api, id, NULL, -1, 400);
			return send_err(c, api, 400, NULL, "Batch %s is still in_progress: cancel it "
					"and wait until it has ended to delete it.", id);
		}
		size_t i = 0;
		while (bs->batches[i] != b)
			i++;
		memmove(bs->batches + i, bs->batches + i + 1,
			(bs->nbatches - i - 1) * sizeof *bs->batches);
		bs->nbatches--;
		batch_free(b);
		pthread_mutex_unlock(&bs->mu);
		sim_ledger_op(sim, op, api, id, NULL, -1, 200);
		return sim_send_json(c, 200, must(json_pack("{s:s, s:s}", "id", id,
							    "type", "message_batch_deleted")));
	}
	if (strcmp(op, "batch_results") == 0) {
		if (!has_ended(b, now)) {
			pthread_mutex_unlock(&bs->mu);
			sim_ledger_op(sim, op, api, id, NULL, -1, 400);
			return send_err(c, api, 400, NULL, "Batch %s is still in_progress: its results "
					"are available once it has ended.", id);
		}
		char *data = malloc(b->results_len + 1);
		if (!data)
			abort();
		memcpy(data, b->results, b->results_len);
		size_t len = b->results_len;
		pthread_mutex_unlock(&bs->mu);
		sim_ledger_op(sim, op, api, id, NULL, -1, 200);
		return sim_send_body(c, 200, "application/x-jsonl", data, len);
	}
	json_t *o = batch_json(c, b, now, VIEW_NOW);
	pthread_mutex_unlock(&bs->mu);
	sim_ledger_op(sim, op, api, id, NULL, -1, 200);
	return sim_send_json(c, 200, o);
}

/* GET the list: newest first, LIMIT (default 20) after the cursor (OpenAI
 * "after", Anthropic "after_id"). */
static enum MHD_Result batch_list(struct sim *sim, struct batch_store *bs,
				  struct MHD_Connection *c, enum sim_api api)
{
	const char *ls = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "limit");
	const char *after = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND,
		api == API_ANTHROPIC ? "after_id" : "after");
	long limit = 20, maxlim = api == API_ANTHROPIC ? 1000 : 100;
	if (ls) {
		char *end;
		limit = strtol(ls, &end, 10);
		if (*ls < '0' || *ls > '9' || *end || limit < 1 || limit > maxlim) {
			sim_ledger_op(sim, "batch_list", api, NULL, NULL, -1, 400);
			return send_err(c, api, 400, "limit", "limit: an integer from 1 to %ld", maxlim);
		}
	}
	long long now = now_ms();
	json_t *data = must(json_array());
	int has_more = 0, started = after == NULL;
	pthread_mutex_lock(&bs->mu);
	for (size_t i = bs->nbatches; i-- > 0;) {
		struct batch *b = bs->batches[i];
		if (b->api != api)
			continue;
		if (!started) {
			started = strcmp(b->id, after) == 0;
			continue;
		}
		if ((long)json_array_size(data) == limit) {
			has_more = 1;
			break;
		}
		if (has_ended(b, now))
			settle(sim, bs, b);
		json_array_append_new(data, batch_json(c, b, now, VIEW_NOW));
	}
	pthread_mutex_unlock(&bs->mu);
	size_t n = json_array_size(data);
	json_t *first = n ? json_object_get(json_array_get(data, 0), "id") : NULL;
	json_t *last = n ? json_object_get(json_array_get(data, n - 1), "id") : NULL;
	json_t *o = api == API_ANTHROPIC ? must(json_object())
					 : must(json_pack("{s:s}", "object", "list"));
	json_object_set_new(o, "data", data);
	json_object_set_new(o, "has_more", json_boolean(has_more));
	json_object_set_new(o, "first_id", first ? json_incref(first) : json_null());
	json_object_set_new(o, "last_id", last ? json_incref(last) : json_null());
	sim_ledger_op(sim, "batch_list", api, NULL, NULL, -1, 200);
	return sim_send_json(c, 200, o);
}

/* ---- routing ---- */

/* If URL is PREFIX followed by "/ID" or "/ID/TAIL", copy ID into ID
 * (a heap string the caller frees) and return TAIL ("" for none);
 * else NULL. */
static const char *split_id(const char *url, const char *prefix, char **id)
{
	size_t n = strlen(prefix);
	if (strncmp(url, prefix, n) != 0 || url[n] != '/' || url[n + 1] == '\0' ||
	    url[n + 1] == '/')
		return NULL;
	const char *s = url + n + 1, *slash = strchr(s, '/');
	*id = must_str(slash ? strndup(s, (size_t)(slash - s)) : strdup(s));
	return slash ? slash + 1 : "";
}

int batch_route(struct sim *sim, struct batch_store *bs, struct MHD_Connection *c,
		const char *url, const char *method, const char *body, size_t len,
		int too_big, enum MHD_Result *rc)
{
	int get = strcmp(method, "GET") == 0, post = strcmp(method, "POST") == 0;
	int del = strcmp(method, "DELETE") == 0;
	enum sim_api api;
	char *id = NULL;
	const char *tail = NULL, *op = NULL;
	if (strncmp(url, "/v1/messages/batches", 20) == 0 && (url[20] == '\0' || url[20] == '/')) {
		api = API_ANTHROPIC;
		if (url[20] == '\0')
			op = post ? "batch_create" : get ? "batch_list" : NULL;
		else if ((tail = split_id(url, "/v1/messages/batches", &id)))
			op = get && !*tail ? "batch_get" : del && !*tail ? "batch_delete"
			   : post && !strcmp(tail, "cancel") ? "batch_cancel"
			   : get && !strcmp(tail, "results") ? "batch_results" : NULL;
	} else if (strncmp(url, "/v1/batches", 11) == 0 && (url[11] == '\0' || url[11] == '/')) {
		api = API_OPENAI;
		if (url[11] == '\0')
			op = post ? "batch_create" : get ? "batch_list" : NULL;
		else if ((tail = split_id(url, "/v1/batches", &id)))
			op = get && !*tail ? "batch_get" : post && !strcmp(tail, "cancel") ? "batch_cancel"
			   : NULL;
	} else if (strncmp(url, "/v1/files", 9) == 0 && (url[9] == '\0' || url[9] == '/')) {
		api = API_OPENAI;
		if (url[9] == '\0')
			op = post ? "file_upload" : NULL;
		else if ((tail = split_id(url, "/v1/files", &id)))
			op = get && !*tail ? "file_get" : del && !*tail ? "file_delete"
			   : get && !strcmp(tail, "content") ? "file_content" : NULL;
	} else {
		return 0;
	}
	if (!op) {
		free(id);
		return 0;
	}
	int has_key = 0, st = sim_auth(sim, c, api, &has_key);
	if (st) {
		sim_ledger_op(sim, op, api, id, NULL, -1, st);
		*rc = send_auth(c, api, st);
	} else if (too_big) {
		sim_ledger_op(sim, op, api, id, NULL, -1, 413);
		*rc = send_err(c, api, 413, NULL, "request body larger than %u bytes", FILE_CAP);
	} else if (!strcmp(op, "file_upload")) {
		*rc = files_upload(sim, bs, c, body, len);
	} else if (!strncmp(op, "file_", 5)) {
		*rc = files_get(sim, bs, c, id, op);
	} else if (!strcmp(op, "batch_create")) {
		*rc = api == API_ANTHROPIC ? anth_create(sim, bs, c, body, len, has_key)
					   : openai_create(sim, bs, c, body, len, has_key);
	} else if (!strcmp(op, "batch_list")) {
		*rc = batch_list(sim, bs, c, api);
	} else {
		*rc = batch_one(sim, bs, c, api, id, op);
	}
	free(id);
	return 1;
}
