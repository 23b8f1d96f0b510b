/* batch.c -- OpenAI Batch and Anthropic Message Batches (see batch.h).
 *
 * OpenAI: POST {base}/files (multipart: purpose=batch, file=JSONL of
 * {custom_id, method, url, body}), POST {base}/batches {input_file_id,
 * endpoint, completion_window: 24h}, GET {base}/batches/ID until its status
 * is completed, failed, expired or cancelled, then GET {base}/files/F/content
 * for the output file and the error file. Anthropic: POST
 * {base}/messages/batches {requests: [{custom_id, params}]}, GET
 * {base}/messages/batches/ID until processing_status is ended, then GET its
 * results_url. */
#include <math.h>
#include "util.h"
#include "buf.h"
#include "batch.h"
#include "curlx.h"

enum batch_api batch_api_of(const struct model *m)
{
	if (!m->provider)
		return BATCH_NONE;
	if (!strcmp(m->provider, "anthropic"))
		return BATCH_ANTHROPIC;
	if (!strcmp(m->provider, "openai") || !strcmp(m->provider, "compat"))
		return BATCH_OPENAI;
	return BATCH_NONE;
}

const char *batch_api_name(enum batch_api a)
{
	return a == BATCH_ANTHROPIC ? "anthropic" : a == BATCH_OPENAI ? "openai" : "none";
}

void batch_status_release(struct batch_status *s)
{
	free(s->state);
	free(s->output);
	free(s->errors);
	free(s->counts);
	free(s->failure);
	memset(s, 0, sizeof(*s));
}

/* ---- one HTTP call ------------------------------------------------------------ */

/* Where a reply goes: whole into body (capped), or, with to set and a
 * 200, into the file to (a result file: hundreds of MB, never in memory). */
struct sink {
	const struct curlx *cx;
	CURL *e;
	struct buf body;             /* the reply (or a refusal's body), capped */
	size_t cap;
	int over;                    /* the reply passed cap */
	FILE *to;                    /* a result file's destination, or NULL */
	int to_file;                 /* 1: a 200 going to to; -1: another status */
	int write_failed;            /* writing to to failed */
	char server[200];            /* the Server header */
};

static size_t on_data(char *p, size_t size, size_t nmemb, void *ud)
{
	struct sink *k = ud;
	size_t n = size * nmemb;
	if (k->to && !k->to_file) {
		long st = 0;
		k->cx->easy_getinfo(k->e, CURLINFO_RESPONSE_CODE, &st);
		k->to_file = st == 200 ? 1 : -1;
	}
	if (k->to_file == 1) {
		if (fwrite(p, 1, n, k->to) != n) {
			k->write_failed = 1;
			return 0;   /* aborts the transfer */
		}
		return n;
	}
	if (k->body.len + n > k->cap) {
		k->over = 1;
		return 0;
	}
	buf_add(&k->body, p, n);
	return n;
}

static size_t on_header(char *p, size_t size, size_t nmemb, void *ud)
{
	struct sink *k = ud;
	size_t n = size * nmemb;
	if (n > 7 && !strncasecmp(p, "server:", 7)) {
		size_t a = 7;
		while (a < n && (p[a] == ' ' || p[a] == '\t'))
			a++;
		size_t b = n;
		while (b > a && (p[b - 1] == '\r' || p[b - 1] == '\n' || p[b - 1] == ' '))
			b--;
		snprintf(k->server, sizeof(k->server), "%.*s", (int)(b - a), p + a);
	}
	return n;
}

/* The message of a refused call: "HTTP 401: ..." (the body's error.message). */
static void refusal(struct buf *out, long status, const struct buf *body)
{
	struct response tmp;
	buf_addf(out, "HTTP %ld", status);
	response_init(&tmp, 0);
	provider_feed(&tmp, FEED_ERROR, body->s ? body->s : "", body->len);
	provider_error_message(&tmp, out);
	response_release(&tmp);
}

enum { SMALL, LARGE };   /* a reply, or an upload/download with no total timeout */

/* Send method url to m's API (the key in its headers), with a JSON body,
 * an OpenAI batch file as a multipart form (purpose=batch, file=upload),
 * or nothing. *status is the HTTP status (0: none came); a transport
 * failure or a refusal is an error, with *transient set when asking again
 * later may succeed. */
static int http(const struct model *m, const char *method, const char *url, const char *body,
		size_t len, const struct buf *upload, int size, struct sink *k, long *status,
		int *transient, struct tri_err *err)
{
	const struct curlx *cx = curlx_get(err);
	if (!cx)
		return -1;
	CURL *e = cx->easy_init();
	if (!e)
		return err_set(err, TRI_RUNTIME, "libcurl: cannot create a transfer");
	struct buf h = BUF_INIT;
	struct curl_slist *hl = cx->slist_append(NULL, "Expect:");
	int ret = -1;
	char errbuf[CURL_ERROR_SIZE] = "";
	curl_mime *form = NULL;
	*status = 0;
	*transient = 0;
	provider_headers(m, &h);
	for (char *line = h.s, *nl; hl && line && *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (!nl)
			break;
		*nl = '\0';
		int json_type = !strncasecmp(line, "Content-Type:", 13);
		struct curl_slist *more = json_type && (!body || upload) ? hl
					  : cx->slist_append(hl, line);
		if (!more) {
			cx->slist_free_all(hl);
			hl = NULL;
		}
		hl = more;
	}
	provider_headers_wipe(&h);
	if (!hl) {
		err_set(err, TRI_RUNTIME, "libcurl: out of memory for the headers");
		goto out;
	}
	k->cx = cx;
	k->e = e;
	if (!k->cap)
		k->cap = BATCH_MAX_REPLY;
	cx->easy_setopt(e, CURLOPT_URL, url);
	if (upload) {
		form = cx->mime_init(e);
		curl_mimepart *p1 = form ? cx->mime_addpart(form) : NULL;
		curl_mimepart *p2 = form ? cx->mime_addpart(form) : NULL;
		if (!p1 || !p2 || cx->mime_name(p1, "purpose") ||
		    cx->mime_data(p1, "batch", CURL_ZERO_TERMINATED) || cx->mime_name(p2, "file") ||
		    cx->mime_filename(p2, "trilemma-batch.jsonl") ||
		    cx->mime_type(p2, "application/jsonl") ||
		    cx->mime_data(p2, upload->s ? upload->s : "", upload->len)) {
			err_set(err, TRI_RUNTIME, "libcurl: cannot build the upload");
			goto out;
		}
		cx->easy_setopt(e, CURLOPT_MIMEPOST, form);
	} else if (body) {
		cx->easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
		cx->easy_setopt(e, CURLOPT_POSTFIELDS, body);
	}
	if (strcmp(method, upload || body ? "POST" : "GET"))
		cx->easy_setopt(e, CURLOPT_CUSTOMREQUEST, method);
	cx->easy_setopt(e, CURLOPT_HTTPHEADER, hl);
	cx->easy_setopt(e, CURLOPT_WRITEFUNCTION, on_data);
	cx->easy_setopt(e, CURLOPT_WRITEDATA, k);
	cx->easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	cx->easy_setopt(e, CURLOPT_HEADERDATA, k);
	cx->easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
	cx->easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, 15000L);
	if (size == SMALL) {
		long ms = (long)(m->timeout_s * 1000);
		cx->easy_setopt(e, CURLOPT_TIMEOUT_MS, ms > 0 ? ms : 300000L);
	} else {   /* hundreds of MB: no total limit, but not stalled */
		cx->easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
		cx->easy_setopt(e, CURLOPT_LOW_SPEED_TIME, 120L);
	}
	cx->easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	cx->easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	cx->easy_setopt(e, CURLOPT_USERAGENT, "trilemma/" TRI_VERSION);
	cx->easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	CURLcode rc = cx->easy_perform(e);
	cx->easy_getinfo(e, CURLINFO_RESPONSE_CODE, status);
	if (k->write_failed) {
		err_set(err, TRI_RUNTIME, "%s %s: cannot write a temporary file: %s", method, url,
			strerror(errno));
		goto out;
	}
	if (k->over) {
		err_set(err, TRI_RUNTIME, "%s %s: the reply is over %zu MiB", method, url,
			k->cap >> 20);
		goto out;
	}
	if (rc != CURLE_OK) {
		/* the network, not the request: asking again later may work */
		*transient = rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST ||
			     rc == CURLE_COULDNT_RESOLVE_PROXY || rc == CURLE_OPERATION_TIMEDOUT ||
			     rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR ||
			     rc == CURLE_GOT_NOTHING || rc == CURLE_PARTIAL_FILE;
		err_set(err, TRI_RUNTIME, "%s %s: %s", method, url,
			errbuf[0] ? errbuf : cx->easy_strerror(rc));
		goto out;
	}
	if (k->to && k->to_file != 1 && *status >= 200 && *status <= 299) {
		/* a result file comes whole with a 200: any other answer would
		 * leave its results unread */
		*transient = 1;
		err_set(err, TRI_RUNTIME, "%s %s: HTTP %ld where a result file was expected", method,
			url, *status);
		goto out;
	}
	if (*status < 200 || *status > 299) {
		struct buf msg = BUF_INIT;
		refusal(&msg, *status, &k->body);
		*transient = *status == 408 || *status == 409 || *status == 429 || *status >= 500;
		err_set(err, TRI_RUNTIME, "%s %s: %s", method, url, msg.s);
		buf_release(&msg);
		goto out;
	}
	ret = 0;
out:
	if (form)
		cx->mime_free(form);
	cx->slist_free_all(hl);
	cx->easy_cleanup(e);
	return ret;
}

static void sink_release(struct sink *k)
{
	buf_release(&k->body);
}

/* The JSON object of a 2xx reply. New reference, or NULL with err. */
static json_t *reply_json(const struct sink *k, const char *what, struct tri_err *err)
{
	json_error_t je;
	json_t *o = json_loadb(k->body.s ? k->body.s : "", k->body.len, 0, &je);
	if (!json_is_object(o)) {
		json_decref(o);
		err_set(err, TRI_RUNTIME, "%s: the reply is not a JSON object", what);
		return NULL;
	}
	return o;
}

static char *url_of(const struct model *m, const char *path, const char *id, const char *tail)
{
	struct buf b = BUF_INIT;
	buf_addf(&b, "%s/%s", m->base_url, path);
	if (id)
		buf_addf(&b, "/%s", id);   /* ids are checked: [A-Za-z0-9_-] */
	if (tail)
		buf_addf(&b, "/%s", tail);
	return buf_detach(&b);
}

/* A provider's id, as it goes into a URL path: letters, digits, - and _. */
static char *take_id(const json_t *v, const char *what, struct tri_err *err)
{
	const char *s = json_string_value(v);
	size_t n = s ? strlen(s) : 0;
	if (!n || n > 200 || strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
				    "0123456789-_") != n) {
		err_set(err, TRI_RUNTIME, "the batch API's reply has no usable %s", what);
		return NULL;
	}
	return xstrdup(s);
}

/* ---- submitting ------------------------------------------------------------------ */

static int submit_openai(const struct model *m, const struct batch_req *v, size_t n, char **id,
			 char **file, struct tri_err *err)
{
	struct buf jsonl = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		buf_addf(&jsonl, "{\"custom_id\":\"%s\",\"method\":\"POST\","
			 "\"url\":\"/v1/chat/completions\",\"body\":", v[i].custom_id);
		buf_add(&jsonl, v[i].body, v[i].len);
		buf_adds(&jsonl, "}\n");
	}
	struct sink k = { 0 };
	char *url = url_of(m, "files", NULL, NULL), *body = NULL;
	long status;
	int transient, ret = -1;
	json_t *o = NULL, *req = NULL;
	if (http(m, "POST", url, NULL, 0, &jsonl, LARGE, &k, &status, &transient, err) < 0 ||
	    !(o = reply_json(&k, "uploading the batch file", err)) ||
	    !(*file = take_id(json_object_get(o, "id"), "file id", err)))
		goto out;
	json_decref(o);
	o = NULL;
	sink_release(&k);
	memset(&k, 0, sizeof(k));
	free(url);
	url = url_of(m, "batches", NULL, NULL);
	req = json_pack("{s:s,s:s,s:s}", "input_file_id", *file,
			"endpoint", "/v1/chat/completions", "completion_window", "24h");
	if (!req || !(body = json_dumps(req, JSON_COMPACT))) {
		err_set(err, TRI_RUNTIME, "out of memory");
		goto out;
	}
	if (http(m, "POST", url, body, strlen(body), NULL, SMALL, &k, &status, &transient, err) < 0 ||
	    !(o = reply_json(&k, "creating the batch", err)) ||
	    !(*id = take_id(json_object_get(o, "id"), "batch id", err)))
		goto out;
	ret = 0;
out:
	json_decref(req);
	json_decref(o);
	free(body);
	sink_release(&k);
	buf_release(&jsonl);
	free(url);
	return ret;
}

static int submit_anthropic(const struct model *m, const struct batch_req *v, size_t n, char **id,
			    struct tri_err *err)
{
	struct buf body = BUF_INIT;
	buf_adds(&body, "{\"requests\":[");
	for (size_t i = 0; i < n; i++) {
		buf_addf(&body, "%s{\"custom_id\":\"%s\",\"params\":", i ? "," : "", v[i].custom_id);
		buf_add(&body, v[i].body, v[i].len);
		buf_addc(&body, '}');
	}
	buf_adds(&body, "]}");
	struct sink k = { 0 };
	char *url = url_of(m, "messages/batches", NULL, NULL);
	long status;
	int transient, ret = -1;
	json_t *o = NULL;
	if (http(m, "POST", url, body.s, body.len, NULL, LARGE, &k, &status, &transient, err) == 0 &&
	    (o = reply_json(&k, "creating the batch", err)) &&
	    (*id = take_id(json_object_get(o, "id"), "batch id", err)))
		ret = 0;
	json_decref(o);
	sink_release(&k);
	buf_release(&body);
	free(url);
	return ret;
}

int batch_submit(const struct model *m, const struct batch_req *v, size_t n, char **id,
		 char **file, struct tri_err *err)
{
	*id = *file = NULL;
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(v[i].custom_id);
		if (!l || l > 64 || strspn(v[i].custom_id, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
					   "abcdefghijklmnopqrstuvwxyz0123456789-_") != l)
			return err_set(err, TRI_RUNTIME, "batch: bad custom id '%s'", v[i].custom_id);
	}
	int r;
	switch (batch_api_of(m)) {
	case BATCH_OPENAI:
		r = submit_openai(m, v, n, id, file, err);
		break;
	case BATCH_ANTHROPIC:
		r = submit_anthropic(m, v, n, id, err);
		break;
	default:
		return err_set(err, TRI_USAGE, "model %s (%s) has no batch API", m->id, m->provider);
	}
	if (r < 0) {
		free(*id);
		free(*file);
		*id = *file = NULL;
		return err_prefix(err, "model %s: submitting a batch", m->id);
	}
	return 0;
}

/* ---- polling ------------------------------------------------------------------- */

static char *opt_str(const json_t *v)
{
	return json_is_string(v) ? xstrdup(json_string_value(v)) : NULL;
}

int batch_poll(const struct model *m, const char *id, struct batch_status *s, int *transient,
	       int *gone, struct tri_err *err)
{
	enum batch_api api = batch_api_of(m);
	struct sink k = { 0 };
	char *url = url_of(m, api == BATCH_ANTHROPIC ? "messages/batches" : "batches", id, NULL);
	long status;
	json_t *o = NULL;
	int ret = -1;
	memset(s, 0, sizeof(*s));
	*gone = 0;
	if (http(m, "GET", url, NULL, 0, NULL, SMALL, &k, &status, transient, err) < 0) {
		*gone = status == 404;
		goto out;
	}
	if (!(o = reply_json(&k, "asking about the batch", err)))
		goto out;
	const char *key = api == BATCH_ANTHROPIC ? "processing_status" : "status";
	const char *state = json_string_value(json_object_get(o, key));
	if (!state) {
		err_set(err, TRI_RUNTIME, "the batch API's reply has no %s", key);
		goto out;
	}
	s->state = xstrdup(state);
	json_t *counts = json_object_get(o, "request_counts");
	if (json_is_object(counts))
		s->counts = json_dumps(counts, JSON_COMPACT | JSON_SORT_KEYS);
	if (api == BATCH_ANTHROPIC) {
		s->ended = !strcmp(state, "ended");
		s->output = opt_str(json_object_get(o, "results_url"));
		if (s->ended && !s->output) {
			err_set(err, TRI_RUNTIME, "the batch ended but its reply has no results_url");
			goto out;
		}
	} else {
		static const char *const final[] = { "completed", "failed", "expired", "cancelled" };
		for (size_t i = 0; i < ARRAY_LEN(final); i++)
			s->ended |= !strcmp(state, final[i]);
		s->output = opt_str(json_object_get(o, "output_file_id"));
		s->errors = opt_str(json_object_get(o, "error_file_id"));
		json_t *errs = json_object_get(json_object_get(o, "errors"), "data");
		if (json_array_size(errs)) {
			const json_t *e0 = json_array_get(errs, 0);
			struct buf b = BUF_INIT;
			buf_addf(&b, "%.300s", json_string_value(json_object_get(e0, "message")) ?
				 json_string_value(json_object_get(e0, "message")) : "(no message)");
			if (json_is_integer(json_object_get(e0, "line")))
				buf_addf(&b, " (line %lld)",
					 (long long)json_integer_value(json_object_get(e0, "line")));
			s->failure = buf_detach(&b);
		}
		/* a file id goes into a URL path */
		for (char **f = &s->output; f; f = f == &s->output ? &s->errors : NULL)
			if (*f && strspn(*f, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
					 "0123456789-_") != strlen(*f)) {
				err_set(err, TRI_RUNTIME, "the batch API's reply has an unusable file id");
				goto out;
			}
	}
	ret = 0;
out:
	if (ret < 0) {
		batch_status_release(s);
		err_prefix(err, "model %s: batch %s", m->id, id);
	}
	json_decref(o);
	sink_release(&k);
	free(url);
	return ret;
}

/* ---- results -------------------------------------------------------------------- */

/* An Anthropic error type as the HTTP status it comes with. */
static long anthropic_status(const char *type)
{
	static const struct { const char *type; long status; } map[] = {
		{ "invalid_request_error", 400 }, { "authentication_error", 401 },
		{ "permission_error", 403 }, { "not_found_error", 404 },
		{ "request_too_large", 413 }, { "rate_limit_error", 429 },
		{ "api_error", 500 }, { "overloaded_error", 529 },
	};
	for (size_t i = 0; type && i < ARRAY_LEN(map); i++)
		if (!strcmp(type, map[i].type))
			return map[i].status;
	return 500;
}

/* Parse an answer body as the protocol's non-streamed response. */
static void parse_answer(enum batch_api api, const char *server, const json_t *body,
			 struct response *r)
{
	response_init(r, 0);
	r->anthropic = api == BATCH_ANTHROPIC;
	char *s = json_dumps(body, JSON_COMPACT);
	provider_parse_json(r, s ? s : "", s ? strlen(s) : 0);
	free(s);
	if (server && *server)
		json_object_set_new(r->meta, "server", json_string(server));
}

int batch_parse_line(enum batch_api api, const char *server, const char *s, size_t n,
		     int (*fn)(void *ctx, const struct batch_result *r, struct tri_err *err),
		     void *ctx, struct tri_err *err)
{
	json_error_t je;
	json_t *o = json_loadb(s, n, 0, &je);
	struct response r;
	int have_r = 0, ret = -1;
	struct buf msg = BUF_INIT;
	struct batch_result out = { .custom_id = json_string_value(json_object_get(o, "custom_id")) };
	if (!json_is_object(o) || !out.custom_id) {
		err_set(err, TRI_RUNTIME, "a result line is not {custom_id, ...}: %.80s", s);
		goto done;
	}
	if (api == BATCH_ANTHROPIC) {
		const json_t *res = json_object_get(o, "result");
		const char *type = json_string_value(json_object_get(res, "type"));
		if (!type) {
			err_set(err, TRI_RUNTIME, "result %s has no result.type", out.custom_id);
			goto done;
		}
		if (!strcmp(type, "succeeded")) {
			parse_answer(api, server, json_object_get(res, "message"), &r);
			have_r = 1;
			out.http_status = 200;
			out.cls = attempt_classify(0, 200, (int)r.status);
			if (out.cls != ATT_OK)
				buf_adds(&msg, r.err.len ? r.err.s : "unusable response");
		} else if (!strcmp(type, "errored")) {
			const json_t *e = json_object_get(json_object_get(res, "error"), "error");
			const char *et = json_string_value(json_object_get(e, "type"));
			const char *em = json_string_value(json_object_get(e, "message"));
			out.http_status = anthropic_status(et);
			out.cls = attempt_classify(0, out.http_status, 0);
			buf_addf(&msg, "HTTP %ld: %s: %.300s", out.http_status, et ? et : "error",
				 em ? em : "(no message)");
		} else if (!strcmp(type, "canceled")) {
			out.cls = ATT_BATCH_CANCELLED;
			buf_adds(&msg, "the batch was cancelled before this request ran");
		} else if (!strcmp(type, "expired")) {
			out.cls = ATT_BATCH_EXPIRED;
			buf_adds(&msg, "the batch expired before this request ran");
		} else {
			err_set(err, TRI_RUNTIME, "result %s: unknown result type '%.40s'",
				out.custom_id, type);
			goto done;
		}
	} else {
		const json_t *resp = json_object_get(o, "response"), *e = json_object_get(o, "error");
		if (json_is_object(resp)) {
			const json_t *body = json_object_get(resp, "body");
			out.http_status = (long)json_integer_value(json_object_get(resp, "status_code"));
			if (out.http_status == 200) {
				parse_answer(api, server, body, &r);
				have_r = 1;
				out.cls = attempt_classify(0, 200, (int)r.status);
				if (out.cls != ATT_OK)
					buf_adds(&msg, r.err.len ? r.err.s : "unusable response");
			} else {
				out.cls = attempt_classify(0, out.http_status, 0);
				char *b = json_dumps(body, JSON_COMPACT | JSON_ENCODE_ANY);
				struct buf bb = BUF_INIT;
				if (b)
					buf_adds(&bb, b);
				refusal(&msg, out.http_status, &bb);
				buf_release(&bb);
				free(b);
			}
		} else if (json_is_object(e)) {
			const char *code = json_string_value(json_object_get(e, "code"));
			const char *em = json_string_value(json_object_get(e, "message"));
			out.cls = code && !strcmp(code, "batch_expired") ? ATT_BATCH_EXPIRED
				: code && !strcmp(code, "batch_cancelled") ? ATT_BATCH_CANCELLED
				: ATT_PROVIDER_ERROR;
			buf_addf(&msg, "%s: %.300s", code ? code : "error", em ? em : "(no message)");
		} else {
			err_set(err, TRI_RUNTIME, "result %s has neither response nor error",
				out.custom_id);
			goto done;
		}
	}
	out.r = have_r ? &r : NULL;
	out.error = out.cls == ATT_OK ? NULL : msg.s;
	ret = fn(ctx, &out, err);
done:
	if (have_r)
		response_release(&r);
	buf_release(&msg);
	json_decref(o);
	return ret;
}

/* The origin (scheme://host[:port]) of url: its length, or 0. */
static size_t origin_len(const char *url)
{
	const char *p = strstr(url, "://");
	if (!p)
		return 0;
	p += 3;
	return (size_t)(p - url) + strcspn(p, "/?#");
}

/* Append the file at url to f (a 200 only). */
static int fetch_file(const struct model *m, const char *url, FILE *f, char *server,
		      size_t server_len, int *transient, struct tri_err *err)
{
	struct sink k = { .to = f };
	long status;
	int r = http(m, "GET", url, NULL, 0, NULL, LARGE, &k, &status, transient, err);
	if (k.server[0])
		snprintf(server, server_len, "%s", k.server);
	sink_release(&k);
	return r;
}

FILE *batch_download(const struct model *m, const struct batch_status *s, char *server,
		     size_t server_len, int *transient, struct tri_err *err)
{
	FILE *f = tmpfile();
	*transient = 0;
	server[0] = '\0';
	if (!f) {
		err_set(err, TRI_RUNTIME, "model %s: cannot make a temporary file for the batch's "
			"results: %s", m->id, strerror(errno));
		return NULL;
	}
	if (batch_api_of(m) == BATCH_ANTHROPIC) {
		size_t o = origin_len(m->base_url);
		if (!s->output || !o || strncmp(s->output, m->base_url, o) ||
		    (s->output[o] && s->output[o] != '/')) {
			err_set(err, TRI_RUNTIME, "model %s: the batch's results URL %.200s is not on "
				"%s: the API key is not sent there", m->id,
				s->output ? s->output : "(none)", m->base_url);
			goto fail;
		}
		if (fetch_file(m, s->output, f, server, server_len, transient, err) < 0) {
			err_prefix(err, "model %s: reading the batch's results", m->id);
			goto fail;
		}
	} else {
		const char *files[2] = { s->output, s->errors };
		for (size_t i = 0; i < 2; i++) {
			if (!files[i])
				continue;
			char *url = url_of(m, "files", files[i], "content");
			int r = fetch_file(m, url, f, server, server_len, transient, err);
			free(url);
			/* the output file need not end with a newline */
			if (r == 0 && fputc('\n', f) == EOF) {
				err_set(err, TRI_RUNTIME, "cannot write a temporary file: %s",
					strerror(errno));
				r = -1;
			}
			if (r < 0) {
				err_prefix(err, "model %s: reading the batch's %s file", m->id,
					   i ? "error" : "output");
				goto fail;
			}
		}
	}
	if (fflush(f) == 0 && fseek(f, 0, SEEK_SET) == 0)
		return f;
	err_set(err, TRI_RUNTIME, "cannot read back a temporary file: %s", strerror(errno));
fail:
	fclose(f);
	return NULL;
}

int batch_parse_file(enum batch_api api, const char *server, FILE *f,
		     int (*fn)(void *ctx, const struct batch_result *r, struct tri_err *err),
		     void *ctx, struct tri_err *err)
{
	struct buf line = BUF_INIT;
	int c, ret = 0;
	size_t n = 0;
	do {
		c = getc(f);
		if (c != '\n' && c != EOF) {
			if (line.len >= BATCH_MAX_LINE) {
				ret = err_set(err, TRI_RUNTIME, "a result line is over %zu MiB",
					      BATCH_MAX_LINE >> 20);
				break;
			}
			buf_addc(&line, (char)c);
			continue;
		}
		n++;
		if (line.len && batch_parse_line(api, server, line.s, line.len, fn, ctx, err) < 0) {
			ret = err_prefix(err, "result line %zu", n);
			break;
		}
		buf_reset(&line);
	} while (c != EOF);
	if (ret == 0 && ferror(f))
		ret = err_set(err, TRI_RUNTIME, "cannot read a temporary file: %s", strerror(errno));
	buf_release(&line);
	return ret;
}
