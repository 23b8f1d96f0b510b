/* config.h -- what to run: models, suites and settings (SPEC §3, §4).
 *
 * A struct config comes from trilemma.yaml, the command-line flags, or
 * both: config_load() reads the file, config_apply_flags() lays the flags
 * over it -- the one place where flags and a config meet, used by run,
 * run --resume (over the run's stored config), report and select. Every
 * key is checked: an unknown key, a wrong type or a number out of its
 * range is a TRI_USAGE error at file:line:col. API keys are never read
 * into the config: a model holds only the NAME of the environment variable
 * its key comes from. */
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
	double batch_in, batch_out;     /* the same for batch requests; NAN: half the
	                                   list price (model_batch_price) */
	double size_total, size_active; /* parameters; NAN unknown */
	double context;                 /* context length in tokens; NAN unknown */
	/* where size, price and batch price came from (enum model_origin) */
	unsigned char size_from, price_from, batch_from;
	json_t *catalogue;   /* what the catalogue gave: {id, size: {date, source},
	                        price: {provider, date, source}}, or NULL (owned) */
	double timeout_s;    /* total per request */
	double rpm, tpm;     /* limits per minute; 0 = none */
	int concurrency;     /* per-model limit; 0 = only the overall limit */
	int stream;          /* 1: SSE streaming (default), 0: one JSON body */
	int retries;         /* attempts after the first */
};

/* Where a model's size or price came from. */
enum model_origin {
	ORIGIN_NONE = 0,     /* unknown */
	ORIGIN_CONFIG,       /* the config file's size:, price:, batch_price: */
	ORIGIN_OPTION,       /* an option of the spec: --model SPEC,size=...,price=... */
	ORIGIN_CATALOGUE,    /* the model catalogue (data/models.yaml) */
};
/* "config", "option", "catalogue", or NULL for ORIGIN_NONE. */
const char *model_origin_name(int origin);

/* The batch price of m in USD per million tokens, of output tokens when
 * output is set, else of input tokens: the batch price given (config,
 * option or catalogue), else half the list price; NAN when unknown. */
double model_batch_price(const struct model *m, int output);

/* The options a spec may end with: PROVIDER:MODEL[@BASE_URL][,KEY=VALUE]... */
#define CONFIG_SPEC_OPTIONS "size=TOTAL[/ACTIVE], active=N, price=IN/OUT, " \
	"batch_price=IN/OUT, context=N, id=NAME"

struct config {
	struct model *models;
	size_t n_models, alloc_models;
	char **suites;
	size_t n_suites, alloc_suites;
	long samples;        /* per item, default 1 */
	long concurrency;    /* overall, default 32 */
	long limit;          /* items per suite, 0 = all */
	char *db;            /* store path, or NULL for the default */
	struct model *judge; /* the judge model (id CONFIG_JUDGE_ID), or NULL */
	int judge_fallback;  /* send the uncertain verdicts of other graders to the judge */
	char **require;
	size_t n_require, alloc_require;
	char *prefer;        /* smallest | cheapest | fastest | best, or NULL */
	int strict;
	double max_errors;   /* share of failed requests above which a model is not measured */
	char *path;          /* config file, or NULL */
	int batch;           /* send through the providers' batch APIs (run --batch) */
	int adaptive;        /* send in rounds until the choice is decided (run --adaptive) */
	long round;          /* adaptive: units per round */
	long width;          /* adaptive, prefer smallest: models asked at a time, smallest
	                        first (0: every undecided model) */
	long long seed;      /* adaptive: the order's seed; -1 until one is drawn */
	double confidence;   /* select.confidence: of an adaptive decision, in (0.5, 1) */
};

/* Ranges of the settings (also for the flags that set them). */
#define CONFIG_MAX_SAMPLES 100000L
#define CONFIG_MAX_CONCURRENCY 100000L
#define CONFIG_MAX_LIMIT 1000000000L
#define CONFIG_MAX_RETRIES 100L
#define CONFIG_MAX_TIMEOUT 86400.0
#define CONFIG_MAX_RATE 1e9
#define CONFIG_MAX_ERRORS_DEFAULT 0.05
#define CONFIG_CONFIDENCE_DEFAULT 0.95
#define CONFIG_ROUND_DEFAULT 100L
#define CONFIG_MAX_ROUND 100000000L
#define CONFIG_MAX_WIDTH 1000L
#define CONFIG_JUDGE_ID "judge"          /* the judge's model id in the store */
#define CONFIG_JUDGE_MAX_TOKENS 1024     /* a judge's reply, unless its config says */

void config_init(struct config *c);
void config_release(struct config *c);

/* Load a YAML config file into c (on top of what c already holds). */
int config_load(struct config *c, const char *path, struct tri_err *err);
/* The same from a parsed YAML document. */
struct yaml_doc;
int config_from_yaml(struct config *c, const struct yaml_doc *doc, struct tri_err *err);

/* Set the judge model from a spec (its id is CONFIG_JUDGE_ID). */
int config_set_judge_spec(struct config *c, const char *spec, struct tri_err *err);

/* Add a model from a spec "PROVIDER:MODEL[@BASE_URL][,KEY=VALUE]..." (the
 * options of CONFIG_SPEC_OPTIONS); id defaults to MODEL. What the spec does
 * not give of size, price and context comes from the model catalogue. */
int config_add_model_spec(struct config *c, const char *spec, struct tri_err *err);

/* The flags a command was given, to lay over a config. */
struct config_flags {
	char **models;           /* --model: added */
	size_t n_models;
	char **suites;           /* --suite: replace the config's list */
	size_t n_suites;
	long samples, concurrency, limit;   /* -1: not given */
	char **require;          /* --require: replace select.require */
	size_t n_require, alloc_require;
	const char *prefer;      /* NULL: not given */
	int strict;              /* 1: --strict */
	double max_errors;       /* NAN: not given */
	const char *db;          /* NULL: not given */
	const char *judge;       /* --judge SPEC, or NULL */
	int judge_fallback;      /* 1: --judge-fallback */
	int batch;               /* 1: --batch */
	int adaptive;            /* 1: --adaptive */
	long round;              /* --round N; -1: not given */
	long width;              /* --width N; -1: not given */
	long long seed;          /* --seed N; -1: not given */
	double confidence;       /* --confidence C; NAN: not given */
};
#define CONFIG_FLAGS_INIT { .samples = -1, .concurrency = -1, .limit = -1, .max_errors = NAN, \
	.round = -1, .width = -1, .seed = -1, .confidence = NAN }

enum config_use {
	CONFIG_PLAN,    /* a new run: every flag applies */
	CONFIG_RESUME,  /* a stored run continued: what was planned cannot change */
	CONFIG_SELECT,  /* report and select: only the selection flags */
};

/* The selection flags, shared by run, report and select: their getopt
 * entries and codes, and one handler. */
enum {
	CONFIG_OPT_REQUIRE = 0x200, CONFIG_OPT_PREFER, CONFIG_OPT_STRICT, CONFIG_OPT_MAX_ERRORS,
};
#define CONFIG_SELECT_OPTIONS \
	{ "require", required_argument, NULL, CONFIG_OPT_REQUIRE }, \
	{ "prefer", required_argument, NULL, CONFIG_OPT_PREFER }, \
	{ "strict", no_argument, NULL, CONFIG_OPT_STRICT }, \
	{ "max-errors", required_argument, NULL, CONFIG_OPT_MAX_ERRORS }
/* ... and their descriptions (struct cmd_optdoc, cmd.h), for completion. */
#define CONFIG_SELECT_OPTDOCS \
	{ "require", CMD_ARG_TEXT, NULL, "a requirement METRIC OP VALUE (repeatable)" }, \
	{ "prefer", CMD_ARG_WORD, "smallest cheapest fastest best", "which model of those that qualify" }, \
	{ "strict", CMD_ARG_NONE, NULL, "judge requirements on the unfavourable end of the interval" }, \
	{ "max-errors", CMD_ARG_NUMBER, NULL, "the largest share of failed requests (default 0.05)" }

/* If opt (a getopt result, with its arg) is a selection flag, record it in f
 * and return 1; 0 when it is not one; -1 with err for a bad value. */
int config_select_flag(struct config_flags *f, int opt, const char *arg, struct tri_err *err);
/* Free what f allocated (the require list; the strings are borrowed). */
void config_flags_release(struct config_flags *f);

/* Are flags f allowed for use? TRI_USAGE naming the first that is not. */
int config_flags_check(const struct config_flags *f, enum config_use use, struct tri_err *err);

/* Lay flags f over c for use (config_flags_check() first). */
int config_apply_flags(struct config *c, const struct config_flags *f, enum config_use use,
                       struct tri_err *err);

/* Parse a whole-number flag value in [min, max]; TRI_USAGE naming the flag. */
int config_flag_long(const char *flag, const char *text, long min, long max, long *out,
                     struct tri_err *err);
/* The same for a number in [min, max]. */
int config_flag_double(const char *flag, const char *text, double min, double max,
                       double *out, struct tri_err *err);

/* Check the whole config once flags are applied (ids unique, at least one
 * model and suite, providers supported, keys present in the environment,
 * the selection's syntax). */
int config_check(const struct config *c, struct tri_err *err);

/* Rebuild the models and settings of a run from its snapshot (for --resume). */
int config_from_snapshot(struct config *c, const json_t *snap, struct tri_err *err);

/* The config as JSON for the run record: no secrets, ever. New reference. */
json_t *config_snapshot(const struct config *c);

#endif
