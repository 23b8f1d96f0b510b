/* config.c -- the YAML config and model specs (see config.h). */
#include <math.h>
#include "util.h"
#include "buf.h"
#include "config.h"
#include "yaml.h"

struct provider_info {
	const char *name;
	const char *base_url;   /* NULL: @URL required */
	const char *key_env;    /* NULL: no key */
};

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
	json_decref(c->judge);
	config_init(c);
}

/* Parse PROVIDER:MODEL[@BASE_URL] into m (fills provider, name, base_url, key_env). */
static int parse_spec(struct model *m, const char *spec, struct tri_err *err)
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
			       "model '%s': unknown provider '%.*s' (openai, openrouter, ollama, "
			       "llamacpp, vllm, compat, anthropic)", spec, (int)(colon - spec), spec);
	const char *name = colon + 1;
	const char *at = strstr(name, "@http://");
	if (!at)
		at = strstr(name, "@https://");
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
	} else if (pi->base_url) {
		m->base_url = xstrdup(pi->base_url);
	} else {
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
	m->size_total = m->size_active = NAN;
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

int config_add_model_spec(struct config *c, const char *spec, struct tri_err *err)
{
	struct model *m = add_model(c);
	if (parse_spec(m, spec, err) < 0) {
		model_release(m);
		c->n_models--;
		return -1;
	}
	m->id = xstrdup(m->name);
	return 0;
}

/* ---- typed getters over the YAML tree, errors at the member ---------- */

static int get_number(const struct yaml_doc *d, const json_t *o, const char *key,
		      double *out, struct tri_err *err)
{
	json_t *v = json_object_get(o, key);
	if (!v)
		return 0;
	if (!json_is_number(v))
		return yaml_member_err(d, o, key, err, "'%s' must be a number", key);
	*out = json_number_value(v);
	return 1;
}

static int get_long(const struct yaml_doc *d, const json_t *o, const char *key,
		    long min, long *out, struct tri_err *err)
{
	json_t *v = json_object_get(o, key);
	if (!v)
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) < min)
		return yaml_member_err(d, o, key, err, "'%s' must be an integer >= %ld", key, min);
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
		    const char *a, const char *b, double *va, double *vb, struct tri_err *err)
{
	json_t *o = json_object_get(m, key);
	if (!o)
		return 0;
	if (!json_is_object(o))
		return yaml_member_err(d, m, key, err, "'%s' must be a mapping {%s: N, %s: N}",
				       key, a, b);
	const char *keys[] = { a, b };
	if (yaml_check_keys(d, o, key, keys, 2, err) < 0 || get_number(d, o, a, va, err) < 0 ||
	    get_number(d, o, b, vb, err) < 0)
		return -1;
	return 0;
}

static const char *const model_keys[] = {
	"id", "spec", "temperature", "top_p", "max_tokens", "seed", "reasoning_effort",
	"system", "extra", "price", "size", "timeout", "rpm", "tpm", "concurrency",
	"stream", "retries", "api_key_env",
};

static int load_model(struct config *c, const struct yaml_doc *d, const json_t *o,
		      struct tri_err *err)
{
	if (!json_is_object(o))
		return yaml_err(d, o, err, "each model must be a mapping with at least 'spec'");
	if (yaml_check_keys(d, o, "a model", model_keys, ARRAY_LEN(model_keys), err) < 0)
		return -1;
	json_t *spec = json_object_get(o, "spec");
	if (!json_is_string(spec))
		return yaml_err(d, o, err, "model needs 'spec: PROVIDER:MODEL[@BASE_URL]'");
	struct model *m = add_model(c);
	if (parse_spec(m, json_string_value(spec), err) < 0) {
		long line, col;
		yaml_where_member(d, o, "spec", &line, &col);
		struct tri_err inner = *err;
		err_at(err, TRI_USAGE, d->path, line, col, "%s", inner.msg);
		return -1;
	}
	if (get_string(d, o, "id", &m->id, err) < 0)
		return -1;
	if (!m->id)
		m->id = xstrdup(m->name);
	static const char *const num_params[] = { "temperature", "top_p" };
	for (size_t i = 0; i < ARRAY_LEN(num_params); i++) {
		double v;
		int r = get_number(d, o, num_params[i], &v, err);
		if (r < 0)
			return -1;
		if (r)
			json_object_set_new(m->params, num_params[i], json_real(v));
	}
	static const char *const int_params[] = { "max_tokens", "seed" };
	for (size_t i = 0; i < ARRAY_LEN(int_params); i++) {
		long v;
		int r = get_long(d, o, int_params[i], 0, &v, err);
		if (r < 0)
			return -1;
		if (r)
			json_object_set_new(m->params, int_params[i], json_integer(v));
	}
	char *effort = NULL;
	if (get_string(d, o, "reasoning_effort", &effort, err) < 0)
		return -1;
	if (effort) {
		if (!strcmp(m->provider, "openrouter"))
			json_object_set_new(m->params, "reasoning",
					    json_pack("{s:s}", "effort", effort));
		else
			json_object_set_new(m->params, "reasoning_effort", json_string(effort));
		free(effort);
	}
	if (get_string(d, o, "system", &m->system, err) < 0)
		return -1;
	json_t *extra = json_object_get(o, "extra");
	if (extra) {
		if (!json_is_object(extra))
			return yaml_member_err(d, o, "extra", err,
					       "'extra' must be a mapping merged into the request body");
		m->extra = json_incref(extra);
	}
	if (get_pair(d, o, "price", "input", "output", &m->price_in, &m->price_out, err) < 0 ||
	    get_pair(d, o, "size", "total", "active", &m->size_total, &m->size_active, err) < 0)
		return -1;
	if (isnan(m->size_active) && !isnan(m->size_total))
		m->size_active = m->size_total;   /* a dense model: all parameters active */
	if (get_number(d, o, "timeout", &m->timeout_s, err) < 0 ||
	    get_number(d, o, "rpm", &m->rpm, err) < 0 || get_number(d, o, "tpm", &m->tpm, err) < 0)
		return -1;
	long l;
	int r;
	if ((r = get_long(d, o, "concurrency", 1, &l, err)) < 0)
		return -1;
	if (r)
		m->concurrency = (int)l;
	if ((r = get_long(d, o, "retries", 0, &l, err)) < 0)
		return -1;
	if (r)
		m->retries = (int)l;
	json_t *st = json_object_get(o, "stream");
	if (st) {
		if (!json_is_boolean(st))
			return yaml_member_err(d, o, "stream", err, "'stream' must be true or false");
		m->stream = json_is_true(st);
	}
	if (get_string(d, o, "api_key_env", &m->key_env, err) < 0)
		return -1;
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
	"models", "suites", "samples", "concurrency", "limit", "judge", "select", "db",
};
static const char *const select_keys[] = { "require", "prefer", "strict" };

int config_load(struct config *c, const char *path, struct tri_err *err)
{
	struct yaml_doc d;
	int ret = -1;
	if (yaml_load_mapping(&d, path, "the config (models:, suites: ...)", err) < 0)
		goto out;
	json_t *root = d.root;
	if (yaml_check_keys(&d, root, "the config", top_keys, ARRAY_LEN(top_keys), err) < 0)
		goto out;
	free(c->path);
	c->path = xstrdup(path);
	json_t *models = json_object_get(root, "models");
	if (models) {
		size_t i;
		json_t *m;
		if (!json_is_array(models)) {
			yaml_member_err(&d, root, "models", err, "'models' must be a list");
			goto out;
		}
		json_array_foreach(models, i, m)
			if (load_model(c, &d, m, err) < 0)
				goto out;
	}
	if (get_strv(&d, root, "suites", &c->suites, &c->n_suites, &c->alloc_suites, err) < 0 ||
	    get_long(&d, root, "samples", 1, &c->samples, err) < 0 ||
	    get_long(&d, root, "concurrency", 1, &c->concurrency, err) < 0 ||
	    get_long(&d, root, "limit", 0, &c->limit, err) < 0 ||
	    get_string(&d, root, "db", &c->db, err) < 0)
		goto out;
	json_t *judge = json_object_get(root, "judge");
	if (judge) {
		if (!json_is_object(judge) || !json_is_string(json_object_get(judge, "spec"))) {
			yaml_member_err(&d, root, "judge", err, "'judge' must be {spec: PROVIDER:MODEL}");
			goto out;
		}
		c->judge = json_incref(judge);
	}
	json_t *sel = json_object_get(root, "select");
	if (sel) {
		if (!json_is_object(sel)) {
			yaml_member_err(&d, root, "select", err,
					"'select' must be a mapping {require: [...], prefer: smallest}");
			goto out;
		}
		if (yaml_check_keys(&d, sel, "select", select_keys, ARRAY_LEN(select_keys), err) < 0 ||
		    get_strv(&d, sel, "require", &c->require, &c->n_require, &c->alloc_require, err) < 0 ||
		    get_string(&d, sel, "prefer", &c->prefer, err) < 0)
			goto out;
		json_t *strict = json_object_get(sel, "strict");
		if (strict && !json_is_boolean(strict)) {
			yaml_member_err(&d, sel, "strict", err, "'strict' must be true or false");
			goto out;
		}
		c->strict = strict && json_is_true(strict);
	}
	ret = 0;
out:
	yaml_doc_release(&d);
	return ret;
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
	for (size_t i = 0; i < c->n_models; i++) {
		const struct model *m = &c->models[i];
		for (size_t j = 0; j < i; j++)
			if (!strcmp(m->id, c->models[j].id))
				return err_set(err, TRI_USAGE,
					       "two models have the id '%s': give each an 'id:' in the config",
					       m->id);
		/* vllm's key is optional; the cloud providers need theirs */
		if (m->key_env && strcmp(m->provider, "vllm") && strcmp(m->provider, "compat")) {
			const char *k = getenv(m->key_env);
			int local = strstr(m->base_url, "://127.") || strstr(m->base_url, "://localhost");
			if ((!k || !*k) && !local)
				return err_set(err, TRI_USAGE,
					       "model '%s' needs an API key: set %s in the environment",
					       m->id, m->key_env);
		}
		if (!strcmp(m->provider, "anthropic"))
			return err_set(err, TRI_USAGE,
				       "model '%s': the anthropic provider is not supported yet; use "
				       "openrouter:anthropic/MODEL", m->id);
	}
	return 0;
}

static json_t *num_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

json_t *config_snapshot(const struct config *c)
{
	json_t *models = json_array();
	for (size_t i = 0; i < c->n_models; i++) {
		const struct model *m = &c->models[i];
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
		json_object_set_new(o, "size", json_pack("{s:o,s:o}", "total",
					num_or_null(m->size_total), "active", num_or_null(m->size_active)));
		/* the NAME of the key's variable, never its value */
		json_object_set_new(o, "api_key_env", m->key_env ? json_string(m->key_env) : json_null());
		json_array_append_new(models, o);
	}
	json_t *suites = json_array();
	for (size_t i = 0; i < c->n_suites; i++)
		json_array_append_new(suites, json_string(c->suites[i]));
	json_t *req = json_array();
	for (size_t i = 0; i < c->n_require; i++)
		json_array_append_new(req, json_string(c->require[i]));
	return json_pack("{s:o,s:o,s:I,s:I,s:I,s:o,s:{s:o,s:s,s:b}}",
			 "models", models, "suites", suites, "samples", (json_int_t)c->samples,
			 "concurrency", (json_int_t)c->concurrency, "limit", (json_int_t)c->limit,
			 "judge", c->judge ? json_incref(c->judge) : json_null(),
			 "select", "require", req, "prefer", c->prefer ? c->prefer : "smallest",
			 "strict", c->strict);
}

static double num_or_nan(const json_t *v)
{
	return json_is_number(v) ? json_number_value(v) : NAN;
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
		if (!spec || !id || config_add_model_spec(c, spec, err) < 0)
			return err_set(err, TRI_RUNTIME, "the run's stored config has a damaged model");
		struct model *m = &c->models[c->n_models - 1];
		free(m->id);
		m->id = xstrdup(id);
		json_t *p = json_object_get(o, "params");
		if (json_is_object(p))
			json_object_update(m->params, p);
		const char *sys = json_string_value(json_object_get(o, "system"));
		m->system = sys ? xstrdup(sys) : NULL;
		json_t *extra = json_object_get(o, "extra");
		m->extra = json_is_object(extra) ? json_incref(extra) : NULL;
		json_t *price = json_object_get(o, "price"), *size = json_object_get(o, "size");
		m->price_in = num_or_nan(json_object_get(price, "input"));
		m->price_out = num_or_nan(json_object_get(price, "output"));
		m->size_total = num_or_nan(json_object_get(size, "total"));
		m->size_active = num_or_nan(json_object_get(size, "active"));
		m->stream = json_is_true(json_object_get(o, "stream"));
		m->timeout_s = num_or_nan(json_object_get(o, "timeout"));
		if (isnan(m->timeout_s))
			m->timeout_s = 300;
		m->rpm = num_or_nan(json_object_get(o, "rpm"));
		m->tpm = num_or_nan(json_object_get(o, "tpm"));
		if (isnan(m->rpm))
			m->rpm = 0;
		if (isnan(m->tpm))
			m->tpm = 0;
		m->concurrency = (int)json_integer_value(json_object_get(o, "concurrency"));
		m->retries = (int)json_integer_value(json_object_get(o, "retries"));
		const char *kenv = json_string_value(json_object_get(o, "api_key_env"));
		free(m->key_env);
		m->key_env = kenv ? xstrdup(kenv) : NULL;
	}
	json_t *v = json_object_get(snap, "concurrency");
	if (json_is_integer(v) && json_integer_value(v) > 0)
		c->concurrency = (long)json_integer_value(v);
	v = json_object_get(snap, "samples");
	if (json_is_integer(v) && json_integer_value(v) > 0)
		c->samples = (long)json_integer_value(v);
	json_t *sel = json_object_get(snap, "select");
	json_t *req = json_object_get(sel, "require");
	json_array_foreach(req, i, o) {
		if (!json_is_string(o))
			continue;
		XGROW(c->require, c->alloc_require, c->n_require + 1);
		c->require[c->n_require++] = xstrdup(json_string_value(o));
	}
	const char *prefer = json_string_value(json_object_get(sel, "prefer"));
	if (prefer && !c->prefer)
		c->prefer = xstrdup(prefer);
	c->strict = json_is_true(json_object_get(sel, "strict"));
	return 0;
}
