/* scan.h -- `trilemma scan`: find insecure code (SPEC §10).
 *
 * The scanner is data-driven: rules live in YAML files under
 * $TRILEMMA_HOME/data/scan/ (one file per language family plus common.yaml)
 * and are loaded once into a struct scan_rules, which is read-only after
 * that and may be shared. Scanning a buffer is:
 *
 *   1. lex it with the lexer of its language family (scan_lex.c), which
 *      produces two views of the same length as the input, so that an
 *      offset in a view is an offset in the source: the "code" view, where
 *      comments are blanked and the contents of string literals masked, and
 *      the "text" view, where only comments are blanked;
 *   2. scan each view once with all the language's patterns in one
 *      Vectorscan database (scan_pf.h), which tells which rules may match;
 *   3. for each of those whose keywords (if any) occur in the input, run
 *      its PCRE2 pattern (JIT-compiled) over the view it names; an
 *      optional "unless" pattern on the matched line suppresses it;
 *   4. turn each match into a finding at the line and column of the match
 *      (or of its named group "at"), at most one per rule and line.
 *
 * Lines whose comment holds "nosec", "trilemma:ignore" or "NOSONAR" (or
 * with a block comment starting on them that holds one) are not reported.
 *
 * Ownership: a struct scan_result owns its findings and their file names;
 * the rule's strings in a finding (id, CWE, OWASP, message, fix, language)
 * are borrowed from the rules, which must outlive the result.
 * scan_result_release() frees what the result owns and leaves it empty and
 * reusable. All functions return 0 on success, -1 with err filled.
 *
 * Memory is bounded by the input, not by what a hostile input can make the
 * rules find: one scan_buffer() or scan_markdown() call lists at most
 * SCAN_MAX_PER_FILE findings and counts the others, by severity, in
 * not_listed. */
#ifndef TRI_SCAN_H
#define TRI_SCAN_H

#include <stddef.h>
#include "buf.h"
#include "err.h"

struct scan_rules;

enum scan_sev { SCAN_LOW = 1, SCAN_MEDIUM = 2, SCAN_HIGH = 3 };

#define SCAN_MAX_PER_FILE 10000

struct scan_finding {
	const char *rule_id;    /* borrowed from the rules */
	char *file;             /* owned */
	long line, col;         /* 1-based; col counts bytes */
	enum scan_sev sev;
	const char *cwe;        /* "CWE-89" (borrowed) */
	const char *owasp;      /* "A03:2021-Injection" (borrowed) */
	const char *message;    /* borrowed */
	const char *fix;        /* borrowed */
	const char *lang;       /* canonical language name, e.g. "python" (static) */
};

struct scan_result {
	struct scan_finding *v;
	size_t n, alloc;
	size_t file_first;      /* where the findings of the input being scanned start */
	size_t not_listed[4];   /* findings past SCAN_MAX_PER_FILE, by severity */
};

/* Load every *.yaml rule file in dir (NULL: <tri_home()>/data/scan).
 * Errors (TRI_USAGE) name file:line:col of the bad rule. *out is freed with
 * scan_rules_free(). */
int scan_rules_load(struct scan_rules **out, const char *dir, struct tri_err *err);
void scan_rules_free(struct scan_rules *r);
/* Number of rules loaded. */
size_t scan_rules_count(const struct scan_rules *r);
/* The CWE hierarchy loaded with the rules (cwe.tsv in the rule directory,
 * else in data/scan), or NULL when there is none; see scan_cwe.h. */
struct cwe_db;
const struct cwe_db *scan_rules_cwe(const struct scan_rules *r);

/* The rules as data, for `scan --list-rules`: one line a rule (id,
 * severity, CWE, languages, message; control characters escaped), or JSON
 * {"version", "cwe_version", "rules": [{id, cwe, cwe_name, severity, owasp,
 * languages, message, fix}]}, in load order. lang (a canonical name, or
 * NULL for all) keeps the rules that apply to that language. Appends to b. */
int scan_rules_list(struct buf *b, const struct scan_rules *r, const char *lang, int json);

/* Scan one source text. name is the file name used in findings (and for the
 * language when lang is NULL; unknown extensions are guessed from content).
 * Findings are appended to out, in order of line then column. A text whose
 * language cannot be determined yields no findings and no error. */
int scan_buffer(const struct scan_rules *r, const char *name, const char *lang,
                const char *text, size_t len, struct scan_result *out,
                struct tri_err *err);

/* Scan the fenced code blocks (``` or ~~~) of a Markdown text, each with the
 * language of its info string, or guessed when it has none; lines are those
 * of the Markdown text. *n_blocks (may be NULL) is set to the number of
 * fenced blocks found. */
int scan_markdown(const struct scan_rules *r, const char *name, const char *text,
                  size_t len, struct scan_result *out, size_t *n_blocks,
                  struct tri_err *err);

void scan_result_release(struct scan_result *res);

/* Language helpers. scan_lang_canon() maps a name or alias ("py", "ts",
 * "c++", "golang") to the canonical name, or NULL when unknown.
 * scan_lang_from_path() uses the extension; NULL when unknown.
 * scan_lang_guess() looks at the content; NULL when nothing fits. All return
 * static strings. */
const char *scan_lang_canon(const char *name);
const char *scan_lang_from_path(const char *path);
const char *scan_lang_guess(const char *text, size_t len);

/* Severity names: "low", "medium", "high"; parse returns 0 when unknown. */
const char *scan_sev_name(enum scan_sev s);
enum scan_sev scan_sev_parse(const char *s);

/* Sort findings by file, line, column, rule id (a stable report order). */
void scan_result_sort(struct scan_result *res);

/* Render findings (scan_out.c). Text: one line per finding,
 * "file:line:col: severity CWE-NNN message [rule-id]", with control
 * characters escaped. JSON: {"version", "cwe_version", "findings":[...],
 * "summary"}, each finding with its CWE's name and chain of parents.
 * SARIF 2.1.0: one run, the rules that fired, one result per finding, and
 * the CWE taxonomy (the findings' CWEs and their parents, linked by
 * relationships). cwe may be NULL: no names, parents or taxonomy.
 * Each appends to b; returns -1 only when b's cap is exceeded. */
int scan_format_text(struct buf *b, const struct scan_result *res);
int scan_format_json(struct buf *b, const struct scan_result *res, size_t n_files,
                     const struct cwe_db *cwe);
int scan_format_sarif(struct buf *b, const struct scan_result *res,
                      const struct cwe_db *cwe);
/* GitHub Actions workflow commands, one a finding: "::error file=F,line=L,
 * col=C,title=CWE RULE (severity)::message" (high: error, medium: warning,
 * low: notice), so a CI job annotates the lines of a pull request. */
int scan_format_github(struct buf *b, const struct scan_result *res);

#endif
