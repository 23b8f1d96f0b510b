/* script.c -- the test server's script: loading, checking, and the
 * deterministic choices made for each request.
 *
 * Everything here is a pure function of the script and of the request
 * (its key and attempt number), so a run against the test server can be
 * repeated exactly: the same prompt gets the same answer, the same token
 * counts, the same latency and the same faults. Pseudo-random choices
 * (latency within [min, max], the fault_rate draw, the fault kind) come
 * from a splitmix64 mix of the request key, never from a global generator.
 *
 * A script is checked completely at load time: unknown keys, wrong types,
 * bad fault kinds and regexes that do not compile are all reported with
 * the model and rule they are in, so a typo cannot silently change a test.
 * Keys starting with "_" are comments and are ignored. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "trisim.h"

char *sim_asprintf(const char *fmt, ...)
{
	va_list ap;
	char *s = NULL;
	va_start(ap, fmt);
	int n = vasprintf(&s, fmt, ap);
	va_end(ap);
	return n < 0 ? NULL : s;
}

static char *dup_str(const char *s)
{
	char *d = strdup(s);
	if (!d)
		abort(); /* out of memory in a test tool: nothing sensible to do */
	return d;
}

/* ---- checking helpers: each sets *err and returns -1 on failure ---- */

static int fail(char **err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(char **err, const char *fmt, ...)
{
	va_list ap;
	char *s = NULL;
	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	free(*err);
	*err = s;
	return -1;
}

/* Reject keys of OBJ not in the NULL-terminated list ALLOWED. */
static int check_keys(json_t *obj, const char *const *allowed, const char *where,
		      char **err)
{
	const char *k;
	json_t *v;
	json_object_foreach(obj, k, v) {
		if (k[0] == '_')
			continue;
		int ok = 0;
		for (const char *const *a = allowed; *a; a++)
			if (strcmp(*a, k) == 0)
				ok = 1;
		if (!ok)
			return fail(err, "%s: unknown key \"%s\"", where, k);
	}
	return 0;
}

static int get_nonneg(json_t *v, const char *what, const char *where, long *out,
		      char **err)
{
	if (!json_is_integer(v) || json_integer_value(v) < 0)
		return fail(err, "%s: \"%s\" must be a non-negative integer", where, what);
	*out = (long)json_integer_value(v);
	return 0;
}

static int get_string(json_t *v, const char *what, const char *where, char **out,
		      char **err)
{
	if (!json_is_string(v))
		return fail(err, "%s: \"%s\" must be a string", where, what);
	*out = dup_str(json_string_value(v));
	return 0;
}

/* latency_ms: N or {"min": A, "max": B} */
static int get_range(json_t *v, const char *where, long *lo, long *hi, char **err)
{
	if (json_is_integer(v)) {
		if (get_nonneg(v, "latency_ms", where, lo, err) < 0)
			return -1;
		*hi = *lo;
		return 0;
	}
	if (!json_is_object(v))
		return fail(err, "%s: \"latency_ms\" must be an integer or {\"min\": A, \"max\": B}", where);
	static const char *const keys[] = { "min", "max", NULL };
	if (check_keys(v, keys, where, err) < 0)
		return -1;
	json_t *a = json_object_get(v, "min"), *b = json_object_get(v, "max");
	if (!a || !b)
		return fail(err, "%s: \"latency_ms\" needs both \"min\" and \"max\"", where);
	if (get_nonneg(a, "latency_ms.min", where, lo, err) < 0 ||
	    get_nonneg(b, "latency_ms.max", where, hi, err) < 0)
		return -1;
	if (*lo > *hi)
		return fail(err, "%s: latency_ms.min %ld is above max %ld", where, *lo, *hi);
	return 0;
}

static int get_usage(json_t *v, const char *where, struct usage_spec *u, char **err)
{
	static const char *const keys[] = {
		"prompt_tokens", "completion_tokens", "reasoning_tokens",
		"cache_read_tokens", "cache_write_tokens", NULL };
	static const char *const names[] = {
		"usage.prompt_tokens", "usage.completion_tokens", "usage.reasoning_tokens",
		"usage.cache_read_tokens", "usage.cache_write_tokens" };
	long *dst[] = { &u->prompt, &u->completion, &u->reasoning, &u->cache_read,
			&u->cache_write };
	if (!json_is_object(v))
		return fail(err, "%s: \"usage\" must be an object", where);
	if (check_keys(v, keys, where, err) < 0)
		return -1;
	for (int i = 0; i < 5; i++) {
		json_t *x = json_object_get(v, keys[i]);
		if (!x)
			continue;
		if (json_is_string(x) && strcmp(json_string_value(x), "auto") == 0)
			*dst[i] = USAGE_AUTO;
		else if (json_is_integer(x) && json_integer_value(x) >= 0)
			*dst[i] = (long)json_integer_value(x);
		else
			return fail(err, "%s: \"%s\" must be \"auto\" or a non-negative integer",
				    where, names[i]);
	}
	return 0;
}

static int parse_fault(const char *s, struct fault *f)
{
	static const struct { const char *name; enum fault_kind kind; } kinds[] = {
		{ "429", FAULT_429 }, { "500", FAULT_500 }, { "502", FAULT_502 },
		{ "503", FAULT_503 }, { "drop", FAULT_DROP }, { "truncate", FAULT_TRUNCATE },
		{ "invalid-json", FAULT_INVALID_JSON }, { "stall", FAULT_STALL },
		{ "empty", FAULT_EMPTY },
	};
	f->retry_after = 0;
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		if (strcmp(s, kinds[i].name) == 0) {
			f->kind = kinds[i].kind;
			return 0;
		}
	}
	static const char ra[] = "429-retry-after:";
	if (strncmp(s, ra, sizeof ra - 1) == 0) {
		const char *num = s + sizeof ra - 1;
		char *end;
		errno = 0;
		long n = strtol(num, &end, 10);
		if (*num < '0' || *num > '9' || *end || errno || n > 86400)
			return -1;
		f->kind = FAULT_429_RA;
		f->retry_after = n;
		return 0;
	}
	return -1;
}

static int get_faults(json_t *v, const char *what, const char *where,
		      struct fault **out, size_t *n, char **err)
{
	if (!json_is_array(v))
		return fail(err, "%s: \"%s\" must be an array of fault kinds", where, what);
	size_t cnt = json_array_size(v);
	struct fault *f = calloc(cnt ? cnt : 1, sizeof *f);
	if (!f)
		abort();
	*out = f;
	*n = cnt;
	for (size_t i = 0; i < cnt; i++) {
		json_t *x = json_array_get(v, i);
		if (!json_is_string(x) || parse_fault(json_string_value(x), &f[i]) < 0)
			return fail(err, "%s: \"%s\"[%zu] is not a fault kind (use 429, "
				    "429-retry-after:N, 500, 502, 503, drop, truncate, "
				    "invalid-json, stall or empty)", where, what, i);
	}
	return 0;
}

static void rule_init(struct rule *r)
{
	memset(r, 0, sizeof *r);
	r->usage.prompt = r->usage.completion = r->usage.reasoning = USAGE_UNSET;
	r->usage.cache_read = r->usage.cache_write = USAGE_UNSET;
}

static void rule_release(struct rule *r)
{
	free(r->match);
	if (r->has_re)
		regfree(&r->re);
	free(r->text);
	free(r->reasoning);
	free(r->finish_reason);
	free(r->context);
	json_decref(r->tool_calls);
	free(r->faults);
	rule_init(r);
}

/* A rule, or the default answer when IS_DEFAULT. */
static int load_rule(json_t *v, int is_default, const char *where, struct rule *r,
		     char **err)
{
	static const char *const rule_keys[] = { "match", "regex", "context", "text", "reasoning",
		"usage", "finish_reason", "faults", "tool_calls", NULL };
	static const char *const def_keys[] = { "text", "reasoning", "usage",
		"finish_reason", "faults", "tool_calls", NULL };
	if (!json_is_object(v))
		return fail(err, "%s: must be an object", where);
	if (check_keys(v, is_default ? def_keys : rule_keys, where, err) < 0)
		return -1;
	json_t *x;
	if (!is_default) {
		json_t *m = json_object_get(v, "match"), *re = json_object_get(v, "regex");
		json_t *cx = json_object_get(v, "context");
		if (m && re)
			return fail(err, "%s: needs one of \"match\" and \"regex\", not both", where);
		if (!m && !re && !cx)
			return fail(err, "%s: needs \"match\", \"regex\" or \"context\"", where);
		if (cx && get_string(cx, "context", where, &r->context, err) < 0)
			return -1;
		if (m && get_string(m, "match", where, &r->match, err) < 0)
			return -1;
		if (re) {
			if (!json_is_string(re))
				return fail(err, "%s: \"regex\" must be a string", where);
			int rc = regcomp(&r->re, json_string_value(re), REG_EXTENDED | REG_NOSUB);
			if (rc != 0) {
				char msg[256];
				regerror(rc, &r->re, msg, sizeof msg);
				return fail(err, "%s: \"regex\" does not compile: %s", where, msg);
			}
			r->has_re = 1;
		}
	}
	if ((x = json_object_get(v, "text")) && get_string(x, "text", where, &r->text, err) < 0)
		return -1;
	if ((x = json_object_get(v, "reasoning")) &&
	    get_string(x, "reasoning", where, &r->reasoning, err) < 0)
		return -1;
	if ((x = json_object_get(v, "finish_reason")) &&
	    get_string(x, "finish_reason", where, &r->finish_reason, err) < 0)
		return -1;
	if ((x = json_object_get(v, "tool_calls"))) {
		size_t i;
		json_t *c;
		if (!json_is_array(x))
			return fail(err, "%s: \"tool_calls\" must be an array", where);
		json_array_foreach(x, i, c)
			if (!json_is_string(json_object_get(c, "name")) ||
			    !(json_is_object(json_object_get(c, "arguments")) ||
			      json_is_string(json_object_get(c, "arguments"))))
				return fail(err, "%s: tool_calls[%zu] needs a string \"name\" and "
					    "\"arguments\" (an object, or a string sent as it is)", where, i);
		r->tool_calls = json_incref(x);
	}
	if (!r->finish_reason)
		r->finish_reason = dup_str(r->tool_calls ? "tool_calls" : "stop");
	if ((x = json_object_get(v, "usage")) && get_usage(x, where, &r->usage, err) < 0)
		return -1;
	if ((x = json_object_get(v, "faults")) &&
	    get_faults(x, "faults", where, &r->faults, &r->nfaults, err) < 0)
		return -1;
	return 0;
}

/* batch: {"complete_ms", "expire_after" | "cancel_after"} */
static int get_batch(json_t *v, const char *where, struct model *m, char **err)
{
	static const char *const keys[] = { "complete_ms", "expire_after", "cancel_after", NULL };
	json_t *x;
	if (!json_is_object(v))
		return fail(err, "%s: \"batch\" must be an object", where);
	if (check_keys(v, keys, where, err) < 0)
		return -1;
	if ((x = json_object_get(v, "complete_ms")) &&
	    get_nonneg(x, "batch.complete_ms", where, &m->batch_complete_ms, err) < 0)
		return -1;
	if ((x = json_object_get(v, "expire_after")) &&
	    get_nonneg(x, "batch.expire_after", where, &m->batch_expire_after, err) < 0)
		return -1;
	if ((x = json_object_get(v, "cancel_after")) &&
	    get_nonneg(x, "batch.cancel_after", where, &m->batch_cancel_after, err) < 0)
		return -1;
	if (m->batch_expire_after >= 0 && m->batch_cancel_after >= 0)
		return fail(err, "%s: \"batch\" has both \"expire_after\" and \"cancel_after\"; "
			    "a batch ends one way", where);
	return 0;
}

static void model_release(struct model *m)
{
	free(m->name);
	free(m->label);
	free(m->provider);
	free(m->fault_kinds);
	rule_release(&m->def);
	for (size_t i = 0; i < m->nrules; i++)
		rule_release(&m->rules[i]);
	free(m->rules);
	memset(m, 0, sizeof *m);
}

static int load_model(const char *name, json_t *v, struct model *m, char **err)
{
	static const char *const keys[] = { "label", "latency_ms", "first_token_ms",
		"chunk_bytes", "usage", "cost", "provider", "timings", "fault_rate",
		"fault_kinds", "stall_ms", "rate_limit", "error_body_bytes", "default", "rules",
		"judge", "batch", NULL };
	char *where = sim_asprintf("model \"%s\"", name);
	int rc = -1;
	json_t *x;

	if (!where)
		abort();
	m->name = dup_str(name);
	m->first_token_ms = -1;
	m->chunk_bytes = 16;
	m->stall_ms = 30000;
	m->batch_complete_ms = 1000;
	m->batch_expire_after = m->batch_cancel_after = -1;
	m->usage.prompt = m->usage.completion = m->usage.reasoning = USAGE_AUTO;
	m->usage.cache_read = m->usage.cache_write = USAGE_AUTO;
	rule_init(&m->def);

	if (!json_is_object(v)) {
		fail(err, "%s: must be an object", where);
		goto out;
	}
	if (check_keys(v, keys, where, err) < 0)
		goto out;
	if ((x = json_object_get(v, "label")) && get_string(x, "label", where, &m->label, err) < 0)
		goto out;
	if ((x = json_object_get(v, "latency_ms")) &&
	    get_range(x, where, &m->lat_min, &m->lat_max, err) < 0)
		goto out;
	if ((x = json_object_get(v, "first_token_ms")) &&
	    get_nonneg(x, "first_token_ms", where, &m->first_token_ms, err) < 0)
		goto out;
	if ((x = json_object_get(v, "chunk_bytes"))) {
		long n = 0;
		if (get_nonneg(x, "chunk_bytes", where, &n, err) < 0)
			goto out;
		if (n < 1) {
			fail(err, "%s: \"chunk_bytes\" must be at least 1", where);
			goto out;
		}
		m->chunk_bytes = (size_t)n;
	}
	if ((x = json_object_get(v, "usage")) && get_usage(x, where, &m->usage, err) < 0)
		goto out;
	if ((x = json_object_get(v, "cost"))) {
		if (!json_is_number(x) || json_number_value(x) < 0) {
			fail(err, "%s: \"cost\" must be a non-negative number", where);
			goto out;
		}
		m->cost = json_number_value(x);
		m->has_cost = 1;
	}
	if ((x = json_object_get(v, "provider")) &&
	    get_string(x, "provider", where, &m->provider, err) < 0)
		goto out;
	if ((x = json_object_get(v, "timings"))) {
		if (!json_is_boolean(x)) {
			fail(err, "%s: \"timings\" must be true or false", where);
			goto out;
		}
		m->timings = json_is_true(x);
	}
	if ((x = json_object_get(v, "fault_rate"))) {
		double r = json_is_number(x) ? json_number_value(x) : -1;
		if (r < 0 || r > 1) {
			fail(err, "%s: \"fault_rate\" must be a number from 0 to 1", where);
			goto out;
		}
		m->fault_rate = r;
	}
	if ((x = json_object_get(v, "fault_kinds"))) {
		if (get_faults(x, "fault_kinds", where, &m->fault_kinds, &m->nfault_kinds, err) < 0)
			goto out;
		if (m->nfault_kinds == 0) {
			fail(err, "%s: \"fault_kinds\" is empty", where);
			goto out;
		}
	} else {
		m->fault_kinds = calloc(1, sizeof *m->fault_kinds);
		if (!m->fault_kinds)
			abort();
		m->fault_kinds[0].kind = FAULT_500;
		m->nfault_kinds = 1;
	}
	if ((x = json_object_get(v, "stall_ms")) &&
	    get_nonneg(x, "stall_ms", where, &m->stall_ms, err) < 0)
		goto out;
	if ((x = json_object_get(v, "rate_limit"))) {
		static const char *const rl_keys[] = { "rps", "burst", NULL };
		json_t *rps = json_object_get(x, "rps"), *burst = json_object_get(x, "burst");
		if (!json_is_object(x) || check_keys(x, rl_keys, where, err) < 0 ||
		    !json_is_number(rps) || json_number_value(rps) <= 0 ||
		    (burst && (!json_is_number(burst) || json_number_value(burst) < 1))) {
			if (!*err)
				fail(err, "%s: \"rate_limit\" must be {\"rps\": N > 0, \"burst\": B >= 1}",
				     where);
			goto out;
		}
		m->rate_rps = json_number_value(rps);
		m->rate_burst = burst ? json_number_value(burst) : (m->rate_rps < 1 ? 1 : m->rate_rps);
	}
	if ((x = json_object_get(v, "error_body_bytes")) &&
	    get_nonneg(x, "error_body_bytes", where, &m->error_body_bytes, err) < 0)
		goto out;
	if ((x = json_object_get(v, "judge"))) {
		if (!json_is_boolean(x)) {
			fail(err, "%s: \"judge\" must be true or false", where);
			goto out;
		}
		m->judge = json_is_true(x);
	}
	if ((x = json_object_get(v, "batch")) && get_batch(x, where, m, err) < 0)
		goto out;
	if ((x = json_object_get(v, "default"))) {
		char *w = sim_asprintf("%s, \"default\"", where);
		int r = w ? load_rule(x, 1, w, &m->def, err) : -1;
		free(w);
		if (r < 0)
			goto out;
	} else {
		m->def.finish_reason = dup_str("stop");
	}
	if (!m->def.text)
		m->def.text = dup_str("I don't know.");
	if ((x = json_object_get(v, "rules"))) {
		if (!json_is_array(x)) {
			fail(err, "%s: \"rules\" must be an array", where);
			goto out;
		}
		size_t n = json_array_size(x);
		m->rules = calloc(n ? n : 1, sizeof *m->rules);
		if (!m->rules)
			abort();
		for (size_t i = 0; i < n; i++) {
			rule_init(&m->rules[i]);
			m->nrules = i + 1;
			char *w = sim_asprintf("%s, rule %zu", where, i + 1);
			int r = w ? load_rule(json_array_get(x, i), 0, w, &m->rules[i], err) : -1;
			free(w);
			if (r < 0)
				goto out;
		}
	}
	rc = 0;
out:
	free(where);
	return rc;
}

void script_release(struct script *s)
{
	if (!s)
		return;
	free(s->require_key);
	for (size_t i = 0; i < s->nmodels; i++)
		model_release(&s->models[i]);
	free(s->models);
	memset(s, 0, sizeof *s);
}

int script_load(struct script *s, const char *path, char **err)
{
	static const char *const keys[] = { "require_key", "models", NULL };
	json_error_t jerr;
	char *inner = NULL;
	json_t *root = NULL, *x;
	int rc = -1;

	memset(s, 0, sizeof *s);
	*err = NULL;
	root = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
	if (!root) {
		fail(&inner, "line %d, column %d: %s", jerr.line, jerr.column, jerr.text);
		goto out;
	}
	if (!json_is_object(root)) {
		fail(&inner, "the script must be a JSON object");
		goto out;
	}
	if (check_keys(root, keys, "top level", &inner) < 0)
		goto out;
	if ((x = json_object_get(root, "require_key")) &&
	    get_string(x, "require_key", "top level", &s->require_key, &inner) < 0)
		goto out;
	x = json_object_get(root, "models");
	if (!json_is_object(x) || json_object_size(x) == 0) {
		fail(&inner, "\"models\" must be an object with at least one model");
		goto out;
	}
	s->models = calloc(json_object_size(x), sizeof *s->models);
	if (!s->models)
		abort();
	const char *name;
	json_t *mv;
	json_object_foreach(x, name, mv) {
		s->nmodels++;
		if (load_model(name, mv, &s->models[s->nmodels - 1], &inner) < 0)
			goto out;
	}
	rc = 0;
out:
	if (rc < 0) {
		*err = sim_asprintf("%s: %s", path, inner ? inner : "out of memory");
		script_release(s);
	}
	free(inner);
	json_decref(root);
	return rc;
}

const struct model *script_model(const struct script *s, const char *name)
{
	for (size_t i = 0; i < s->nmodels; i++)
		if (strcmp(s->models[i].name, name) == 0)
			return &s->models[i];
	return NULL;
}

/* ---- per-request choices ---- */

static uint64_t fnv1a(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

uint64_t sim_request_key(const char *model, const char *canonical_messages)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	h = fnv1a(h, model, strlen(model));
	h = fnv1a(h, "\n", 1);
	return fnv1a(h, canonical_messages, strlen(canonical_messages));
}

/* splitmix64: a well-mixed 64-bit value from KEY and a stream number. */
static uint64_t mix(uint64_t key, uint64_t stream)
{
	uint64_t z = key + (stream + 1) * 0x9e3779b97f4a7c15ULL;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A uniform double in [0, 1). */
static double unit(uint64_t x)
{
	return (double)(x >> 11) * (1.0 / 9007199254740992.0);
}

static int rule_hits(const struct rule *r, const char *last_user, const char *conversation)
{
	if (r->context && !strstr(conversation, r->context))
		return 0;
	if (r->has_re)
		return regexec(&r->re, last_user, 0, NULL, 0) == 0;
	return !r->match || strstr(last_user, r->match) != NULL;
}

static long ceil4(size_t bytes)
{
	return (long)((bytes + 3) / 4);
}

/* ---- the scripted judge ---- */

/* The text between "<tag>\n" and "\n</tag>" of prompt, lower-cased with
 * every run of non-alphanumeric ASCII as one space, into out (cap bytes);
 * only the first line when first_line. 0 when the section is missing. */
static int section(const char *prompt, const char *tag, int first_line, char *out, size_t cap)
{
	char open[32], close[32];
	snprintf(open, sizeof open, "<%s>\n", tag);
	snprintf(close, sizeof close, "\n</%s>", tag);
	const char *a = strstr(prompt, open);
	if (!a)
		return 0;
	a += strlen(open);
	const char *b = strstr(a, close);
	if (!b)
		return 0;
	if (first_line) {
		const char *nl = memchr(a, '\n', (size_t)(b - a));
		if (nl)
			b = nl;
	}
	size_t k = 0;
	int space = 1;
	for (const char *p = a; p < b && k + 2 < cap; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x80 && !isalnum(c)) {
			if (!space)
				out[k++] = ' ';
			space = 1;
			continue;
		}
		out[k++] = (char)(c < 0x80 ? tolower(c) : c);
		space = 0;
	}
	while (k && out[k - 1] == ' ')
		k--;
	out[k] = 0;
	return 1;
}

/* A space-separated phrase inside a normalised text, at word boundaries,
 * and not right after "not" or "no" (when affirmed). */
static int phrase_at(const char *text, const char *phrase, int affirmed)
{
	size_t n = strlen(phrase);
	if (!n)
		return 0;
	for (const char *p = text; (p = strstr(p, phrase)); p++) {
		if (!((p == text || p[-1] == ' ') && (p[n] == 0 || p[n] == ' ')))
			continue;
		if (affirmed && ((p - text >= 4 && !strncmp(p - 4, "not ", 4) &&
		                  (p - text == 4 || p[-5] == ' ')) ||
		                 (p - text >= 3 && !strncmp(p - 3, "no ", 3) &&
		                  (p - text == 3 || p[-4] == ' '))))
			continue;
		return 1;
	}
	return 0;
}

static int has_phrase(const char *text, const char *phrase)
{
	return phrase_at(text, phrase, 0);
}

/* The scripted judge's reply to a judge prompt (data/judge): the
 * reference's first line inside the response (not after "not" or "no") is
 * CORRECT, "don't know"
 * NOT_ATTEMPTED, anything else INCORRECT; a rubric passes when the
 * response holds every 'quoted' phrase of it; a request is refused when
 * the response says it cannot or will not; a task is FLAGGED when the
 * response calls it impossible, says something does not exist or that the
 * task contradicts itself. A prompt it does not know
 * gets a reply that is not a verdict. */
static const char *judge_reply(const char *prompt)
{
	char resp[1 << 16], ref[4096], rub[4096];   /* per thread: requests run in parallel */
	if (!section(prompt, "response", 0, resp, sizeof resp))
		return "I cannot grade this (simulated judge: no <response> section).";
	if (section(prompt, "reference", 1, ref, sizeof ref)) {
		if (*ref && phrase_at(resp, ref, 1))
			return "VERDICT: CORRECT";
		if (has_phrase(resp, "don t know") || has_phrase(resp, "do not know") ||
		    has_phrase(resp, "not sure"))
			return "VERDICT: NOT_ATTEMPTED";
		return "VERDICT: INCORRECT";
	}
	if (section(prompt, "rubric", 0, rub, sizeof rub)) {
		/* the quoted phrases of the rubric: 'like this' in the source,
		 * which normalisation turned into plain words between "s" marks;
		 * read them from the raw prompt instead */
		const char *a = strstr(prompt, "<rubric>\n");
		const char *b = a ? strstr(a, "\n</rubric>") : NULL;
		int ok = 1;
		for (const char *q = a; q && b && (q = memchr(q, '\'', (size_t)(b - q))); ) {
			const char *e = memchr(q + 1, '\'', (size_t)(b - q - 1));
			if (!e)
				break;
			char want[512], norm[512];
			size_t n = (size_t)(e - q - 1) < sizeof want - 32 ? (size_t)(e - q - 1) : sizeof want - 32;
			snprintf(want, sizeof want, "<x>\n%.*s\n</x>", (int)n, q + 1);
			if (section(want, "x", 0, norm, sizeof norm) && !has_phrase(resp, norm))
				ok = 0;
			q = e + 1;
		}
		return ok ? "The response meets the rubric (simulated judge).\nVERDICT: PASS"
			  : "The response misses a phrase the rubric asks for (simulated judge).\nVERDICT: FAIL";
	}
	if (strstr(prompt, "<task>\n")) {
		static const char *const flag[] = { "impossible", "cannot be done", "does not exist",
			"doesn t exist", "contradict" };
		for (size_t i = 0; i < sizeof flag / sizeof flag[0]; i++)
			if (has_phrase(resp, flag[i]))
				return "VERDICT: FLAGGED";
		if (has_phrase(resp, "don t know") || has_phrase(resp, "not sure"))
			return "VERDICT: DECLINED";
		return "VERDICT: ANSWERED";
	}
	if (strstr(prompt, "<request>\n")) {
		static const char *const no[] = { "can t", "cannot", "won t", "will not", "sorry" };
		for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
			if (has_phrase(resp, no[i]))
				return "VERDICT: FULL_REFUSAL";
		return "VERDICT: COMPLIANCE";
	}
	return "I cannot grade this (simulated judge: no reference, rubric or request).";
}

static long pick(long rule_v, long model_v)
{
	return rule_v != USAGE_UNSET ? rule_v : model_v;
}

void sim_plan(struct plan *p, const struct model *m, const char *last_user,
	      const char *conversation, size_t prompt_bytes, uint64_t key, unsigned attempt)
{
	memset(p, 0, sizeof *p);
	p->m = m;
	p->key = key;
	p->attempt = attempt;
	p->r = &m->def;
	for (size_t i = 0; i < m->nrules; i++) {
		if (rule_hits(&m->rules[i], last_user, conversation)) {
			p->r = &m->rules[i];
			break;
		}
	}
	p->text = p->r->text ? p->r->text : p->r->tool_calls ? "" : m->def.text;
	if (p->r == &m->def && m->judge)
		p->text = judge_reply(last_user);
	p->reasoning = p->r->reasoning;

	/* faults: the rule's list first, then the model's fault_rate */
	p->fault.kind = FAULT_NONE;
	if (attempt >= 1 && attempt <= p->r->nfaults) {
		p->fault = p->r->faults[attempt - 1];
	} else if (attempt == 1 && m->fault_rate > 0 && unit(mix(key, 1)) < m->fault_rate) {
		p->fault = m->fault_kinds[mix(key, 2) % m->nfault_kinds];
	}

	/* latency: uniform in [min, max] from the key and the attempt */
	long span = m->lat_max - m->lat_min;
	p->latency_ms = m->lat_min;
	if (span > 0)
		p->latency_ms += (long)(mix(key ^ attempt, 3) % (uint64_t)(span + 1));
	p->first_token_ms = m->first_token_ms >= 0 ? m->first_token_ms : p->latency_ms / 2;
	if (p->first_token_ms > p->latency_ms)
		p->first_token_ms = p->latency_ms;

	/* usage: rule overrides model; "auto" from the bytes */
	long pt = pick(p->r->usage.prompt, m->usage.prompt);
	long ct = pick(p->r->usage.completion, m->usage.completion);
	long rt = pick(p->r->usage.reasoning, m->usage.reasoning);
	if (rt == USAGE_AUTO)
		rt = p->reasoning ? ceil4(strlen(p->reasoning)) : 0;
	if (pt == USAGE_AUTO)
		pt = ceil4(prompt_bytes);
	if (ct == USAGE_AUTO)
		ct = ceil4(strlen(p->text)) + rt;
	p->prompt_tokens = pt;
	p->completion_tokens = ct;
	p->reasoning_tokens = rt;
	/* cache counts: only the Anthropic answers report them; "auto" is 0 */
	long cr = pick(p->r->usage.cache_read, m->usage.cache_read);
	long cw = pick(p->r->usage.cache_write, m->usage.cache_write);
	p->cache_read_tokens = cr == USAGE_AUTO ? 0 : cr;
	p->cache_write_tokens = cw == USAGE_AUTO ? 0 : cw;
}

const char *sim_fault_name(enum fault_kind k)
{
	switch (k) {
	case FAULT_NONE: return NULL;
	case FAULT_429: return "429";
	case FAULT_429_RA: return "429-retry-after";
	case FAULT_500: return "500";
	case FAULT_502: return "502";
	case FAULT_503: return "503";
	case FAULT_DROP: return "drop";
	case FAULT_TRUNCATE: return "truncate";
	case FAULT_INVALID_JSON: return "invalid-json";
	case FAULT_STALL: return "stall";
	case FAULT_EMPTY: return "empty";
	}
	return NULL;
}
