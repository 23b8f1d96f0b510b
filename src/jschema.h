/* jschema.h -- a value against the JSON Schema of a function's parameters.
 *
 * Function-calling schemas use a small part of JSON Schema, and that part
 * is what is checked: type (one or a list; "integer" accepts 3.0),
 * properties, required, additionalProperties (false, or a schema), enum,
 * items, minimum and maximum. Other keywords (description, format,
 * default, ...) constrain nothing here. */
#ifndef TRI_JSCHEMA_H
#define TRI_JSCHEMA_H

#include <jansson.h>
#include "buf.h"

/* 0 when value satisfies schema; -1 with the first violation written to
 * why ("days must be an integer, not a string"). */
int jschema_check(const json_t *schema, const json_t *value, struct buf *why);

/* JSON equality where numbers compare by value (1 equals 1.0). */
int jschema_equal(const json_t *a, const json_t *b);

#endif
