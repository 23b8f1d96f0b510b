/* suite.h -- suites and their items (SPEC §5).
 *
 * A suite is a directory holding suite.yaml and items.jsonl, or a bare
 * .jsonl file (name = file name without .jsonl, axis capability, default
 * grader exact). A directory is a suite when it holds suite.yaml or
 * items.jsonl; suite.yaml's items: may list several item files, read in
 * order as if they were one (the same items, order, hashes and requests). A built-in suite is named by its directory under
 * $TRILEMMA_HOME/suites. suite_load() validates everything (JSON of every
 * line, required fields, duplicate ids, grader types) before returning, so
 * a suite that loads is safe to plan and store. Items keep their whole JSON
 * object; graders read answer, aliases, grader options from it.
 *
 * A suite directory may also hold tools.json, a catalogue of the tools its
 * items offer; an item may then name a tool by string in its "tools"
 * array. Loading replaces each name with the catalogue's object (a shared
 * reference, never a copy), so every item's JSON -- and its hash, its
 * requests, what the store keeps -- is what it would be had the item
 * spelled the tool out. */
#ifndef TRI_SUITE_H
#define TRI_SUITE_H

#include <stddef.h>
#include <jansson.h>
#include "err.h"

struct item {
	char *id;
	char *category;     /* NULL when the item has none */
	int difficulty;     /* 1-5, 0 when none */
	json_t *json;       /* the item object (owned reference) */
	char hash[65];      /* SHA-256 of the item's canonical JSON */
};

struct suite {
	char *name, *version, *description;
	char *axis;         /* capability | calibration | efficiency | security */
	char *path;         /* the directory or .jsonl it was loaded from */
	char *template;     /* prompt template with {input}; NULL: input as is */
	char *system;       /* system prompt; NULL when none */
	char *abstain_token;/* e.g. "I don't know"; NULL when none */
	json_t *grader;     /* default grader object, e.g. {"type":"exact"} */
	json_t *meta;       /* suite.yaml as loaded (owned), for reports */
	json_t *tools;      /* tools.json: tool name -> tool object (owned); NULL: none */
	struct item *items; /* suite_load(): the items; suite_open(): none */
	size_t n_items, alloc_items;   /* the items the suite hands out (after suite_limit) */
	size_t n_read;      /* the items in its files */
	char **files;       /* the files the items are read from, in order */
	size_t n_files, alloc_files;
	int axis_given;     /* the axis was set (suite.yaml, a header line), not defaulted */
	int streamed;       /* opened by suite_open(): items read again by suite_each_item() */
	int any_judged;     /* some item is graded by the judge (its grader's type, or the suite's) */
};

/* Load a suite from a directory, a .jsonl file, or a built-in name.
 * Errors: TRI_USAGE with file:line:col. */
int suite_load(struct suite *s, const char *spec, struct tri_err *err);
void suite_release(struct suite *s);

/* The same checks as suite_load(), but no item is kept: a run's planning
 * reads a suite of a million items with memory for 16 bytes an item (to
 * find duplicate ids) while it is checked, and one item at a time after.
 * n_items counts the items; suite_each_item() reads them again. */
int suite_open(struct suite *s, const char *spec, struct tri_err *err);

/* Each item the suite hands out (those suite_limit() kept), in order, to
 * fn; the item is valid only during the call. A suite from suite_open() is
 * read again from its files, one item at a time; TRI_USAGE when they
 * changed since it was opened. Stops at fn's first -1. */
int suite_each_item(const struct suite *s,
                    int (*fn)(void *ctx, const struct item *it, struct tri_err *err), void *ctx,
                    struct tri_err *err);

/* Parse the items of text (items.jsonl, named path in messages) into s:
 * every line checked, ids unique. TRI_USAGE at path:line:col. The first
 * line may be a header {"suite": {...}} with the keys of suite.yaml
 * (name, axis, grader, template, system, abstain_token, description,
 * version) -- the way a bare .jsonl suite says what it is. Without an
 * axis, a suite whose every item is graded by canary, refusal, comply or
 * code counts toward security; any other toward capability. */
int suite_parse_items(struct suite *s, const char *path, const char *text, size_t len,
                      struct tri_err *err);

/* Parse a tool catalogue (tools.json, named path in messages) into s->tools:
 * a JSON array of {name, description, parameters}, each checked as an
 * item's tools are, names unique. TRI_USAGE at path:line:col (the line and
 * column of the offending tool). Call it before suite_parse_items(), whose
 * items may then name these tools; an item that names a tool when s has no
 * catalogue, or one the catalogue lacks, is an error at its line. */
int suite_parse_tools(struct suite *s, const char *path, const char *text, size_t len,
                      struct tri_err *err);

/* Keep at most limit items (limit > 0), spread evenly over the suite, in
 * their order: items k * n / limit for k = 0 .. limit-1. Deterministic, so
 * that a run with --limit plans the same items every time. */
void suite_limit(struct suite *s, long limit);

/* Set the axis of a suite whose axis was not given (a bare .jsonl without
 * a header): --axis on run. TRI_USAGE for an unknown axis. */
int suite_set_axis(struct suite *s, const char *axis, struct tri_err *err);

/* The grader object that applies to it: the item's "grader" with the
 * suite's default filling in missing keys. New reference; caller decrefs. */
json_t *suite_item_grader(const struct suite *s, const struct item *it);

/* The chat messages for an item: system prompt (item > suite), then the
 * item's "messages", or its "input" rendered through the template.
 * New reference (a JSON array of {role, content}). */
json_t *suite_item_messages(const struct suite *s, const struct item *it);

/* The question an item asks: its "input", or the content of its last user
 * message; NULL when it has neither. Borrowed from it->json. */
const char *item_question(const struct item *it);

/* Names of the built-in suites (directories under $TRILEMMA_HOME/suites),
 * sorted; caller frees each string and the array. */
int suite_builtin_names(char ***names, size_t *n, struct tri_err *err);

/* The suite's header (everything but the items) as JSON, for the store.
 * New reference. suite_from_header() rebuilds a suite without items from
 * it; suite_add_item() then adds validated items one by one (a stored
 * item, known by its hash already: its hash is not computed again). */
json_t *suite_header(const struct suite *s);
int suite_from_header(struct suite *s, const json_t *header, struct tri_err *err);
int suite_add_item(struct suite *s, json_t *item, struct tri_err *err);

/* A typical answer's length in tokens, for cost estimates: the suite's
 * output_tokens (suite.yaml or a .jsonl header), else the default. */
#define SUITE_OUTPUT_TOKENS_DEFAULT 256L
#define SUITE_MAX_OUTPUT_TOKENS 1000000L
long suite_output_tokens(const struct suite *s);

/* Is type a known grader type? */
int suite_grader_known(const char *type);

#endif
