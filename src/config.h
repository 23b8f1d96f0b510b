/* config.h -- what to run: models, suites and settings (SPEC §3, §4).
 *
 * A struct config comes from trilemma.yaml, the command-line flags, or
 * both (flags add models and suites and override scalars). Every key is
 * checked: an unknown key or a wrong type is a TRI_USAGE error at
 * file:line:col. API keys are never read into the config: a model holds
 * only the NAME of the environment variable its key comes from. */
#ifndef TRI_CONFIG_H
#define TRI_CONFIG_H

#include <jansson.h>
#include "err.h"

struct model {
	char *id;            /* short name used in reports */
	char *spec;          /* PROVIDER:MODEL[@BASE_URL] as written */
	char *provider;      /* openai, openrouter, ollama, llamacpp, vllm, compat, anthropic */
	char *name;          /* the model name sent to the provider */
	char *base_url;      /* without trailing slash */
	char *key_env;       /* environment variable holding the API key, or NULL */
	json_t *params;      /* request keys: temperature, top_p, max_tokens, seed,
	                        reasoning_effort/reasoning (owned object) */
	char *system;        /* system prompt added when the item has none, or NULL */
	json_t *extra;       /* merged into the request body verbatim, or NULL */
	double price_in, price_out;     /* USD per million tokens; NAN unknown */
	double size_total, size_active; /* parameters; NAN unknown */
	double timeout_s;    /* total per request */
	double rpm, tpm;     /* limits per minute; 0 = none */
	int concurrency;     /* per-model limit; 0 = only the overall limit */
	int stream;          /* 1: SSE streaming (default), 0: one JSON body */
	int retries;         /* attempts after the first */
};

struct config {
	struct model *models;
	size_t n_models, alloc_models;
	char **suites;
	size_t n_suites, alloc_suites;
	long samples;        /* per item, default 1 */
	long concurrency;    /* overall, default 32 */
	long limit;          /* items per suite, 0 = all */
	char *db;            /* store path, or NULL for the default */
	json_t *judge;       /* judge: {spec: ...} or NULL */
	char **require;
	size_t n_require, alloc_require;
	char *prefer;        /* smallest | cheapest | fastest | best, or NULL */
	int strict;
	char *path;          /* config file, or NULL */
};

void config_init(struct config *c);
void config_release(struct config *c);

/* Load a YAML config file into c (on top of what c already holds). */
int config_load(struct config *c, const char *path, struct tri_err *err);

/* Add a model from a spec "PROVIDER:MODEL[@BASE_URL]"; id defaults to MODEL. */
int config_add_model_spec(struct config *c, const char *spec, struct tri_err *err);

/* Check the whole config once flags are applied (ids unique, at least one
 * model and suite, keys present in the environment). */
int config_check(const struct config *c, struct tri_err *err);

/* Rebuild the models and settings of a run from its snapshot (for --resume). */
int config_from_snapshot(struct config *c, const json_t *snap, struct tri_err *err);

/* The config as JSON for the run record: no secrets, ever. New reference. */
json_t *config_snapshot(const struct config *c);

#endif
