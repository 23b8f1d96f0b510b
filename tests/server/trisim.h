/* trisim.h -- the test server's script: simulated models and their answers.
 *
 * script.c loads and checks the JSON script (docs/test-server.md) into the
 * structs below and answers the questions that do not involve HTTP: which
 * rule answers a prompt, how many tokens an answer reports, which fault an
 * attempt gets and how long it takes. trisim.c is the HTTP side, batch.c
 * the batch APIs (batch.h). A loaded
 * script is read-only, so every connection thread shares it without locks.
 *
 * The server is a separate program from trilemma and does not link the
 * project library; it keeps the project's banned-function list all the same. */
#ifndef TRISIM_H
#define TRISIM_H

#include <regex.h>
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "../../src/banned.h"

enum fault_kind {
	FAULT_NONE,
	FAULT_429,          /* 429 without Retry-After */
	FAULT_429_RA,       /* 429 with Retry-After: retry_after */
	FAULT_500,
	FAULT_502,
	FAULT_503,
	FAULT_DROP,         /* close the connection, no response */
	FAULT_TRUNCATE,     /* 200, then the connection is cut halfway */
	FAULT_INVALID_JSON, /* 200 with a complete body that is not JSON */
	FAULT_STALL,        /* sleep stall_ms, then close without answering */
	FAULT_EMPTY,        /* 200 with "choices": [] */
};

struct fault {
	enum fault_kind kind;
	long retry_after; /* seconds, FAULT_429_RA only */
};

#define USAGE_AUTO  (-1L) /* computed from the bytes (see sim_usage) */
#define USAGE_UNSET (-2L) /* a rule that does not override the model */

struct usage_spec {
	long prompt, completion, reasoning;
	long cache_read, cache_write; /* Anthropic's cache_*_input_tokens; "auto" is 0 */
};

struct rule {
	char *match;        /* substring of the last user message, or NULL */
	char *context;      /* substring of some message of the conversation, or NULL */
	json_t *tool_calls; /* [{name, arguments}] the answer calls, or NULL */
	regex_t re;         /* valid when has_re */
	int has_re;
	char *text;         /* the answer; NULL: the model's default text */
	char *reasoning;    /* NULL: no reasoning */
	char *finish_reason;
	struct usage_spec usage;
	struct fault *faults; /* faults[i] is what attempt i + 1 gets */
	size_t nfaults;
};

struct model {
	char *name;
	char *label;
	long lat_min, lat_max;  /* latency_ms range, inclusive */
	long first_token_ms;    /* -1: half the latency */
	size_t chunk_bytes;
	struct usage_spec usage;
	double cost;
	int has_cost;
	char *provider;         /* NULL: no "provider" field */
	int timings;
	double fault_rate;
	struct fault *fault_kinds;
	size_t nfault_kinds;
	long stall_ms;
	double rate_rps;        /* rate_limit.rps: admitted requests per second; 0: none */
	double rate_burst;      /* rate_limit.burst: the bucket's size */
	long error_body_bytes;  /* pad error bodies to this size; 0: as they are */
	int judge;              /* a scripted judge: the default answer grades data/judge prompts */
	long batch_complete_ms; /* batch.complete_ms: a batch's creation to its end */
	long batch_expire_after;/* batch.expire_after: it expires after this many; -1: not */
	long batch_cancel_after;/* batch.cancel_after: it is cancelled after this many; -1: not */
	struct rule def;        /* the "default" answer */
	struct rule *rules;
	size_t nrules;
};

struct script {
	char *require_key;      /* NULL: any key or none is accepted */
	struct model *models;
	size_t nmodels;
};

/* What the server does with one attempt of one request. */
struct plan {
	const struct model *m;
	const struct rule *r;   /* the rule that answers */
	const char *text;       /* r's text or the model's default text */
	const char *reasoning;  /* NULL: none */
	uint64_t key;
	unsigned attempt;       /* 1 for the first time this key is seen */
	struct fault fault;
	long latency_ms, first_token_ms;
	long prompt_tokens, completion_tokens, reasoning_tokens;
	long cache_read_tokens, cache_write_tokens;
};

/* Load and check the script at PATH. On failure return -1 and set *ERR to
 * a message naming the file and what is wrong (the caller frees it). */
int script_load(struct script *s, const char *path, char **err);
void script_release(struct script *s);

/* The model called NAME, or NULL. */
const struct model *script_model(const struct script *s, const char *name);

/* The request key: FNV-1a 64 of MODEL, a newline, and the canonical
 * (compact, keys sorted) JSON of MESSAGES. An Anthropic request passes its
 * canonical messages followed by a newline and its system text, if any. */
uint64_t sim_request_key(const char *model, const char *canonical_messages);

/* Fill P for an attempt of model M: the answering rule for LAST_USER (and
 * CONVERSATION, every message's content, for rules with "context"), the
 * fault, the latency and the usage. PROMPT_BYTES is the total byte length
 * of all message contents and of the tools offered (name, description,
 * compact JSON of the parameters); KEY and ATTEMPT identify the attempt. */
void sim_plan(struct plan *p, const struct model *m, const char *last_user,
	      const char *conversation, size_t prompt_bytes, uint64_t key, unsigned attempt);

/* The name of a fault kind as written in scripts ("429-retry-after" for
 * FAULT_429_RA), or NULL for FAULT_NONE. */
const char *sim_fault_name(enum fault_kind k);

/* printf into a new heap string; NULL only when out of memory. */
char *sim_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable byte string, always NUL-terminated; sb_add aborts when memory
 * runs out, as the rest of the test server does. */
struct sb {
	char *s;
	size_t len, cap;
};
void sb_add(struct sb *b, const char *s, size_t n);

#endif
