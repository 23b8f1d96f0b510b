/* config.c -- the YAML config, model specs and flags (see config.h). */
#include <limits.h>
#include <math.h>
#include "util.h"
#include "buf.h"
#include "batch.h"
#include "catalogue.h"
#include "config.h"
#include "curlx.h"
#include "select.h"
#include "yaml.h"

struct provider_info {
	const char *name;
	const char *base_url;   /* NULL: @URL required */
	const char *key_env;    /* NULL: no key */
};

/* anthropic speaks the Messages protocol, the others Chat Completions
 * (provider.c). */
static const struct provider_info providers[] = {
	{ "openai", "https://api.openai.com/v1", "OPENAI_API_KEY" },
	{ "openrouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY" },
	{ "ollama", "http://127.0.0.1:11434/v1", NULL },
	{ "llamacpp", "http://127.0.0.1:8080/v1", NULL },
	{ "vllm", "http://127.0.0.1:8000/v1", "VLLM_API_KEY" },
	{ "compat", NULL, NULL },
	{ "anthropic", "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY" },
};

void config_init(struct config *c)
{
	memset(c, 0, sizeof(*c));
	c->samples = 1;
	c->concurrency = 32;
	c->max_errors = CONFIG_MAX_ERRORS_DEFAULT;
	c->round = CONFIG_ROUND_DEFAULT;
	c->seed = -1;
	c->confidence = CONFIG_CONFIDENCE_DEFAULT;
}

static void model_release(struct model *m)
{
	free(m->id);
	free(m->spec);
	free(m->provider);
	free(m->name);
	free(m->base_url);
	free(m->key_env);
	free(m->system);
	json_decref(m->params);
	json_decref(m->extra);
	json_decref(m->catalogue);
}

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void config_release(struct config *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_models; i++)
		model_release(&c->models[i]);
	free(c->models);
	free_strv(c->suites, c->n_suites);
	free_strv(c->require, c->n_require);
	free(c->db);
	free(c->prefer);
	free(c->path);
	if (c->judge) {
		model_release(c->judge);
		free(c->judge);
	}
	config_init(c);
}

/* ---- model specs -------------------------------------------------------- */

/* Check a base URL with libcurl's URL parser: http or https, with a host. */
static int check_url(const char *spec, const char *url, struct tri_err *err)
{
	const struct curlx *cx = curlx_get(err);
	if (!cx)
		return -1;
	CURLU *u = cx->url();
	char *scheme = NULL, *host = NULL;
	int ret = -1;
	if (!u) {
		err_set(err, TRI_RUNTIME, "out of memory parsing a URL");
		goto out;
	}
	CURLUcode rc = cx->url_set(u, CURLUPART_URL, url, 0);
	if (rc != CURLUE_OK) {
		err_set(err, TRI_USAGE, "model '%s': '%s' is not a URL (%s); write "
			"PROVIDER:MODEL@http://host:port/v1", spec, url, cx->url_strerror(rc));
		goto out;
	}
	if (cx->url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    (strcmp(scheme, "http") && strcmp(scheme, "https"))) {
		err_set(err, TRI_USAGE, "model '%s': '%s' is not an http:// or https:// URL",
			spec, url);
		goto out;
	}
	if (cx->url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK || !*host) {
		err_set(err, TRI_USAGE, "model '%s': the URL '%s' has no host", spec, url);
		goto out;
	}
	ret = 0;
out:
	if (cx) {
		cx->free(scheme);
		cx->free(host);
		cx->url_cleanup(u);
	}
	return ret;
}

const char *model_origin_name(int origin)
{
	switch (origin) {
	case ORIGIN_CONFIG: return "config";
	case ORIGIN_OPTION: return "option";
	case ORIGIN_CATALOGUE: return "catalogue";
	}
	return NULL;
}

double model_batch_price(const struct model *m, int output)
{
	double batch = output ? m->batch_out : m->batch_in;
	double list = output ? m->price_out : m->price_in;
	return !isnan(batch) ? batch : list / 2;   /* NAN stays NAN */
}

/* A count with an optional suffix: 8e9, 8b, 0.6B, 30.5e9, 128k, 1M (k, M,
 * B, T: thousand, million, billion, trillion). */
static int parse_count(const char *s, double *out)
{
	static const struct { char c; double mul; } suf[] = {
		{ 'k', 1e3 }, { 'K', 1e3 }, { 'm', 1e6 }, { 'M', 1e6 }, { 'b', 1e9 }, { 'B', 1e9 },
		{ 't', 1e12 }, { 'T', 1e12 },
	};
	size_t n = strlen(s);
	double mul = 1;
	for (size_t i = 0; n > 1 && i < ARRAY_LEN(suf); i++)
		if (s[n - 1] == suf[i].c) {
			mul = suf[i].mul;
			n--;
			break;
		}
	char *num = xstrndup(s, n);
	double v;
	int r = parse_double(num, &v);
	free(num);
	if (r < 0 || !(v * mul > 0) || !isfinite(v * mul))
		return -1;
	*out = v * mul;
	return 0;
}

/* "A/B" as two numbers in [0, max]. */
static int parse_slash_pair(const char *s, double max, double *a, double *b)
{
	const char *slash = strchr(s, '/');
	if (!slash)
		return -1;
	char *left = xstrndup(s, (size_t)(slash - s));
	int r = parse_double(left, a);
	free(left);
	if (r < 0 || parse_double(slash + 1, b) < 0 || !(*a >= 0 && *a <= max) ||
	    !(*b >= 0 && *b <= max))
		return -1;
	return 0;
}

/* One option KEY=VALUE of a spec into m. */
static int spec_option(struct model *m, const char *spec, const char *opt, struct tri_err *err)
{
	const char *eq = strchr(opt, '=');
	size_t klen = (size_t)(eq - opt);
	const char *v = eq + 1;
	double a, b;
#define KEY(k) (klen == strlen(k) && !strncmp(opt, k, klen))
	if (KEY("size")) {
		const char *slash = strchr(v, '/');
		char *total = slash ? xstrndup(v, (size_t)(slash - v)) : xstrdup(v);
		int r = parse_count(total, &a);
		free(total);
		if (r < 0 || a > 1e16 || (slash && (parse_count(slash + 1, &b) < 0 || b > a)))
			return err_set(err, TRI_USAGE, "model '%s': option '%s': size= takes the number "
				       "of parameters, TOTAL or TOTAL/ACTIVE (8e9, 8b, 30.5e9/3.3e9; "
				       "active at most total)", spec, opt);
		m->size_total = a;
		if (slash)
			m->size_active = b;
	} else if (KEY("active")) {
		if (parse_count(v, &a) < 0 || a > 1e16)
			return err_set(err, TRI_USAGE, "model '%s': option '%s': active= takes the number "
				       "of active parameters (3.3e9, 3.3b)", spec, opt);
		m->size_active = a;
	} else if (KEY("price") || KEY("batch_price")) {
		if (parse_slash_pair(v, 1e6, &a, &b) < 0)
			return err_set(err, TRI_USAGE, "model '%s': option '%s': %.*s= takes INPUT/OUTPUT "
				       "in USD per million tokens (0.1/0.4)", spec, opt, (int)klen, opt);
		if (KEY("price")) {
			m->price_in = a;
			m->price_out = b;
		} else {
			m->batch_in = a;
			m->batch_out = b;
		}
	} else if (KEY("context")) {
		if (parse_count(v, &a) < 0 || a > 1e9 || a != floor(a))
			return err_set(err, TRI_USAGE, "model '%s': option '%s': context= takes a whole "
				       "number of tokens (131072, 128k)", spec, opt);
		m->context = a;
	} else if (KEY("id")) {
		if (!*v)
			return err_set(err, TRI_USAGE, "model '%s': option 'id=' needs a name", spec);
		free(m->id);
		m->id = xstrdup(v);
	} else {
		return err_set(err, TRI_USAGE, "model '%s': unknown option '%.*s' (a spec may end "
			       "with ,KEY=VALUE options: %s)", spec, (int)klen, opt, CONFIG_SPEC_OPTIONS);
	}
#undef KEY
	return 0;
}

/* Is s (after a comma) an option, KEY=...: a word of letters and '_'? */
static int is_option(const char *s)
{
	size_t n = 0;
	while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') || s[n] == '_')
		n++;
	return n > 0 && s[n] == '=';
}

/* Split the trailing ",KEY=VALUE" options off spec into m; *len is the
 * length of what precedes them. Only trailing segments that look like
 * options are taken, so that model names and URLs with commas keep
 * working; an option not known is an error. */
static int spec_options(struct model *m, const char *spec, size_t *len, struct tri_err *err)
{
	char *s = xstrdup(spec);
	char *comma;
	int ret = 0;
	const char *seen[16];
	size_t n_seen = 0;
	while ((comma = strrchr(s, ',')) && is_option(comma + 1)) {
		size_t klen = (size_t)(strchr(comma + 1, '=') - (comma + 1));
		for (size_t i = 0; i < n_seen; i++)
			if (!strncmp(seen[i], comma + 1, klen) && seen[i][klen] == '=') {
				ret = err_set(err, TRI_USAGE, "model '%s': option '%.*s=' is given twice",
					      spec, (int)klen, comma + 1);
				goto out;
			}
		if (spec_option(m, spec, comma + 1, err) < 0) {
			ret = -1;
			goto out;
		}
		if (n_seen < ARRAY_LEN(seen))
			seen[n_seen++] = spec + (comma + 1 - s);
		*comma = '\0';
	}
	*len = strlen(s);
	if (!isnan(m->size_active) && isnan(m->size_total))
		ret = err_set(err, TRI_USAGE, "model '%s': active= needs size= (the total)", spec);
	else if (!isnan(m->size_active) && m->size_active > m->size_total)
		ret = err_set(err, TRI_USAGE, "model '%s': active= (%g) cannot exceed size= (%g)",
			      spec, m->size_active, m->size_total);
	else if (!isnan(m->size_total) && isnan(m->size_active))
		m->size_active = m->size_total;   /* a dense model */
	if (!isnan(m->size_total))
		m->size_from = ORIGIN_OPTION;
	if (!isnan(m->price_in))
		m->price_from = ORIGIN_OPTION;
	if (!isnan(m->batch_in))
		m->batch_from = ORIGIN_OPTION;
out:
	free(s);
	return ret;
}

static int parse_spec_base(struct model *m, const char *spec, struct tri_err *err);

/* Parse PROVIDER:MODEL[@BASE_URL][,KEY=VALUE]... into m (fills provider,
 * name, base_url, key_env, and what the options set). */
static int parse_spec(struct model *m, const char *full, struct tri_err *err)
{
	size_t len = strlen(full);
	if (spec_options(m, full, &len, err) < 0)
		return -1;
	char *copy = xstrndup(full, len);
	int r = parse_spec_base(m, copy, err);
	free(copy);
	if (r == 0) {
		free(m->spec);
		m->spec = xstrdup(full);
	}
	return r;
}

/* Parse PROVIDER:MODEL[@BASE_URL] into m (fills provider, name, base_url, key_env). */
static int parse_spec_base(struct model *m, const char *spec, struct tri_err *err)
{
	const char *colon = strchr(spec, ':');
	const struct provider_info *pi = NULL;
	if (!colon || colon == spec)
		return err_set(err, TRI_USAGE,
			       "model '%s': expected PROVIDER:MODEL[@BASE_URL], e.g. "
			       "openrouter:z-ai/glm-4.6 or ollama:qwen3:0.6b", spec);
	for (size_t i = 0; i < ARRAY_LEN(providers); i++)
		if (strlen(providers[i].name) == (size_t)(colon - spec) &&
		    !strncmp(spec, providers[i].name, (size_t)(colon - spec)))
			pi = &providers[i];
	if (!pi)
		return err_set(err, TRI_USAGE,
			       "model '%s': unknown provider '%.*s' (openai, openrouter, anthropic, "
			       "ollama, llamacpp, vllm, compat)", spec, (int)(colon - spec), spec);
	const char *name = colon + 1;
	/* the base URL follows the first '@' that starts a URL ("@http...");
	 * any other '@' belongs to the model name (Vertex-style versions) */
	const char *at = name;
	while ((at = strchr(at, '@')) && !strstr(at + 1, "://"))
		at++;
	m->provider = xstrdup(pi->name);
	m->name = at ? xstrndup(name, (size_t)(at - name)) : xstrdup(name);
	if (!*m->name)
		return err_set(err, TRI_USAGE, "model '%s': the model name is empty", spec);
	if (at) {
		const char *url = at + 1;
		size_t n = strlen(url);
		while (n && url[n - 1] == '/')
			n--;
		m->base_url = xstrndup(url, n);
		if (check_url(spec, m->base_url, err) < 0)
			return -1;
	} else if (pi->base_url) {
		m->base_url = xstrdup(pi->base_url);
	} else {
		const char *a = strchr(name, '@');
		if (a)
			return err_set(err, TRI_USAGE, "model '%s': '%s' is not an http:// or https:// "
				       "URL; provider compat needs one: compat:MODEL@http://host:port/v1",
				       spec, a + 1);
		return err_set(err, TRI_USAGE,
			       "model '%s': provider compat needs a base URL: compat:MODEL@http://host:port/v1",
			       spec);
	}
	if (pi->key_env)
		m->key_env = xstrdup(pi->key_env);
	m->spec = xstrdup(spec);
	return 0;
}

static void model_defaults(struct model *m)
{
	m->params = json_object();
	m->price_in = m->price_out = NAN;
	m->batch_in = m->batch_out = NAN;
	m->size_total = m->size_active = NAN;
	m->context = NAN;
	m->timeout_s = 300;
	m->stream = 1;
	m->retries = 6;
}

static struct model *add_model(struct config *c)
{
	XGROW(c->models, c->alloc_models, c->n_models + 1);
	struct model *m = &c->models[c->n_models++];
	memset(m, 0, sizeof(*m));
	model_defaults(m);
	return m;
}

/* What m lacks of size and price (and context) from the model catalogue:
 * the size when none is given, the list price (and the batch price the
 * catalogue lists with it) when none is given; a local provider gets no
 * price. The catalogue is read only when something is missing. */
static int apply_catalogue(struct model *m, struct tri_err *err)
{
	int need_size = isnan(m->size_total);
	int need_price = isnan(m->price_in) && isnan(m->price_out) && !catalogue_local(m->provider);
	if (!need_size && !need_price)
		return 0;
	const struct catalogue *cat = catalogue_get(err);
	if (!cat)
		return -1;
	struct cat_match cm;
	if (!catalogue_lookup(cat, m->provider, m->name, &cm)) {
		/* an OpenRouter variant (MODEL:free, :nitro ...) is the model at
		 * another price: its size only */
		const char *v = strrchr(m->name, ':');
		if (strcmp(m->provider, "openrouter") || !v || v == m->name)
			return 0;
		char *base = xstrndup(m->name, (size_t)(v - m->name));
		int found = catalogue_lookup(cat, m->provider, base, &cm);
		free(base);
		if (!found)
			return 0;
		need_price = 0;
	}
	json_t *rec = json_pack("{s:s}", "id", cm.e->id);
	if (need_size && !isnan(cm.total)) {
		m->size_total = cm.total;
		m->size_active = isnan(cm.active) ? cm.total : cm.active;
		m->size_from = ORIGIN_CATALOGUE;
		json_object_set_new(rec, "size", json_pack("{s:s,s:s}", "date", cm.e->date,
							   "source", cm.e->source));
	}
	if (need_price && !isnan(cm.price_in)) {
		m->price_in = cm.price_in;
		m->price_out = cm.price_out;
		m->price_from = ORIGIN_CATALOGUE;
		if (isnan(m->batch_in) && !isnan(cm.batch_in)) {
			m->batch_in = cm.batch_in;
			m->batch_out = cm.batch_out;
			m->batch_from = ORIGIN_CATALOGUE;
		}
		json_object_set_new(rec, "price", json_pack("{s:s,s:s,s:s}", "provider", m->provider,
							    "date", cm.price_date, "source", cm.price_source));
	}
	if (isnan(m->context))
		m->context = cm.context;
	json_decref(m->catalogue);
	m->catalogue = rec;
	return 0;
}

/* A model from a spec; its missing size and price from the catalogue
 * unless it is rebuilt from a run's record (which has them). */
static int add_model_spec(struct config *c, const char *spec, int lookup, struct tri_err *err)
{
	struct model *m = add_model(c);
	if (parse_spec(m, spec, err) < 0 || (lookup && apply_catalogue(m, err) < 0)) {
		model_release(m);
		c->n_models--;
		return -1;
	}
	if (!m->id)
		m->id = xstrdup(m->name);
	return 0;
}

int config_add_model_spec(struct config *c, const char *spec, struct tri_err *err)
{
	return add_model_spec(c, spec, 1, err);
}

/* ---- typed getters over the YAML tree, errors at the member ---------- */

/* A number in [min, max]; 1 when present, 0 when absent, -1 on error. */
static int get_number(const struct yaml_doc *d, const json_t *o, const char *key,
		      double min, double max, double *out, struct tri_err *err)
{
	json_t *v = json_object_get(o, key);
	if (!v)
		return 0;
	if (!json_is_number(v))
		return yaml_member_err(d, o, key, err, "'%s' must be a number", key);
	double x = json_number_value(v);
	if (!(x >= min && x <= max))
		return yaml_member_err(d, o, key, err, "'%s' must be between %g and %g, not %g",
				       key, min, max, x);
	*out = x;
	return 1;
}

static int get_long(const struct yaml_doc *d, const json_t *o, const char *key,
		    long min, long max, long *out, struct tri_err *err)
{
	json_t *v = json_object_get(o, key);
	if (!v)
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) < min || json_integer_value(v) > max)
		return yaml_member_err(d, o, key, err, "'%s' must be a whole number from %ld to %ld",
				       key, min, max);
	*out = (long)json_integer_value(v);
	return 1;
}

static int get_string(const struct yaml_doc *d, const json_t *o, const char *key,
		      char **out, struct tri_err *err)
{
	json_t *v = json_object_get(o, key);
	if (!v)
		return 0;
	if (!json_is_string(v))
		return yaml_member_err(d, o, key, err, "'%s' must be a string", key);
	free(*out);
	*out = xstrdup(json_string_value(v));
	return 1;
}

static int get_pair(const struct yaml_doc *d, const json_t *m, const char *key,
		    const char *a, const char *b, double min, double max,
		    double *va, double *vb, struct tri_err *err)
{
	json_t *o = json_object_get(m, key);
	if (!o)
		return 0;
	if (!json_is_object(o))
		return yaml_member_err(d, m, key, err, "'%s' must be a mapping {%s: N, %s: N}",
				       key, a, b);
	const char *keys[] = { a, b };
	if (yaml_check_keys(d, o, key, keys, 2, err) < 0 ||
	    get_number(d, o, a, min, max, va, err) < 0 || get_number(d, o, b, min, max, vb, err) < 0)
		return -1;
	return 0;
}

static const char *const model_keys[] = {
	"id", "spec", "temperature", "top_p", "max_tokens", "seed", "reasoning_effort",
	"system", "extra", "price", "batch_price", "size", "timeout", "rpm", "tpm", "concurrency",
	"stream", "retries", "api_key_env", "routing",
};

static int load_params(struct model *m, const struct yaml_doc *d, const json_t *o,
		       struct tri_err *err)
{
	static const struct { const char *key; double max; } num[] = {
		{ "temperature", 2.0 }, { "top_p", 1.0 },
	};
	for (size_t i = 0; i < ARRAY_LEN(num); i++) {
		double v, max = num[i].max;
		/* the Messages API takes temperatures from 0 to 1 */
		if (!strcmp(num[i].key, "temperature") && m->provider && !strcmp(m->provider, "anthropic"))
			max = 1.0;
		int r = get_number(d, o, num[i].key, 0, max, &v, err);
		if (r < 0)
			return -1;
		if (r)
			json_object_set_new(m->params, num[i].key, json_real(v));
	}
	static const struct { const char *key; long min, max; } ints[] = {
		{ "max_tokens", 1, 100000000L }, { "seed", 0, (long)9007199254740991LL },
	};
	for (size_t i = 0; i < ARRAY_LEN(ints); i++) {
		long v;
		int r = get_long(d, o, ints[i].key, ints[i].min, ints[i].max, &v, err);
		if (r < 0)
			return -1;
		if (r)
			json_object_set_new(m->params, ints[i].key, json_integer(v));
	}
	char *effort = NULL;
	if (get_string(d, o, "reasoning_effort", &effort, err) < 0)
		return -1;
	if (effort) {
		if (!strcmp(m->provider, "openrouter"))
			json_object_set_new(m->params, "reasoning", json_pack("{s:s}", "effort", effort));
		else
			json_object_set_new(m->params, "reasoning_effort", json_string(effort));
		free(effort);
	}
	return 0;
}

static int load_limits(struct model *m, const struct yaml_doc *d, const json_t *o,
		       struct tri_err *err)
{
	/* each of these replaces what the spec's options said, as a whole */
	static const char *const pairs[] = { "price", "batch_price", "size" };
	double *vals[][2] = {
		{ &m->price_in, &m->price_out }, { &m->batch_in, &m->batch_out },
		{ &m->size_total, &m->size_active },
	};
	unsigned char *from[] = { &m->price_from, &m->batch_from, &m->size_from };
	for (size_t i = 0; i < ARRAY_LEN(pairs); i++)
		if (json_object_get(o, pairs[i])) {
			*vals[i][0] = *vals[i][1] = NAN;
			*from[i] = ORIGIN_CONFIG;
		}
	if (get_pair(d, o, "price", "input", "output", 0, 1e6, &m->price_in, &m->price_out, err) < 0 ||
	    get_pair(d, o, "batch_price", "input", "output", 0, 1e6, &m->batch_in, &m->batch_out,
		     err) < 0 ||
	    get_pair(d, o, "size", "total", "active", 1, 1e16, &m->size_total, &m->size_active, err) < 0)
		return -1;
	if (isnan(m->size_active) && !isnan(m->size_total))
		m->size_active = m->size_total;   /* a dense model: all parameters active */
	if (!isnan(m->size_total) && m->size_active > m->size_total)
		return yaml_member_err(d, o, "size", err, "size: 'active' (%g) cannot exceed "
				       "'total' (%g)", m->size_active, m->size_total);
	if (get_number(d, o, "timeout", 0.001, CONFIG_MAX_TIMEOUT, &m->timeout_s, err) < 0 ||
	    get_number(d, o, "rpm", 0, CONFIG_MAX_RATE, &m->rpm, err) < 0 ||
	    get_number(d, o, "tpm", 0, CONFIG_MAX_RATE, &m->tpm, err) < 0)
		return -1;
	long l;
	int r;
	if ((r = get_long(d, o, "concurrency", 1, CONFIG_MAX_CONCURRENCY, &l, err)) < 0)
		return -1;
	if (r)
		m->concurrency = (int)l;
	if ((r = get_long(d, o, "retries", 0, CONFIG_MAX_RETRIES, &l, err)) < 0)
		return -1;
	if (r)
		m->retries = (int)l;
	return 0;
}

/* A list of strings at o's key, each of them one of allowed[] when given. */
static int check_strv(const struct yaml_doc *d, const json_t *o, const char *key,
		      const char *const *allowed, size_t n_allowed, struct tri_err *err)
{
	json_t *a = json_object_get(o, key), *e;
	size_t i;
	if (!json_is_array(a))
		return yaml_member_err(d, o, key, err, "'%s' must be a list of strings", key);
	json_array_foreach(a, i, e) {
		if (!json_is_string(e) || !json_string_length(e))
			return yaml_err(d, e, err, "'%s' must be a list of non-empty strings", key);
		size_t k;
		for (k = 0; k < n_allowed && strcmp(json_string_value(e), allowed[k]); k++)
			;
		if (n_allowed && k == n_allowed) {
			struct buf known = BUF_INIT;
			for (k = 0; k < n_allowed; k++)
				buf_addf(&known, "%s%s", k ? ", " : "", allowed[k]);
			yaml_err(d, e, err, "'%s' in %s is not one of %s", json_string_value(e), key,
				 known.s);
			buf_release(&known);
			return -1;
		}
	}
	return 0;
}

/* routing: OpenRouter's provider routing, checked, sent as the body's
 * "provider" object (the key is "routing" because "provider" names the
 * spec's provider in trilemma). */
static int load_routing(struct model *m, const struct yaml_doc *d, const json_t *o,
			struct tri_err *err)
{
	static const char *const keys[] = {
		"order", "only", "ignore", "quantizations", "allow_fallbacks", "require_parameters",
		"data_collection", "sort", "zdr",
	};
	static const char *const quants[] = {
		"int4", "int8", "fp4", "fp6", "fp8", "fp16", "bf16", "fp32", "unknown",
	};
	static const char *const bools[] = { "allow_fallbacks", "require_parameters", "zdr" };
	json_t *r = json_object_get(o, "routing");
	if (!r)
		return 0;
	if (strcmp(m->provider, "openrouter"))
		return yaml_member_err(d, o, "routing", err, "'routing' is OpenRouter's provider "
				       "routing; this model's provider is %s (use extra: for other "
				       "request keys)", m->provider);
	if (!json_is_object(r))
		return yaml_member_err(d, o, "routing", err, "'routing' must be a mapping {order: "
				       "[...], quantizations: [...], allow_fallbacks: false, ...}");
	if (json_object_get(m->extra, "provider"))
		return yaml_member_err(d, o, "routing", err, "give OpenRouter's routing as 'routing:' "
				       "or as 'extra: {provider: ...}', not both");
	if (yaml_check_keys(d, r, "routing", keys, ARRAY_LEN(keys), err) < 0)
		return -1;
	static const char *const lists[] = { "order", "only", "ignore" };
	for (size_t i = 0; i < ARRAY_LEN(lists); i++)
		if (json_object_get(r, lists[i]) && check_strv(d, r, lists[i], NULL, 0, err) < 0)
			return -1;
	if (json_object_get(r, "quantizations") &&
	    check_strv(d, r, "quantizations", quants, ARRAY_LEN(quants), err) < 0)
		return -1;
	for (size_t i = 0; i < ARRAY_LEN(bools); i++) {
		json_t *b = json_object_get(r, bools[i]);
		if (b && !json_is_boolean(b))
			return yaml_member_err(d, r, bools[i], err, "'%s' must be true or false", bools[i]);
	}
	const char *dc = json_string_value(json_object_get(r, "data_collection"));
	if (json_object_get(r, "data_collection") && (!dc || (strcmp(dc, "allow") && strcmp(dc, "deny"))))
		return yaml_member_err(d, r, "data_collection", err, "'data_collection' must be allow "
				       "or deny");
	const char *sort = json_string_value(json_object_get(r, "sort"));
	if (json_object_get(r, "sort") && (!sort || (strcmp(sort, "price") &&
						   strcmp(sort, "throughput") && strcmp(sort, "latency"))))
		return yaml_member_err(d, r, "sort", err, "'sort' must be price, throughput or latency");
	json_object_set_new(m->params, "provider", json_deep_copy(r));
	return 0;
}

/* The settings of one model from mapping o into m (its defaults set). */
static int parse_model_obj(struct model *m, const struct yaml_doc *d, const json_t *o,
			   struct tri_err *err)
{
	json_t *spec = json_object_get(o, "spec");
	if (parse_spec(m, json_string_value(spec), err) < 0) {
		long line, col;
		yaml_where_member(d, o, "spec", &line, &col);
		struct tri_err inner = *err;
		err_at(err, inner.code, d->path, line, col, "%s", inner.msg);
		return -1;
	}
	if (get_string(d, o, "id", &m->id, err) < 0)
		return -1;
	if (!m->id)
		m->id = xstrdup(m->name);
	if (!*m->id)
		return yaml_member_err(d, o, "id", err, "'id' must not be empty");
	if (load_params(m, d, o, err) < 0 || get_string(d, o, "system", &m->system, err) < 0)
		return -1;
	json_t *extra = json_object_get(o, "extra");
	if (extra) {
		if (!json_is_object(extra))
			return yaml_member_err(d, o, "extra", err,
					       "'extra' must be a mapping merged into the request body");
		m->extra = json_incref(extra);
	}
	if (load_limits(m, d, o, err) < 0)
		return -1;
	json_t *st = json_object_get(o, "stream");
	if (st) {
		if (!json_is_boolean(st))
			return yaml_member_err(d, o, "stream", err, "'stream' must be true or false");
		m->stream = json_is_true(st);
	}
	if (get_string(d, o, "api_key_env", &m->key_env, err) < 0)
		return -1;
	if (load_routing(m, d, o, err) < 0)
		return -1;
	/* a wrong catalogue is named at its own file:line:col */
	return apply_catalogue(m, err);
}

static int load_model(struct config *c, const struct yaml_doc *d, const json_t *o,
		      struct tri_err *err)
{
	if (!json_is_object(o))
		return yaml_err(d, o, err, "each model must be a mapping with at least 'spec'");
	if (yaml_check_keys(d, o, "a model", model_keys, ARRAY_LEN(model_keys), err) < 0)
		return -1;
	if (!json_is_string(json_object_get(o, "spec")))
		return yaml_err(d, o, err, "model needs 'spec: PROVIDER:MODEL[@BASE_URL]'");
	return parse_model_obj(add_model(c), d, o, err);
}

/* What a judge model gets unless its config says otherwise: temperature 0
 * (the same reply to the same grading prompt) and a bound on its reply. */
static void judge_defaults(struct model *m)
{
	free(m->id);
	m->id = xstrdup(CONFIG_JUDGE_ID);
	if (!json_object_get(m->params, "temperature"))
		json_object_set_new(m->params, "temperature", json_real(0));
	if (!json_object_get(m->params, "max_tokens"))
		json_object_set_new(m->params, "max_tokens", json_integer(CONFIG_JUDGE_MAX_TOKENS));
}

static struct model *new_judge(struct config *c)
{
	if (c->judge)
		model_release(c->judge);
	else
		c->judge = xcalloc(1, sizeof(*c->judge));
	memset(c->judge, 0, sizeof(*c->judge));
	model_defaults(c->judge);
	return c->judge;
}

static int set_judge_spec(struct config *c, const char *spec, int lookup, struct tri_err *err)
{
	struct model *m = new_judge(c);
	int r = parse_spec(m, spec, err);
	if (r == 0 && m->id)
		r = err_set(err, TRI_USAGE, "model '%s': the judge's id is always '%s' (leave out id=)",
			    spec, CONFIG_JUDGE_ID);
	if (r < 0 || (lookup && apply_catalogue(m, err) < 0)) {
		model_release(m);
		free(c->judge);
		c->judge = NULL;
		return -1;
	}
	judge_defaults(m);
	return 0;
}

int config_set_judge_spec(struct config *c, const char *spec, struct tri_err *err)
{
	return set_judge_spec(c, spec, 1, err);
}

/* judge: PROVIDER:MODEL, or a mapping with a model's settings and
 * "fallback: true" (send the uncertain verdicts of the other graders to
 * the judge too). */
static int load_judge(struct config *c, const struct yaml_doc *d, const json_t *root,
		      struct tri_err *err)
{
	static const char *const judge_keys[] = {
		"spec", "temperature", "top_p", "max_tokens", "seed", "reasoning_effort",
		"system", "extra", "price", "batch_price", "timeout", "rpm", "tpm", "concurrency",
		"stream", "retries", "api_key_env", "routing", "fallback",
	};
	json_t *j = json_object_get(root, "judge");
	if (!j || json_is_null(j))
		return 0;
	if (json_is_string(j)) {
		if (config_set_judge_spec(c, json_string_value(j), err) < 0) {
			long line, col;
			yaml_where_member(d, root, "judge", &line, &col);
			struct tri_err inner = *err;
			return err_at(err, inner.code, d->path, line, col, "%s", inner.msg);
		}
		return 0;
	}
	if (!json_is_object(j) || !json_is_string(json_object_get(j, "spec")))
		return yaml_member_err(d, root, "judge", err, "'judge' must be PROVIDER:MODEL or a "
				       "mapping with 'spec: PROVIDER:MODEL' (and a model's settings)");
	if (yaml_check_keys(d, j, "the judge", judge_keys, ARRAY_LEN(judge_keys), err) < 0)
		return -1;
	json_t *fb = json_object_get(j, "fallback");
	if (fb && !json_is_boolean(fb))
		return yaml_member_err(d, j, "fallback", err, "'fallback' must be true or false");
	if (parse_model_obj(new_judge(c), d, j, err) < 0)
		return -1;
	judge_defaults(c->judge);
	c->judge_fallback = json_is_true(fb);
	return 0;
}

static int get_strv(const struct yaml_doc *d, const json_t *o, const char *key,
		    char ***v, size_t *n, size_t *alloc, struct tri_err *err)
{
	json_t *a = json_object_get(o, key);
	size_t i;
	json_t *e;
	if (!a)
		return 0;
	if (json_is_string(a)) {
		XGROW(*v, *alloc, *n + 1);
		(*v)[(*n)++] = xstrdup(json_string_value(a));
		return 0;
	}
	if (!json_is_array(a))
		return yaml_member_err(d, o, key, err, "'%s' must be a list of strings", key);
	json_array_foreach(a, i, e) {
		if (!json_is_string(e))
			return yaml_err(d, e, err, "'%s' must be a list of strings", key);
		XGROW(*v, *alloc, *n + 1);
		(*v)[(*n)++] = xstrdup(json_string_value(e));
	}
	return 0;
}

static const char *const top_keys[] = {
	"models", "suites", "samples", "concurrency", "limit", "judge", "select", "db", "adaptive",
};
static const char *const select_keys[] = { "require", "prefer", "strict", "max_errors",
					    "confidence" };
static const char *const adaptive_keys[] = { "round", "seed", "width" };

/* adaptive: true, or a mapping {round: N, seed: N, width: N} (which means
 * true). */
static int load_adaptive(struct config *c, const struct yaml_doc *d, const json_t *root,
			 struct tri_err *err)
{
	json_t *a = json_object_get(root, "adaptive");
	if (!a)
		return 0;
	if (json_is_boolean(a)) {
		c->adaptive = json_is_true(a);
		return 0;
	}
	if (!json_is_object(a))
		return yaml_member_err(d, root, "adaptive", err, "'adaptive' must be true, false or "
				       "a mapping {round: 100, seed: 1, width: 2}");
	long seed = -1;
	if (yaml_check_keys(d, a, "adaptive", adaptive_keys, ARRAY_LEN(adaptive_keys), err) < 0 ||
	    get_long(d, a, "round", 1, CONFIG_MAX_ROUND, &c->round, err) < 0 ||
	    get_long(d, a, "width", 0, CONFIG_MAX_WIDTH, &c->width, err) < 0 ||
	    get_long(d, a, "seed", 0, LONG_MAX, &seed, err) < 0)
		return -1;
	if (seed >= 0)
		c->seed = seed;
	c->adaptive = 1;
	return 0;
}

static int load_select(struct config *c, const struct yaml_doc *d, const json_t *root,
		       struct tri_err *err)
{
	json_t *sel = json_object_get(root, "select");
	if (!sel)
		return 0;
	if (!json_is_object(sel))
		return yaml_member_err(d, root, "select", err,
				       "'select' must be a mapping {require: [...], prefer: smallest}");
	if (yaml_check_keys(d, sel, "select", select_keys, ARRAY_LEN(select_keys), err) < 0 ||
	    get_strv(d, sel, "require", &c->require, &c->n_require, &c->alloc_require, err) < 0 ||
	    get_string(d, sel, "prefer", &c->prefer, err) < 0 ||
	    get_number(d, sel, "max_errors", 0, 1, &c->max_errors, err) < 0)
		return -1;
	json_t *conf = json_object_get(sel, "confidence");
	if (conf && !(json_is_number(conf) && json_number_value(conf) > 0.5 &&
		      json_number_value(conf) < 1))
		return yaml_member_err(d, sel, "confidence", err, "'confidence' must be a number "
				       "above 0.5 and below 1 (e.g. 0.95)");
	if (conf)
		c->confidence = json_number_value(conf);
	enum sel_prefer p;
	if (c->prefer && select_parse_prefer(c->prefer, &p) < 0)
		return yaml_member_err(d, sel, "prefer", err, "prefer '%s': use smallest, cheapest, "
				       "fastest or best", c->prefer);
	for (size_t i = 0; i < c->n_require; i++) {
		struct requirement r;
		if (select_parse(c->require[i], &r, err) < 0) {
			struct tri_err inner = *err;
			return yaml_member_err(d, sel, "require", err, "%s", inner.msg);
		}
		select_requirement_release(&r);
	}
	json_t *strict = json_object_get(sel, "strict");
	if (strict && !json_is_boolean(strict))
		return yaml_member_err(d, sel, "strict", err, "'strict' must be true or false");
	c->strict = strict && json_is_true(strict);
	return 0;
}

int config_load(struct config *c, const char *path, struct tri_err *err)
{
	struct yaml_doc d;
	int ret = -1;
	if (yaml_load_mapping(&d, path, "the config (models:, suites: ...)", err) == 0)
		ret = config_from_yaml(c, &d, err);
	yaml_doc_release(&d);
	return ret;
}

int config_from_yaml(struct config *c, const struct yaml_doc *d, struct tri_err *err)
{
	int ret = -1;
	json_t *root = d->root;
	if (!json_is_object(root))
		return yaml_err(d, root, err, "the config must be a mapping (models:, suites: ...)");
	if (yaml_check_keys(d, root, "the config", top_keys, ARRAY_LEN(top_keys), err) < 0)
		goto out;
	free(c->path);
	c->path = xstrdup(d->path);
	json_t *models = json_object_get(root, "models");
	if (models) {
		size_t i;
		json_t *m;
		if (!json_is_array(models)) {
			yaml_member_err(d, root, "models", err, "'models' must be a list");
			goto out;
		}
		json_array_foreach(models, i, m)
			if (load_model(c, d, m, err) < 0)
				goto out;
	}
	if (get_strv(d, root, "suites", &c->suites, &c->n_suites, &c->alloc_suites, err) < 0 ||
	    get_long(d, root, "samples", 1, CONFIG_MAX_SAMPLES, &c->samples, err) < 0 ||
	    get_long(d, root, "concurrency", 1, CONFIG_MAX_CONCURRENCY, &c->concurrency, err) < 0 ||
	    get_long(d, root, "limit", 0, CONFIG_MAX_LIMIT, &c->limit, err) < 0 ||
	    get_string(d, root, "db", &c->db, err) < 0)
		goto out;
	if (load_judge(c, d, root, err) < 0)
		goto out;
	if (load_select(c, d, root, err) < 0 || load_adaptive(c, d, root, err) < 0)
		goto out;
	ret = 0;
out:
	return ret;
}

/* ---- flags ------------------------------------------------------------------ */

int config_flag_long(const char *flag, const char *text, long min, long max, long *out,
		     struct tri_err *err)
{
	long v;
	if (parse_long(text, &v) < 0 || v < min || v > max)
		return err_set(err, TRI_USAGE, "--%s takes a whole number from %ld to %ld, not '%s'",
			       flag, min, max, text);
	*out = v;
	return 0;
}

int config_flag_double(const char *flag, const char *text, double min, double max,
		       double *out, struct tri_err *err)
{
	double v;
	if (parse_double(text, &v) < 0 || !(v >= min && v <= max))
		return err_set(err, TRI_USAGE, "--%s takes a number from %g to %g, not '%s'",
			       flag, min, max, text);
	*out = v;
	return 0;
}

static void replace_strv(char ***v, size_t *n, size_t *alloc, char *const *src, size_t n_src)
{
	for (size_t i = 0; i < *n; i++)
		free((*v)[i]);
	*n = 0;
	for (size_t i = 0; i < n_src; i++) {
		XGROW(*v, *alloc, *n + 1);
		(*v)[(*n)++] = xstrdup(src[i]);
	}
}

int config_select_flag(struct config_flags *f, int opt, const char *arg, struct tri_err *err)
{
	switch (opt) {
	case CONFIG_OPT_REQUIRE:
		XGROW(f->require, f->alloc_require, f->n_require + 1);
		f->require[f->n_require++] = (char *)arg;
		return 1;
	case CONFIG_OPT_PREFER:
		f->prefer = arg;
		return 1;
	case CONFIG_OPT_STRICT:
		f->strict = 1;
		return 1;
	case CONFIG_OPT_MAX_ERRORS:
		return config_flag_double("max-errors", arg, 0, 1, &f->max_errors, err) < 0 ? -1 : 1;
	}
	return 0;
}

void config_flags_release(struct config_flags *f)
{
	free(f->require);
	f->require = NULL;
	f->n_require = f->alloc_require = 0;
}

int config_flags_check(const struct config_flags *f, enum config_use use, struct tri_err *err)
{
	if (use == CONFIG_PLAN)
		return 0;
	const char *fixed = f->n_models ? "--model" : f->n_suites ? "--suite"
			  : f->samples >= 0 ? "--samples" : f->limit >= 0 ? "--limit"
			  : f->judge ? "--judge" : f->judge_fallback ? "--judge-fallback"
			  : f->batch ? "--batch" : f->adaptive ? "--adaptive" : f->round >= 0 ? "--round"
			  : f->width >= 0 ? "--width"
			  : f->seed >= 0 ? "--seed" : !isnan(f->confidence) ? "--confidence" : NULL;
	if (fixed)
		return err_set(err, TRI_USAGE, "%s cannot change a run that is already planned: "
			       "--resume sends what the run planned (start a new run instead)", fixed);
	return 0;
}

int config_apply_flags(struct config *c, const struct config_flags *f, enum config_use use,
		       struct tri_err *err)
{
	if (config_flags_check(f, use, err) < 0)
		return -1;
	for (size_t i = 0; i < f->n_models; i++)
		if (config_add_model_spec(c, f->models[i], err) < 0)
			return err_prefix(err, "--model");
	if (f->n_suites)
		replace_strv(&c->suites, &c->n_suites, &c->alloc_suites, f->suites, f->n_suites);
	if (f->samples >= 0)
		c->samples = f->samples;
	if (f->limit >= 0)
		c->limit = f->limit;
	if (f->concurrency >= 0)
		c->concurrency = f->concurrency;
	if (f->judge && config_set_judge_spec(c, f->judge, err) < 0)
		return err_prefix(err, "--judge");
	if (f->judge_fallback)
		c->judge_fallback = 1;
	if (f->batch) {   /* a batch's requests are answered whole, never streamed */
		c->batch = 1;
		for (size_t i = 0; i < c->n_models; i++)
			c->models[i].stream = 0;
	}
	if (f->adaptive)
		c->adaptive = 1;
	if (f->round >= 0)
		c->round = f->round;
	if (f->width >= 0)
		c->width = f->width;
	if (f->seed >= 0)
		c->seed = f->seed;
	if (!isnan(f->confidence))
		c->confidence = f->confidence;
	if (f->db) {
		free(c->db);
		c->db = xstrdup(f->db);
	}
	/* the selection: flags replace what the config says, one by one */
	if (f->n_require)
		replace_strv(&c->require, &c->n_require, &c->alloc_require, f->require, f->n_require);
	if (f->prefer) {
		free(c->prefer);
		c->prefer = xstrdup(f->prefer);
	}
	if (f->strict)
		c->strict = 1;
	if (!isnan(f->max_errors))
		c->max_errors = f->max_errors;
	return 0;
}

int config_check(const struct config *c, struct tri_err *err)
{
	if (!c->n_models)
		return err_set(err, TRI_USAGE,
			       "no model to evaluate: add --model PROVIDER:MODEL or models: in the config");
	if (!c->n_suites)
		return err_set(err, TRI_USAGE,
			       "no suite to run: add --suite NAME|DIR|FILE.jsonl or suites: in the config "
			       "(trilemma suites list shows the built-in ones)");
	if (c->judge_fallback && !c->judge)
		return err_set(err, TRI_USAGE, "--judge-fallback needs a judge model: add --judge "
			       "PROVIDER:MODEL or judge: in the config");
	for (size_t i = 0; i <= c->n_models; i++) {
		const struct model *m = i < c->n_models ? &c->models[i] : c->judge;
		if (!m)
			break;
		if (i < c->n_models && !strcmp(m->id, CONFIG_JUDGE_ID))
			return err_set(err, TRI_USAGE, "a model has the id '%s', which names the judge: "
				       "give it another 'id:' in the config", m->id);
		for (size_t j = 0; j < i && i < c->n_models; j++)
			if (!strcmp(m->id, c->models[j].id))
				return err_set(err, TRI_USAGE,
					       "two models have the id '%s': give each an 'id:' in the config",
					       m->id);
		if (c->batch && i < c->n_models && batch_api_of(m) == BATCH_NONE)
			return err_set(err, TRI_USAGE, "model '%s' (%s) has no batch API: --batch works "
				       "with openai, compat and anthropic models; run it without --batch",
				       m->id, m->provider);
		if (c->batch && i < c->n_models && json_is_true(json_object_get(m->extra, "stream")))
			return err_set(err, TRI_USAGE, "model '%s': extra: {stream: true} cannot go in a "
				       "batch (the batch APIs answer whole): remove it, or run without "
				       "--batch", m->id);
		/* vllm's key is optional; the cloud providers need theirs */
		if (m->key_env && strcmp(m->provider, "vllm") && strcmp(m->provider, "compat")) {
			const char *k = getenv(m->key_env);
			int local = strstr(m->base_url, "://127.") || strstr(m->base_url, "://localhost");
			if ((!k || !*k) && !local)
				return err_set(err, TRI_USAGE,
					       "model '%s' needs an API key: set %s in the environment",
					       m->id, m->key_env);
		}
	}
	enum sel_prefer p;
	if (c->prefer && select_parse_prefer(c->prefer, &p) < 0)
		return err_set(err, TRI_USAGE, "prefer '%s': use smallest, cheapest, fastest or best",
			       c->prefer);
	for (size_t i = 0; i < c->n_require; i++) {
		struct requirement r;
		if (select_parse(c->require[i], &r, err) < 0)
			return -1;
		select_requirement_release(&r);
	}
	return 0;
}

/* ---- the run's record ---------------------------------------------------------- */

static json_t *num_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

static json_t *model_json(const struct model *m)
{
	json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:s,s:O,s:b,s:f,s:f,s:f,s:i,s:i}",
			      "id", m->id, "spec", m->spec, "provider", m->provider,
			      "model", m->name, "base_url", m->base_url, "params", m->params,
			      "stream", m->stream, "timeout", m->timeout_s, "rpm", m->rpm,
			      "tpm", m->tpm, "concurrency", m->concurrency,
			      "retries", m->retries);
	json_object_set_new(o, "system", m->system ? json_string(m->system) : json_null());
	json_object_set(o, "extra", m->extra ? m->extra : json_null());
	json_object_set_new(o, "price", json_pack("{s:o,s:o}", "input",
				num_or_null(m->price_in), "output", num_or_null(m->price_out)));
	json_object_set_new(o, "batch_price", json_pack("{s:o,s:o}", "input",
				num_or_null(m->batch_in), "output", num_or_null(m->batch_out)));
	json_object_set_new(o, "size", json_pack("{s:o,s:o}", "total",
				num_or_null(m->size_total), "active", num_or_null(m->size_active)));
	json_object_set_new(o, "context", num_or_null(m->context));
	/* where size and prices came from: config, option, catalogue (null: not given) */
	json_t *origin = json_object();
	const char *names[] = { "size", "price", "batch_price" };
	int from[] = { m->size_from, m->price_from, m->batch_from };
	for (size_t i = 0; i < ARRAY_LEN(names); i++) {
		const char *n = model_origin_name(from[i]);
		json_object_set_new(origin, names[i], n ? json_string(n) : json_null());
	}
	json_object_set_new(o, "origin", origin);
	json_object_set(o, "catalogue", m->catalogue ? m->catalogue : json_null());
	/* the NAME of the key's variable, never its value */
	json_object_set_new(o, "api_key_env", m->key_env ? json_string(m->key_env) : json_null());
	return o;
}

json_t *config_snapshot(const struct config *c)
{
	json_t *models = json_array();
	for (size_t i = 0; i < c->n_models; i++)
		json_array_append_new(models, model_json(&c->models[i]));
	json_t *judge = json_null();
	if (c->judge) {
		judge = model_json(c->judge);
		json_object_set_new(judge, "fallback", json_boolean(c->judge_fallback));
	}
	json_t *suites = json_array();
	for (size_t i = 0; i < c->n_suites; i++)
		json_array_append_new(suites, json_string(c->suites[i]));
	json_t *req = json_array();
	for (size_t i = 0; i < c->n_require; i++)
		json_array_append_new(req, json_string(c->require[i]));
	json_t *adaptive = c->adaptive ? json_pack("{s:I,s:I,s:I}", "round", (json_int_t)c->round,
						   "seed", (json_int_t)c->seed, "width",
						   (json_int_t)c->width) : json_false();
	return json_pack("{s:o,s:o,s:I,s:I,s:I,s:o,s:b,s:o,s:{s:o,s:s,s:b,s:f,s:f}}",
			 "models", models, "suites", suites, "samples", (json_int_t)c->samples,
			 "concurrency", (json_int_t)c->concurrency, "limit", (json_int_t)c->limit,
			 "judge", judge, "batch", c->batch, "adaptive", adaptive,
			 "select", "require", req, "prefer", c->prefer ? c->prefer : "smallest",
			 "strict", c->strict, "max_errors", c->max_errors,
			 "confidence", c->confidence);
}

static double num_or(const json_t *v, double dflt)
{
	return json_is_number(v) ? json_number_value(v) : dflt;
}

/* The stored settings of model m (its spec parsed already) from o. */
static void model_from_json(struct model *m, const json_t *o)
{
	const char *id = json_string_value(json_object_get(o, "id"));
	free(m->id);
	m->id = xstrdup(id ? id : m->name);
	json_t *p = json_object_get(o, "params");
	if (json_is_object(p))
		json_object_update(m->params, p);
	const char *sys = json_string_value(json_object_get(o, "system"));
	m->system = sys ? xstrdup(sys) : NULL;
	json_t *extra = json_object_get(o, "extra");
	m->extra = json_is_object(extra) ? json_incref(extra) : NULL;
	json_t *price = json_object_get(o, "price"), *size = json_object_get(o, "size");
	m->price_in = num_or(json_object_get(price, "input"), NAN);
	m->price_out = num_or(json_object_get(price, "output"), NAN);
	m->size_total = num_or(json_object_get(size, "total"), NAN);
	m->size_active = num_or(json_object_get(size, "active"), NAN);
	json_t *batch = json_object_get(o, "batch_price");
	m->batch_in = num_or(json_object_get(batch, "input"), NAN);
	m->batch_out = num_or(json_object_get(batch, "output"), NAN);
	m->context = num_or(json_object_get(o, "context"), NAN);
	/* as recorded: never looked up again */
	json_t *origin = json_object_get(o, "origin");
	const char *names[] = { "size", "price", "batch_price" };
	unsigned char *from[] = { &m->size_from, &m->price_from, &m->batch_from };
	for (size_t i = 0; i < ARRAY_LEN(names); i++) {
		const char *n = json_string_value(json_object_get(origin, names[i]));
		*from[i] = ORIGIN_NONE;
		for (int k = ORIGIN_CONFIG; n && k <= ORIGIN_CATALOGUE; k++)
			if (!strcmp(n, model_origin_name(k)))
				*from[i] = (unsigned char)k;
	}
	json_t *cat = json_object_get(o, "catalogue");
	json_decref(m->catalogue);
	m->catalogue = json_is_object(cat) ? json_incref(cat) : NULL;
	m->stream = json_is_true(json_object_get(o, "stream"));
	m->timeout_s = num_or(json_object_get(o, "timeout"), 300);
	if (!(m->timeout_s > 0 && m->timeout_s <= CONFIG_MAX_TIMEOUT))
		m->timeout_s = 300;
	m->rpm = fmax(0, num_or(json_object_get(o, "rpm"), 0));
	m->tpm = fmax(0, num_or(json_object_get(o, "tpm"), 0));
	m->concurrency = (int)json_integer_value(json_object_get(o, "concurrency"));
	m->retries = (int)json_integer_value(json_object_get(o, "retries"));
	const char *kenv = json_string_value(json_object_get(o, "api_key_env"));
	free(m->key_env);
	m->key_env = kenv ? xstrdup(kenv) : NULL;
}

int config_from_snapshot(struct config *c, const json_t *snap, struct tri_err *err)
{
	size_t i;
	json_t *o;
	json_t *models = json_object_get(snap, "models");
	if (!json_is_array(models))
		return err_set(err, TRI_RUNTIME, "the run's stored config has no models");
	json_array_foreach(models, i, o) {
		const char *spec = json_string_value(json_object_get(o, "spec"));
		const char *id = json_string_value(json_object_get(o, "id"));
		if (!spec || !id || add_model_spec(c, spec, 0, err) < 0)
			return err_set(err, TRI_RUNTIME, "the run's stored config has a damaged model");
		model_from_json(&c->models[c->n_models - 1], o);
	}
	json_t *jo = json_object_get(snap, "judge");
	if (json_is_object(jo)) {
		const char *spec = json_string_value(json_object_get(jo, "spec"));
		if (!spec || set_judge_spec(c, spec, 0, err) < 0)
			return err_set(err, TRI_RUNTIME, "the run's stored config has a damaged judge");
		model_from_json(c->judge, jo);
		free(c->judge->id);
		c->judge->id = xstrdup(CONFIG_JUDGE_ID);
		c->judge_fallback = json_is_true(json_object_get(jo, "fallback"));
	}
	c->batch = json_is_true(json_object_get(snap, "batch"));
	json_t *v = json_object_get(snap, "concurrency");
	if (json_is_integer(v) && json_integer_value(v) > 0)
		c->concurrency = (long)json_integer_value(v);
	v = json_object_get(snap, "samples");
	if (json_is_integer(v) && json_integer_value(v) > 0)
		c->samples = (long)json_integer_value(v);
	json_t *suites = json_object_get(snap, "suites");
	json_array_foreach(suites, i, o) {
		if (!json_is_string(o))
			continue;
		XGROW(c->suites, c->alloc_suites, c->n_suites + 1);
		c->suites[c->n_suites++] = xstrdup(json_string_value(o));
	}
	json_t *sel = json_object_get(snap, "select");
	json_t *req = json_object_get(sel, "require");
	free_strv(c->require, c->n_require);
	c->require = NULL;
	c->n_require = c->alloc_require = 0;
	json_array_foreach(req, i, o) {
		if (!json_is_string(o))
			continue;
		XGROW(c->require, c->alloc_require, c->n_require + 1);
		c->require[c->n_require++] = xstrdup(json_string_value(o));
	}
	const char *prefer = json_string_value(json_object_get(sel, "prefer"));
	free(c->prefer);
	c->prefer = prefer ? xstrdup(prefer) : NULL;
	c->strict = json_is_true(json_object_get(sel, "strict"));
	double me = num_or(json_object_get(sel, "max_errors"), CONFIG_MAX_ERRORS_DEFAULT);
	c->max_errors = me >= 0 && me <= 1 ? me : CONFIG_MAX_ERRORS_DEFAULT;
	double conf = num_or(json_object_get(sel, "confidence"), CONFIG_CONFIDENCE_DEFAULT);
	c->confidence = conf > 0.5 && conf < 1 ? conf : CONFIG_CONFIDENCE_DEFAULT;
	json_t *ad = json_object_get(snap, "adaptive");
	c->adaptive = json_is_object(ad);
	if (c->adaptive) {
		json_t *r = json_object_get(ad, "round"), *sd = json_object_get(ad, "seed");
		c->round = json_is_integer(r) && json_integer_value(r) > 0
			? (long)json_integer_value(r) : CONFIG_ROUND_DEFAULT;
		c->seed = json_is_integer(sd) ? (long long)json_integer_value(sd) : -1;
		json_t *w = json_object_get(ad, "width");
		c->width = json_is_integer(w) && json_integer_value(w) >= 0 &&
			   json_integer_value(w) <= CONFIG_MAX_WIDTH ? (long)json_integer_value(w) : 0;
	}
	return 0;
}
