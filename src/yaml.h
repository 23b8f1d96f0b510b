/* yaml.h -- YAML documents as jansson values, with source positions.
 *
 * yaml_load() parses one YAML document (libyaml) into a json_t tree:
 * mappings become objects (keys must be scalars; a duplicate key is an
 * error), sequences arrays, and plain scalars are typed as YAML 1.2 core
 * does (null, true/false, integers, floats such as 355e9); quoted scalars
 * stay strings. Every node's line and column are recorded in a struct
 * yaml_doc, so that a later check (unknown key, wrong type) can report
 * file:line:col. The doc owns the tree and the positions. */
#ifndef TRI_YAML_H
#define TRI_YAML_H

#include <jansson.h>
#include "err.h"

struct yaml_pos {
	const json_t *node;
	const json_t *parent;   /* the containing object/array, NULL for root */
	char *key;              /* for mapping values: the key (owned) */
	long line, col;         /* 1-based; for mapping values, the key's place */
};

struct yaml_doc {
	char *path;             /* file name used in messages */
	json_t *root;           /* owned; NULL for an empty document */
	struct yaml_pos *pos;
	size_t n_pos, alloc_pos;
};

/* Parse the file at path ("-" for stdin). On error fills err with
 * file:line:col and returns -1 (code TRI_USAGE). */
int yaml_load(struct yaml_doc *doc, const char *path, struct tri_err *err);
/* Parse a string; name is used in messages. */
int yaml_load_string(struct yaml_doc *doc, const char *name, const char *text,
                     size_t len, struct tri_err *err);
/* yaml_load(), then fail with path:1:1 unless the document is a mapping;
 * what names it in the message ("the config"). Release doc either way. */
int yaml_load_mapping(struct yaml_doc *doc, const char *path, const char *what,
                      struct tri_err *err);
void yaml_doc_release(struct yaml_doc *doc);

/* Position of node (line, col 0 when unknown). For an object member pass
 * the value node; the key's position is the value's key position. */
void yaml_where(const struct yaml_doc *doc, const json_t *node, long *line, long *col);
/* Position of member key of object obj (0, 0 when unknown). Use this for
 * scalars: jansson shares true/false/null, so their pointers are not unique. */
void yaml_where_member(const struct yaml_doc *doc, const json_t *obj, const char *key,
                       long *line, long *col);
/* Set err to "file:line:col: message" at member key of obj; returns -1. */
int yaml_member_err(const struct yaml_doc *doc, const json_t *obj, const char *key,
                    struct tri_err *err, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Fail with file:line:col on the first key of obj not in keys[0..n), naming
 * the known ones; what says where ("the config", "a model"). */
int yaml_check_keys(const struct yaml_doc *doc, const json_t *obj, const char *what,
                    const char *const *keys, size_t n, struct tri_err *err);

/* Set err to "file:line:col: message" at node; returns -1. */
int yaml_err(const struct yaml_doc *doc, const json_t *node, struct tri_err *err,
             const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif
