/* scan_cwe.h -- the CWE hierarchy (data/scan/cwe.tsv) for the scanner.
 *
 * The file lists the weaknesses of MITRE's Research Concepts view (CWE-1000)
 * with their ChildOf parents, the primary one first. The scanner uses it to
 * report each finding's chain of primary parents (JSON, SARIF taxonomies)
 * and to match a CWE with its ancestors and descendants (scan --cwe, the
 * corpus test), because tools label the same weakness at different levels
 * (weak hash 327 or 328, code injection 94 or 95).
 *
 * A struct cwe_db is read-only once loaded. Ids are the numbers of
 * "CWE-N". All lookups return 0 / NULL for ids the file lacks. */
#ifndef TRI_SCAN_CWE_H
#define TRI_SCAN_CWE_H

#include <stddef.h>
#include "err.h"

struct cwe_db;

/* Load path. Errors (TRI_USAGE) name path:line:col. */
int cwe_db_load(struct cwe_db **out, const char *path, struct tri_err *err);
void cwe_db_free(struct cwe_db *db);

/* The CWE version the file was written from ("4.14"). */
const char *cwe_db_version(const struct cwe_db *db);
size_t cwe_db_count(const struct cwe_db *db);

/* "CWE-89" -> 89; 0 when s is not of that form. */
int cwe_id(const char *s);

/* Name of a CWE, or NULL when the file lacks it. */
const char *cwe_name(const struct cwe_db *db, int id);

/* The primary parents of id, nearest first, up to its pillar: at most max
 * written to out; returns how many there are. */
size_t cwe_chain(const struct cwe_db *db, int id, int *out, size_t max);

/* All parents of id (primary first); *n is set to their number. */
const int *cwe_parents(const struct cwe_db *db, int id, size_t *n);

/* 1 when id is ancestor or a descendant of it through any ChildOf link
 * (or id == ancestor), else 0. */
int cwe_within(const struct cwe_db *db, int id, int ancestor);

/* 1 when a and b are equal or one is within the other. */
int cwe_related(const struct cwe_db *db, int a, int b);

#endif
