/* scan.c -- the scanner core: rules, languages, matching, Markdown.
 *
 * Rules are YAML data (data/scan/NAME.yaml): a file names the languages its
 * rules apply to by default and holds a list of rules, each with an id, a
 * PCRE2 pattern, the view it runs on (code or text, see scan_lex.h), the
 * CWE, the OWASP 2021 category, a severity, a message and a fix hint, plus
 * optional keywords (literal strings, one of which must occur in the input
 * for the pattern to run), an optional "prefilter" pattern (see below) and
 * an optional "unless" pattern that vetoes a match when it matches the line
 * the match starts on (the small token-level context that separates
 * `shell=True` from a list argument).
 *
 * A scan is one lexer pass, then one Vectorscan pass per view over the
 * patterns (or prefilters) of all the language's rules (scan_pf.c), which
 * leaves the few rules that may match; only those run their PCRE2 pattern
 * (compiled with PCRE2_MULTILINE, JIT-compiled on first use). Findings are
 * deduplicated per rule and line: after a match, the search resumes at the
 * next line. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <dirent.h>
#include <jansson.h>
#include <pcre2.h>
#include <unistd.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include "util.h"
#include "buf.h"
#include "err.h"
#include "yaml.h"
#include "scan.h"
#include "scan_cwe.h"
#include "scan_lex.h"
#include "scan_pf.h"

enum view { VIEW_CODE = 0, VIEW_TEXT = 1 };

/* A pattern that must (flow) or must not (not_after) match earlier in the
 * match's scope. Its {name} placeholders stand for the text the rule's
 * pattern captured in its group of that name, inserted as a literal. */
struct flow {
	char *tmpl;
	int *groups;             /* the rule pattern's group of each placeholder */
	size_t n_groups;
	pcre2_code *fixed;       /* the compiled pattern when it has no placeholder */
};

struct rule {
	char *id, *cwe, *owasp, *message, *fix;
	char *pf_pattern;        /* for the prefilter: "prefilter", else "pattern" */
	enum scan_sev sev;
	unsigned langs;          /* bit (1 << enum lex_lang) */
	enum view view;
	int in_literals;         /* a text-view match may start inside a literal */
	char **kw;
	size_t n_kw;
	char *pat[4];            /* the sources of re, unless, if_file, unless_file */
	pcre2_code *re, *unless;
	pcre2_code *if_file, *unless_file;   /* on the whole text view */
	struct flow *flow;       /* must match before the match, in its scope */
	struct flow *not_after;  /* must not match before the match, in its scope */
	int scope_file;          /* scope: the whole file, not the enclosing function */
	int cwe_id;
	int at_group;            /* number of the group named "at", or 0 */
	int ready;               /* compiled and JIT-compiled (see rule_ready()) */
	const char *rec;         /* its record in the rule cache, until read (rules_fill()) */
	size_t rec_len;
};

enum { PAT_RE, PAT_UNLESS, PAT_IF_FILE, PAT_UNLESS_FILE };

/* A language's prefilter: the patterns of its rules in one database per
 * view, built the first time a text of that language is scanned. Rules the
 * prefilter cannot take (always[]) run whenever their keywords occur. */
struct lang_pf {
	pthread_mutex_t mu;      /* guards the build: one language at a time */
	int built;
	struct pf *pf[2];        /* by enum view; NULL when the view has no rules */
	size_t *always;
	size_t n_always;
};

/* What one scan needs besides the rules, kept from one text to the next
 * (in scan_rules.pool while no scan uses it), so that a scan of many files
 * allocates, and faults in, its buffers once. */
struct scan_ctx {
	struct pf_scratch *scratch;   /* Vectorscan's, see scan_pf.h */
	char *code, *text;            /* the lexer's views */
	size_t cap;                   /* bytes of each view */
	unsigned char *cand;          /* one byte a rule: may it match? */
	pcre2_match_data *md, *md2;
	size_t *lines, alloc_lines;   /* line starts (struct lines) */
	size_t *scopes, alloc_scopes; /* function starts (struct scopes) */
};

/* Views larger than this are freed after their scan rather than kept. */
#define CTX_KEEP ((size_t)16 << 20)

struct scan_rules {
	pthread_mutex_t mu;      /* guards JIT compilation and the context pool */
	struct rule *v;
	size_t n, alloc;
	struct lang_pf lpf[LANG_N];
	struct scan_ctx **pool;  /* contexts not in use */
	size_t n_pool, alloc_pool;
	pcre2_code *fn_start[LANG_N];   /* where a function starts, per language */
	struct cwe_db *cwe;             /* the CWE hierarchy, or NULL */
	char *cwe_later;                /* its file, to load on first use (under mu) */
	char *rcache;                   /* the rule cache file, whose records rules read */
	int filled[LANG_N];             /* the rules of a language are read (rules_fill()) */
};

/* ---- languages ---------------------------------------------------- */

static const char *const lang_names[LANG_N] = {
	"c", "cpp", "python", "javascript", "java", "go", "php", "csharp", "rust", "kotlin",
	"swift", "ruby",
};

static const struct { const char *alias; enum lex_lang lang; } lang_alias[] = {
	{ "c", LANG_C }, { "h", LANG_C },
	{ "cpp", LANG_CPP }, { "c++", LANG_CPP }, { "cc", LANG_CPP }, { "cxx", LANG_CPP },
	{ "hpp", LANG_CPP }, { "hh", LANG_CPP }, { "hxx", LANG_CPP },
	{ "python", LANG_PYTHON }, { "py", LANG_PYTHON }, { "python3", LANG_PYTHON },
	{ "pyw", LANG_PYTHON }, { "py3", LANG_PYTHON },
	{ "javascript", LANG_JS }, { "js", LANG_JS }, { "jsx", LANG_JS }, { "mjs", LANG_JS },
	{ "cjs", LANG_JS }, { "node", LANG_JS }, { "nodejs", LANG_JS },
	{ "typescript", LANG_JS }, { "ts", LANG_JS }, { "tsx", LANG_JS },
	{ "mts", LANG_JS }, { "cts", LANG_JS },
	{ "java", LANG_JAVA },
	{ "go", LANG_GO }, { "golang", LANG_GO },
	{ "php", LANG_PHP }, { "php5", LANG_PHP }, { "php7", LANG_PHP }, { "php8", LANG_PHP },
	{ "csharp", LANG_CSHARP }, { "cs", LANG_CSHARP }, { "c#", LANG_CSHARP },
	{ "dotnet", LANG_CSHARP },
	{ "rust", LANG_RUST }, { "rs", LANG_RUST },
	{ "kotlin", LANG_KOTLIN }, { "kt", LANG_KOTLIN }, { "kts", LANG_KOTLIN },
	{ "swift", LANG_SWIFT },
	{ "ruby", LANG_RUBY }, { "rb", LANG_RUBY }, { "rake", LANG_RUBY }, { "gemspec", LANG_RUBY },
	{ "ru", LANG_RUBY }, { "erb", LANG_RUBY },
};

static int lang_id(const char *name)
{
	if (!name)
		return -1;
	for (size_t i = 0; i < ARRAY_LEN(lang_alias); i++)
		if (!strcasecmp(name, lang_alias[i].alias))
			return (int)lang_alias[i].lang;
	return -1;
}

const char *scan_lang_canon(const char *name)
{
	int id = lang_id(name);
	return id < 0 ? NULL : lang_names[id];
}

const char *scan_lang_from_path(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	const char *dot = strrchr(base, '.');
	if (!dot || dot == base)
		return NULL;
	if (!strcmp(dot + 1, "C") || !strcmp(dot + 1, "H"))
		return lang_names[LANG_CPP];
	return scan_lang_canon(dot + 1);
}

static int has(const char *t, size_t n, const char *needle)
{
	return memmem(t, n, needle, strlen(needle)) != NULL;
}

/* Content heuristics, most specific first. Looks at the first 8 KiB. */
const char *scan_lang_guess(const char *text, size_t len)
{
	size_t n = len < 8192 ? len : 8192;
	const char *t = text;

	if (has(t, n, "<?php"))
		return "php";
	if (n > 2 && t[0] == '#' && t[1] == '!') {
		static const char *const shebang[][2] = {   /* interpreter, language */
			{ "python", "python" }, { "node", "javascript" }, { "php", "php" },
			{ "ruby", "ruby" }, { "kotlin", "kotlin" }, { "swift", "swift" },
		};
		for (size_t i = 0; i < ARRAY_LEN(shebang); i++)
			if (has(t, n < 128 ? n : 128, shebang[i][0]))
				return shebang[i][1];
	}
	/* the newer languages first: their marks are specific */
	if (has(t, n, "fn main(") || has(t, n, "let mut ") || has(t, n, "use std::") ||
	    has(t, n, "impl ") || (has(t, n, "fn ") && has(t, n, "-> ") && has(t, n, "::")) ||
	    has(t, n, "unsafe {") || has(t, n, "println!("))
		return "rust";
	if (has(t, n, "import Foundation") || has(t, n, "import UIKit") ||
	    has(t, n, "import SwiftUI") || has(t, n, "guard let ") || has(t, n, "if let ") ||
	    (has(t, n, "func ") && has(t, n, "var ") && has(t, n, ": String")))
		return "swift";
	if (has(t, n, "fun main(") || has(t, n, "import kotlin") || has(t, n, "import android.") ||
	    (has(t, n, "fun ") && (has(t, n, "val ") || has(t, n, "var "))))
		return "kotlin";
	if (has(t, n, "require '") || has(t, n, "require \"") || has(t, n, "puts ") ||
	    has(t, n, "def self.") || has(t, n, ".each do |") ||
	    (has(t, n, "end\n") && has(t, n, "def ") && !has(t, n, ":\n")))
		return "ruby";
	if (has(t, n, "package main") || has(t, n, "func main()") ||
	    (has(t, n, "func ") && has(t, n, ":= ")))
		return "go";
	if (has(t, n, "using System") || has(t, n, "namespace ") ||
	    has(t, n, "Console.Write"))
		return "csharp";
	if (has(t, n, "import java.") || has(t, n, "System.out.print") ||
	    has(t, n, "public static void main(String"))
		return "java";
	if (has(t, n, "#include") || has(t, n, "int main(")) {
		if (has(t, n, "std::") || has(t, n, "#include <iostream>") ||
		    has(t, n, "cout <<"))
			return "cpp";
		return "c";
	}
	if (has(t, n, "def ") || has(t, n, "import ") || has(t, n, "print(") ||
	    has(t, n, "self."))
		if (!has(t, n, "require(") && !has(t, n, "=> ") && !has(t, n, "const "))
			return "python";
	if (has(t, n, "function") || has(t, n, "const ") || has(t, n, "let ") ||
	    has(t, n, "=> ") || has(t, n, "require(") || has(t, n, "console.log") ||
	    has(t, n, "document."))
		return "javascript";
	if (has(t, n, "public class") || has(t, n, "private ") || has(t, n, "String "))
		return "java";
	if (has(t, n, "printf(") || has(t, n, "malloc(") || has(t, n, "char "))
		return "c";
	return NULL;
}

const char *scan_sev_name(enum scan_sev s)
{
	switch (s) {
	case SCAN_LOW: return "low";
	case SCAN_MEDIUM: return "medium";
	case SCAN_HIGH: return "high";
	}
	return "unknown";
}

enum scan_sev scan_sev_parse(const char *s)
{
	if (!s)
		return 0;
	if (!strcasecmp(s, "low"))
		return SCAN_LOW;
	if (!strcasecmp(s, "medium"))
		return SCAN_MEDIUM;
	if (!strcasecmp(s, "high"))
		return SCAN_HIGH;
	return 0;
}

/* ---- rules ---------------------------------------------------------- */

static void flow_free(struct flow *f)
{
	if (!f)
		return;
	free(f->tmpl);
	free(f->groups);
	pcre2_code_free(f->fixed);
	free(f);
}

static void rule_release(struct rule *r)
{
	flow_free(r->flow);
	flow_free(r->not_after);
	free(r->id);
	free(r->cwe);
	free(r->owasp);
	free(r->message);
	free(r->fix);
	free(r->pf_pattern);
	for (size_t i = 0; i < ARRAY_LEN(r->pat); i++)
		free(r->pat[i]);
	for (size_t i = 0; i < r->n_kw; i++)
		free(r->kw[i]);
	free(r->kw);
	pcre2_code_free(r->re);
	pcre2_code_free(r->unless);
	pcre2_code_free(r->if_file);
	pcre2_code_free(r->unless_file);
}

/* The two views of a context, in one block of 2 * cap bytes: from mmap()
 * with its pages populated at once when large (a fault per page costs
 * more than the zeroing), else from malloc(). */
#define VIEWS_MAP ((size_t)256 << 10)

static void views_free(struct scan_ctx *c)
{
	if (c->cap >= VIEWS_MAP)
		munmap(c->code, 2 * c->cap);
	else
		free(c->code);
	c->code = c->text = NULL;
	c->cap = 0;
}

static void views_alloc(struct scan_ctx *c, size_t cap)
{
	char *p = NULL;
	if (cap > SIZE_MAX / 4)
		xmalloc(SIZE_MAX);   /* reports the overflow and aborts */
	if (cap >= VIEWS_MAP) {
		p = mmap(NULL, 2 * cap, PROT_READ | PROT_WRITE,
		         MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
		if (p == MAP_FAILED)
			xmalloc(SIZE_MAX);   /* reports out of memory and aborts */
	} else {
		void *m = NULL;
		if (posix_memalign(&m, 64, 2 * cap))
			xmalloc(SIZE_MAX);   /* reports out of memory and aborts */
		p = m;
	}
	c->code = p;
	c->text = p + cap;
	c->cap = cap;
}

static void ctx_free(struct scan_ctx *c)
{
	if (!c)
		return;
	pf_scratch_free(c->scratch);
	views_free(c);
	free(c->cand);
	pcre2_match_data_free(c->md);
	pcre2_match_data_free(c->md2);
	free(c->lines);
	free(c->scopes);
	free(c);
}

void scan_rules_free(struct scan_rules *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++)
		rule_release(&r->v[i]);
	for (size_t l = 0; l < LANG_N; l++) {
		pf_free(r->lpf[l].pf[VIEW_CODE]);
		pf_free(r->lpf[l].pf[VIEW_TEXT]);
		free(r->lpf[l].always);
		pthread_mutex_destroy(&r->lpf[l].mu);
	}
	for (size_t i = 0; i < r->n_pool; i++)
		ctx_free(r->pool[i]);
	for (size_t l = 0; l < LANG_N; l++)
		pcre2_code_free(r->fn_start[l]);
	cwe_db_free(r->cwe);
	free(r->cwe_later);
	free(r->rcache);
	free(r->pool);
	pthread_mutex_destroy(&r->mu);
	free(r->v);
	free(r);
}

size_t scan_rules_count(const struct scan_rules *r)
{
	return r ? r->n : 0;
}

/* The CWE list is loaded when first asked for when the rules came from
 * the rule cache (whose key holds the identity of the file, so that it is
 * the file that loaded without error before): a text report needs none. */
const struct cwe_db *scan_rules_cwe(const struct scan_rules *r)
{
	struct scan_rules *m = (struct scan_rules *)r;
	struct tri_err err;

	if (!r)
		return NULL;
	pthread_mutex_lock(&m->mu);
	if (m->cwe_later) {
		if (cwe_db_load(&m->cwe, m->cwe_later, &err))
			m->cwe = NULL;   /* changed since: findings carry no parents */
		free(m->cwe_later);
		m->cwe_later = NULL;
	}
	pthread_mutex_unlock(&m->mu);
	return m->cwe;
}

static int compile(const struct yaml_doc *doc, const json_t *node, pcre2_code **out,
                   struct tri_err *err)
{
	int ec;
	PCRE2_SIZE eo;
	const char *pat = json_string_value(node);
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	                               PCRE2_MULTILINE, &ec, &eo, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof(msg));
		return yaml_err(doc, node, err, "bad pattern at offset %zu: %s",
		                (size_t)eo, (const char *)msg);
	}
	*out = re;   /* JIT-compiled on first use, see rule_ready() */
	return 0;
}

static int langs_of(const struct yaml_doc *doc, const json_t *v, unsigned *out,
                    struct tri_err *err)
{
	size_t i;
	json_t *e;

	if (!json_is_array(v) || json_array_size(v) == 0)
		return yaml_err(doc, v, err, "languages must be a non-empty list");
	*out = 0;
	json_array_foreach(v, i, e) {
		const char *s = json_string_value(e);
		if (s && !strcmp(s, "all")) {
			*out = (1u << LANG_N) - 1;
			continue;
		}
		int id = lang_id(s);
		if (id < 0)
			return yaml_err(doc, e, err, "unknown language '%s' (known: c, cpp, "
			                "python, javascript, java, go, php, csharp, all)",
			                s ? s : "?");
		*out |= 1u << id;
	}
	return 0;
}

static int opt_pattern(const struct yaml_doc *doc, const json_t *o, const char *key,
                       pcre2_code **out, char **src, struct tri_err *err)
{
	json_t *v = json_object_get(o, key);
	if (!v)
		return 0;
	if (!json_is_string(v))
		return yaml_err(doc, v, err, "%s must be a pattern (a string)", key);
	if (compile(doc, v, out, err))
		return -1;
	*src = xstrdup(json_string_value(v));
	return 0;
}

static const char *const rule_keys[] = {
	"id", "languages", "cwe", "owasp", "severity", "message", "fix",
	"pattern", "view", "keywords", "unless", "if_file", "unless_file", "in_literals",
	"prefilter", "flow", "not_after", "scope",
};

/* Does a placeholder "{name}" start at p (the '{')? Returns the name's
 * length, 0 when not: a name starts with a letter or '_', so "{2,3}" and
 * "\{" stay regular expression syntax. */
static size_t placeholder_at(const char *p)
{
	size_t k = 1;
	if (p[0] != '{' || !(p[1] == '_' || (p[1] >= 'a' && p[1] <= 'z') ||
	                     (p[1] >= 'A' && p[1] <= 'Z')))
		return 0;
	while (p[k] == '_' || (p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z') ||
	       (p[k] >= '0' && p[k] <= '9'))
		k++;
	return p[k] == '}' ? k - 1 : 0;
}

/* Expand a flow template: each placeholder becomes vals[i] with every
 * character that is not a letter, digit, '_' or a byte >= 0x80 escaped, so
 * the captured text matches literally. vals NULL: each becomes "x" (to
 * check the syntax at load time). */
static void flow_expand(const char *tmpl, const char *const *vals, const size_t *lens,
                        struct buf *out)
{
	size_t i = 0;
	for (const char *p = tmpl; *p;) {
		size_t n;
		if (*p == '\\' && p[1]) {
			buf_add(out, p, 2);
			p += 2;
		} else if ((n = placeholder_at(p))) {
			if (!vals) {
				buf_addc(out, 'x');
			} else {
				for (size_t k = 0; k < lens[i]; k++) {
					unsigned char c = (unsigned char)vals[i][k];
					if (!(c >= 0x80 || c == '_' || (c >= '0' && c <= '9') ||
					      (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
						buf_addc(out, '\\');
					buf_addc(out, (char)c);
				}
			}
			i++;
			p += n + 2;
		} else {
			buf_addc(out, *p++);
		}
	}
}

/* Parse the flow or not_after pattern v of rule r (whose pattern is
 * compiled): every placeholder must name a group of the pattern. */
static int load_flow(const struct yaml_doc *doc, const json_t *v, const struct rule *r,
                     struct flow **out, struct tri_err *err)
{
	const char *tmpl = json_string_value(v);
	struct flow *f;
	size_t alloc = 0;

	if (!tmpl || !*tmpl)
		return yaml_err(doc, v, err, "flow and not_after must be patterns (strings)");
	f = xcalloc(1, sizeof(*f));
	f->tmpl = xstrdup(tmpl);
	for (const char *p = tmpl; *p; p++) {
		size_t n;
		if (*p == '\\' && p[1]) {
			p++;
			continue;
		}
		if (!(n = placeholder_at(p)))
			continue;
		char name[64];
		if (n >= sizeof(name)) {
			flow_free(f);
			return yaml_err(doc, v, err, "placeholder name too long");
		}
		memcpy(name, p + 1, n);
		name[n] = '\0';
		int g = pcre2_substring_number_from_name(r->re, (PCRE2_SPTR)name);
		if (g <= 0) {
			flow_free(f);
			return yaml_err(doc, v, err, "{%s} names no group of the rule's pattern "
			                "(add (?<%s>...) to it)", name, name);
		}
		XGROW(f->groups, alloc, f->n_groups + 1);
		f->groups[f->n_groups++] = g;
		p += n + 1;
	}
	/* check the syntax with every placeholder filled */
	struct buf pat = BUF_INIT;
	int ec;
	PCRE2_SIZE eo;
	flow_expand(tmpl, NULL, NULL, &pat);
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat.s, pat.len, PCRE2_MULTILINE, &ec, &eo,
	                               NULL);
	buf_release(&pat);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof(msg));
		flow_free(f);
		return yaml_err(doc, v, err, "bad pattern: %s", (const char *)msg);
	}
	if (f->n_groups == 0)
		f->fixed = re;
	else
		pcre2_code_free(re);
	*out = f;
	return 0;
}

static int str_member(const struct yaml_doc *doc, const json_t *obj, const char *key,
                      int required, char **out, struct tri_err *err)
{
	json_t *v = json_object_get(obj, key);
	if (!v) {
		if (!required)
			return 0;
		return yaml_err(doc, obj, err, "rule lacks '%s'", key);
	}
	if (!json_is_string(v) || !*json_string_value(v))
		return yaml_err(doc, v, err, "'%s' must be a non-empty string", key);
	*out = xstrdup(json_string_value(v));
	return 0;
}

static int load_rule(struct scan_rules *rs, const struct yaml_doc *doc, const json_t *o,
                     unsigned def_langs, struct tri_err *err)
{
	const char *key;
	json_t *v;
	struct rule r;

	memset(&r, 0, sizeof(r));
	if (!json_is_object(o))
		return yaml_err(doc, o, err, "a rule must be a mapping");
	json_object_foreach((json_t *)o, key, v) {
		size_t k = 0;
		while (k < ARRAY_LEN(rule_keys) && strcmp(key, rule_keys[k]))
			k++;
		if (k == ARRAY_LEN(rule_keys))
			return yaml_err(doc, v, err, "unknown rule key '%s'", key);
	}
	if (str_member(doc, o, "id", 1, &r.id, err) ||
	    str_member(doc, o, "cwe", 1, &r.cwe, err) ||
	    str_member(doc, o, "owasp", 1, &r.owasp, err) ||
	    str_member(doc, o, "message", 1, &r.message, err) ||
	    str_member(doc, o, "fix", 1, &r.fix, err))
		goto fail;
	if (strncmp(r.cwe, "CWE-", 4)) {
		yaml_err(doc, json_object_get(o, "cwe"), err, "cwe must look like CWE-89");
		goto fail;
	}
	for (size_t i = 0; i < rs->n; i++)
		if (!strcmp(rs->v[i].id, r.id)) {
			yaml_err(doc, json_object_get(o, "id"), err, "duplicate rule id '%s'", r.id);
			goto fail;
		}
	v = json_object_get(o, "severity");
	r.sev = scan_sev_parse(json_string_value(v));
	if (!r.sev) {
		yaml_err(doc, v ? v : o, err, "severity must be low, medium or high");
		goto fail;
	}
	r.langs = def_langs;
	if ((v = json_object_get(o, "languages")) && langs_of(doc, v, &r.langs, err))
		goto fail;
	if (!r.langs) {
		yaml_err(doc, o, err, "rule '%s' has no languages", r.id);
		goto fail;
	}
	v = json_object_get(o, "view");
	if (v) {
		const char *s = json_string_value(v);
		if (s && !strcmp(s, "text"))
			r.view = VIEW_TEXT;
		else if (!s || strcmp(s, "code")) {
			yaml_err(doc, v, err, "view must be code or text");
			goto fail;
		}
	}
	v = json_object_get(o, "in_literals");
	if (v && !json_is_boolean(v)) {
		yaml_err(doc, v, err, "in_literals must be true or false");
		goto fail;
	}
	r.in_literals = json_is_true(v);
	v = json_object_get(o, "keywords");
	if (v) {
		size_t i;
		json_t *e;
		if (!json_is_array(v)) {
			yaml_err(doc, v, err, "keywords must be a list of strings");
			goto fail;
		}
		r.kw = xcalloc(json_array_size(v) + 1, sizeof(*r.kw));
		json_array_foreach(v, i, e) {
			if (!json_is_string(e) || !*json_string_value(e)) {
				yaml_err(doc, e, err, "keywords must be non-empty strings");
				goto fail;
			}
			r.kw[r.n_kw++] = xstrdup(json_string_value(e));
		}
	}
	v = json_object_get(o, "pattern");
	if (!json_is_string(v)) {
		yaml_err(doc, v ? v : o, err, "rule '%s' needs a pattern (a string)", r.id);
		goto fail;
	}
	if (compile(doc, v, &r.re, err))
		goto fail;
	r.pat[PAT_RE] = xstrdup(json_string_value(v));
	r.pf_pattern = xstrdup(json_string_value(v));
	if ((v = json_object_get(o, "prefilter"))) {
		/* Checked here for syntax; Vectorscan compiles it later. */
		pcre2_code *pf = NULL;
		if (!json_is_string(v)) {
			yaml_err(doc, v, err, "prefilter must be a pattern (a string)");
			goto fail;
		}
		if (compile(doc, v, &pf, err))
			goto fail;
		pcre2_code_free(pf);
		free(r.pf_pattern);
		r.pf_pattern = xstrdup(json_string_value(v));
	}
	int at = pcre2_substring_number_from_name(r.re, (PCRE2_SPTR) "at");
	r.at_group = at > 0 ? at : 0;
	if ((v = json_object_get(o, "flow")) && load_flow(doc, v, &r, &r.flow, err))
		goto fail;
	if ((v = json_object_get(o, "not_after")) && load_flow(doc, v, &r, &r.not_after, err))
		goto fail;
	if ((v = json_object_get(o, "scope"))) {
		const char *s = json_string_value(v);
		if (s && !strcmp(s, "file"))
			r.scope_file = 1;
		else if (!s || strcmp(s, "function")) {
			yaml_err(doc, v, err, "scope must be function or file");
			goto fail;
		}
		if (!r.flow && !r.not_after) {
			yaml_err(doc, v, err, "scope applies to flow and not_after; the rule has neither");
			goto fail;
		}
	}
	r.cwe_id = cwe_id(r.cwe);
	if (!r.cwe_id) {
		yaml_err(doc, json_object_get(o, "cwe"), err, "cwe must look like CWE-89");
		goto fail;
	}
	/* A CWE the list lacks (a category, a custom rule's label) is kept:
	 * its findings carry no parents. The shipped rules' are all listed
	 * (tests/unit/test_scan.c). */
	if (opt_pattern(doc, o, "unless", &r.unless, &r.pat[PAT_UNLESS], err))
		goto fail;
	if (opt_pattern(doc, o, "if_file", &r.if_file, &r.pat[PAT_IF_FILE], err) ||
	    opt_pattern(doc, o, "unless_file", &r.unless_file, &r.pat[PAT_UNLESS_FILE], err))
		goto fail;
	XGROW(rs->v, rs->alloc, rs->n + 1);
	rs->v[rs->n++] = r;
	return 0;
fail:
	rule_release(&r);
	return -1;
}

static int load_file(struct scan_rules *rs, const char *path, struct tri_err *err)
{
	struct yaml_doc doc;
	int rc = -1;
	unsigned def_langs = 0;
	json_t *v;

	memset(&doc, 0, sizeof(doc));
	if (yaml_load(&doc, path, err))
		return -1;
	if (!json_is_object(doc.root)) {
		err_at(err, TRI_USAGE, path, 1, 0, "a rule file is a mapping with "
		       "'languages' and 'rules'");
		goto out;
	}
	const char *key;
	json_object_foreach(doc.root, key, v) {
		if (strcmp(key, "languages") && strcmp(key, "rules")) {
			yaml_err(&doc, v, err, "unknown key '%s' (expected languages, rules)", key);
			goto out;
		}
	}
	if ((v = json_object_get(doc.root, "languages")) &&
	    langs_of(&doc, v, &def_langs, err))
		goto out;
	v = json_object_get(doc.root, "rules");
	if (!json_is_array(v)) {
		yaml_err(&doc, v ? v : doc.root, err, "'rules' must be a list");
		goto out;
	}
	size_t i;
	json_t *e;
	json_array_foreach(v, i, e)
		if (load_rule(rs, &doc, e, def_langs, err))
			goto out;
	rc = 0;
out:
	yaml_doc_release(&doc);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Where a function (or method) starts, per language, on the code view: the
 * scope of a rule's flow and not_after patterns. Generous on purpose: a
 * line taken for a function start only narrows the scope. */
static const char *const fn_start_pattern[LANG_N] = {
#define BRACE_FN ("^[ \\t]*(?:@\\w+(?:\\([^)\\n]*\\))?[ \\t]*)*" \
	"(?:[\\w:<>,.?\\[\\]~]+[ \\t\\*&]+|[\\*&]+[ \\t]*)*" \
	"(?!(?:if|for|while|switch|return|else|catch|sizeof|new|throw|using|lock|foreach|do|try|synchronized|" \
	"case|await|delete|when|match|fixed)\\b)[\\w:~]+[ \\t]*\\([^;{}]*\\)[^;{}=\\n]*(?:\\{|$)")
	[LANG_C] = BRACE_FN,
	[LANG_CPP] = BRACE_FN,
	[LANG_PYTHON] = "^[ \\t]*(?:async[ \\t]+)?def[ \\t]+\\w",
	[LANG_JS] = ("\\bfunction\\b|^[ \\t]*(?:export[ \\t]+)?(?:const|let|var)[ \\t]+\\w+[ \\t]*"
	             "(?::[^=\\n]*)?=[ \\t]*(?:async[ \\t]*)?(?:\\([^()\\n]*\\)|\\w+)[ \\t]*(?::[^=\\n]*)?=>|"
	             "^[ \\t]*(?:(?:public|private|protected|static|async|get|set)"
	             "[ \\t]+)*(?!(?:if|for|while|switch|catch|return|function)\\b)\\w+[ \\t]*"
	             "\\([^;{}()]*\\)[ \\t]*(?::[^;{}=\\n]*)?\\{"),
	[LANG_JAVA] = BRACE_FN,
	[LANG_GO] = "^func\\b",
	[LANG_PHP] = "\\bfunction\\b",
	[LANG_CSHARP] = BRACE_FN,
	[LANG_RUST] = "\\bfn[ \\t]+\\w",
	[LANG_KOTLIN] = "\\bfun\\b",
	[LANG_SWIFT] = ("\\bfunc[ \\t]+\\w|^[ \\t]*(?:(?:public|private|internal|convenience|"
	                "required|override)[ \\t]+)*init[ \\t]*[?!]?\\("),
	[LANG_RUBY] = "^[ \\t]*def[ \\t]",
#undef BRACE_FN
};

/* The CWE list: cwe.tsv in the rule directory, else in data/scan of the
 * installation (a directory of custom rules need not copy it), else none
 * (findings then carry their own CWE without parents). */
static void cwe_path(struct buf *path, const char *dir)
{
	buf_addf(path, "%s/cwe.tsv", dir);
	if (access(path->s, F_OK)) {
		buf_reset(path);
		buf_addf(path, "%s/data/scan/cwe.tsv", tri_home());
	}
}

static int load_cwe(struct scan_rules *rs, const char *dir, struct tri_err *err)
{
	struct buf path = BUF_INIT;
	int rc = 0;
	cwe_path(&path, dir);
	if (!access(path.s, F_OK))
		rc = cwe_db_load(&rs->cwe, path.s, err);
	buf_release(&path);
	return rc;
}

/* ---- the rule cache ------------------------------------------------------ */

/* Reading the rule files (YAML) and compiling every pattern to check it
 * costs milliseconds that grow with the number of rules, on every run. So
 * once a directory's rules have loaded without error, they are kept in the
 * cache directory (scan_pf.h) as "rules-HASH", HASH naming the directory:
 * a key -- the program's version, PCRE2's, the directory, the identity of
 * the CWE list, and the name and every byte of each rule file -- then the
 * rules, each its languages, its view and a record of the rest (put_rule()).
 * Strings are a decimal length, ':', the bytes and '\n' ("-\n" for none);
 * numbers decimal and '\n'. A run whose rule files are the same byte for
 * byte checks every record, reads the records of the languages it scans
 * (rules_fill()) and compiles a rule's patterns only when it first runs
 * (rule_ready()); any difference, or a damaged file, means reading the
 * YAML again (and replacing the file). */
#define RULES_MAGIC "trilemma-rules 2\n"

static void put_str(struct buf *b, const char *v)
{
	if (!v) {
		buf_adds(b, "-\n");
		return;
	}
	buf_addf(b, "%zu:", strlen(v));
	buf_adds(b, v);
	buf_addc(b, '\n');
}

static void put_int(struct buf *b, long v)
{
	buf_addf(b, "%ld\n", v);
}

struct rd {
	const char *p, *end;
	int bad;
};

/* A string field, left where it is: 1 with *s and *n set, 0 for "-"
 * (none) or when the input is bad (r->bad set). */
static int get_span(struct rd *r, const char **s, size_t *len)
{
	const char *p = r->p;
	size_t n = 0;

	if (r->bad || p >= r->end)
		goto bad;
	if (*p == '-') {
		if (p + 1 >= r->end || p[1] != '\n')
			goto bad;
		r->p = p + 2;
		return 0;
	}
	for (; p < r->end && *p >= '0' && *p <= '9' && n < ((size_t)1 << 28); p++)
		n = n * 10 + (size_t)(*p - '0');
	if (p == r->p || p >= r->end || *p != ':' || (size_t)(r->end - p - 1) < n + 1 ||
	    p[1 + n] != '\n' || memchr(p + 1, '\0', n))
		goto bad;
	*s = p + 1;
	*len = n;
	r->p = p + 2 + n;
	return 1;
bad:
	r->bad = 1;
	return 0;
}

static long get_int(struct rd *r, long lo, long hi)
{
	char *end;
	long v;

	if (r->bad || r->p >= r->end || !memchr(r->p, '\n', (size_t)(r->end - r->p)))
		goto bad;
	errno = 0;
	v = strtol(r->p, &end, 10);
	if (errno || end == r->p || *end != '\n' || v < lo || v > hi)
		goto bad;
	r->p = end + 1;
	return v;
bad:
	r->bad = 1;
	return lo;
}

/* A rule: its languages and view, which every run needs, then the rest
 * as one string field, which a run reads only for the languages it scans
 * (rules_fill()). */
static void put_rule(struct buf *b, const struct rule *r)
{
	struct buf body = BUF_INIT;
	const char *text[] = { r->id, r->cwe, r->owasp, r->message, r->fix, r->pf_pattern };

	for (size_t i = 0; i < ARRAY_LEN(text); i++)
		put_str(&body, text[i]);
	for (size_t i = 0; i < ARRAY_LEN(r->pat); i++)
		put_str(&body, r->pat[i]);
	put_str(&body, r->flow ? r->flow->tmpl : NULL);
	put_str(&body, r->not_after ? r->not_after->tmpl : NULL);
	put_int(&body, (long)r->n_kw);
	for (size_t i = 0; i < r->n_kw; i++)
		put_str(&body, r->kw[i]);
	put_int(&body, r->sev);
	put_int(&body, r->in_literals);
	put_int(&body, r->scope_file);
	put_int(&body, r->cwe_id);
	put_int(b, (long)r->langs);
	put_int(b, r->view);
	buf_addf(b, "%zu:", body.len);
	buf_add(b, body.s, body.len);
	buf_addc(b, '\n');
	buf_release(&body);
}

/* Read a rule's record (its body, see put_rule()) into r when r is not
 * NULL; with r NULL, only check it. -1 when the input is bad (r then holds
 * what was read, for rule_release()). */
static int get_body(struct rd *in, struct rule *r)
{
	char **text[6] = { NULL };
	const char *p;
	size_t n;
	long v;

	if (r) {
		text[0] = &r->id;
		text[1] = &r->cwe;
		text[2] = &r->owasp;
		text[3] = &r->message;
		text[4] = &r->fix;
		text[5] = &r->pf_pattern;
	}
	for (size_t i = 0; i < ARRAY_LEN(text); i++) {
		if (!get_span(in, &p, &n))
			in->bad = 1;
		else if (r)
			*text[i] = xstrndup(p, n);
	}
	for (size_t i = 0; i < PAT_UNLESS_FILE + 1; i++) {
		if (get_span(in, &p, &n)) {
			if (r)
				r->pat[i] = xstrndup(p, n);
		} else if (i == PAT_RE) {
			in->bad = 1;
		}
	}
	for (int k = 0; k < 2; k++) {
		if (!get_span(in, &p, &n) || !r)
			continue;
		struct flow *f = xcalloc(1, sizeof(*f));
		f->tmpl = xstrndup(p, n);
		if (k == 0)
			r->flow = f;
		else
			r->not_after = f;
	}
	size_t n_kw = (size_t)get_int(in, 0, 1 << 16);
	if (r)
		r->kw = xcalloc(n_kw + 1, sizeof(*r->kw));
	for (size_t i = 0; i < n_kw && !in->bad; i++) {
		if (!get_span(in, &p, &n))
			in->bad = 1;
		else if (r)
			r->kw[r->n_kw++] = xstrndup(p, n);
	}
	v = get_int(in, SCAN_LOW, SCAN_HIGH);
	if (r)
		r->sev = (enum scan_sev)v;
	v = get_int(in, 0, 1);
	if (r)
		r->in_literals = (int)v;
	v = get_int(in, 0, 1);
	if (r)
		r->scope_file = (int)v;
	v = get_int(in, 1, INT_MAX);
	if (r)
		r->cwe_id = (int)v;
	return in->bad || in->p != in->end ? -1 : 0;
}

/* Read the records of the rules of lang from the rule cache, the first
 * time a text of lang is scanned: a run reads the rules of the languages
 * it meets, whatever the number of the others. The records were checked
 * when the cache was loaded. */
static void rules_fill(const struct scan_rules *rs, enum lex_lang lang)
{
	struct scan_rules *m = (struct scan_rules *)rs;

	if (__atomic_load_n(&m->filled[lang], __ATOMIC_ACQUIRE))
		return;
	pthread_mutex_lock(&m->mu);
	for (size_t i = 0; i < m->n; i++) {
		struct rule *r = &m->v[i];
		if (!r->rec || !(r->langs & (1u << lang)))
			continue;
		struct rd in = { r->rec, r->rec + r->rec_len, 0 };
		(void)get_body(&in, r);   /* checked at load: cannot fail */
		r->rec = NULL;
	}
	__atomic_store_n(&m->filled[lang], 1, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&m->mu);
}

/* The key of a rule directory: 0, or -1 when a file cannot be read (the
 * YAML loader then reports it). */
static int rules_key(struct buf *key, const char *dir, char *const *names, size_t n)
{
	struct buf path = BUF_INIT, b = BUF_INIT;
	int rc = 0;

	struct stat st;
	buf_addf(key, "trilemma %s\npcre2 %d.%d\n", TRI_VERSION, PCRE2_MAJOR, PCRE2_MINOR);
	put_str(key, dir);
	/* the CWE list, loaded later (scan_rules_cwe()): its identity */
	cwe_path(&path, dir);
	if (stat(path.s, &st) == 0)
		buf_addf(key, "cwe %s %llu %llu %lld %lld.%09ld\n", path.s,
		         (unsigned long long)st.st_dev, (unsigned long long)st.st_ino,
		         (long long)st.st_size, (long long)st.st_mtim.tv_sec,
		         (long)st.st_mtim.tv_nsec);
	else
		buf_adds(key, "cwe none\n");
	for (size_t i = 0; i < n && rc == 0; i++) {
		buf_reset(&path);
		buf_addf(&path, "%s/%s", dir, names[i]);
		buf_reset(&b);
		if (buf_read_regular(&b, path.s, (size_t)8 << 20)) {
			rc = -1;
			break;
		}
		put_str(key, names[i]);
		buf_addf(key, "%zu:", b.len);
		buf_add(key, b.s, b.len);
		buf_addc(key, '\n');
	}
	buf_release(&path);
	buf_release(&b);
	return rc;
}

/* The cache file's name for dir: FNV-1a of the directory's path. */
static void rules_cache_name(char *name, size_t size, const char *dir)
{
	unsigned long long h = 1469598103934665603ULL;
	for (const char *p = dir; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	snprintf(name, size, "rules-%016llx", h);
}

/* Load the rules from the cache when its key is key: 0, or -1 (rs left
 * without rules). */
static int rules_cache_load(struct scan_rules *rs, const char *name, const struct buf *key)
{
	struct buf b = BUF_INIT;
	size_t ml = strlen(RULES_MAGIC);
	const char *p;
	size_t n;
	int rc = -1;

	if (scan_cache_read(name, &b) || b.len < ml || memcmp(b.s, RULES_MAGIC, ml))
		goto out;
	struct rd in = { b.s + ml, b.s + b.len, 0 };
	if (!get_span(&in, &p, &n) || n != key->len || memcmp(p, key->s, n))
		goto out;
	size_t count = (size_t)get_int(&in, 1, 1 << 20);
	for (size_t i = 0; i < count && !in.bad; i++) {
		struct rule r;
		memset(&r, 0, sizeof(r));
		r.langs = (unsigned)get_int(&in, 1, (1L << LANG_N) - 1);
		r.view = (enum view)get_int(&in, VIEW_CODE, VIEW_TEXT);
		if (!get_span(&in, &r.rec, &r.rec_len))
			break;
		struct rd body = { r.rec, r.rec + r.rec_len, 0 };
		if (in.bad || get_body(&body, NULL))
			in.bad = 1;
		else {
			XGROW(rs->v, rs->alloc, rs->n + 1);
			rs->v[rs->n++] = r;
		}
	}
	if (!in.bad && in.p == in.end && rs->n == count)
		rc = 0;
out:
	if (rc) {
		for (size_t i = 0; i < rs->n; i++)
			rule_release(&rs->v[i]);
		rs->n = 0;
		buf_release(&b);
	} else {
		rs->rcache = buf_detach(&b);   /* the records point into it */
	}
	return rc;
}

static void rules_cache_store(const struct scan_rules *rs, const char *name,
                              const struct buf *key)
{
	struct buf b = BUF_INIT;

	buf_adds(&b, RULES_MAGIC);
	buf_addf(&b, "%zu:", key->len);
	buf_add(&b, key->s, key->len);
	buf_addc(&b, '\n');
	put_int(&b, (long)rs->n);
	for (size_t i = 0; i < rs->n; i++)
		put_rule(&b, &rs->v[i]);
	scan_cache_write(name, b.s, b.len);
	buf_release(&b);
}

int scan_rules_load(struct scan_rules **out, const char *dir, struct tri_err *err)
{
	struct buf path = BUF_INIT, def = BUF_INIT, key = BUF_INIT;
	struct scan_rules *rs = xcalloc(1, sizeof(*rs));
	char **names = NULL;

	pthread_mutex_init(&rs->mu, NULL);
	for (size_t l = 0; l < LANG_N; l++)
		pthread_mutex_init(&rs->lpf[l].mu, NULL);
	size_t n_names = 0, alloc_names = 0;
	int rc = -1;
	DIR *d;
	struct dirent *de;

	*out = NULL;
	if (!dir) {
		buf_addf(&def, "%s/data/scan", tri_home());
		dir = def.s;
	}
	d = opendir(dir);
	if (!d) {
		err_set(err, TRI_USAGE, "cannot open the rule directory %s: %s "
		        "(set TRILEMMA_HOME to the directory holding data/scan)",
		        dir, strerror(errno));
		goto out;
	}
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);
		if (de->d_name[0] == '.' || l < 6 || strcmp(de->d_name + l - 5, ".yaml"))
			continue;
		XGROW(names, alloc_names, n_names + 1);
		names[n_names++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n_names, sizeof(*names), cmp_str);   /* a stable rule order */
	char cname[64];
	int keyed = tri_cache_dir() && rules_key(&key, dir, names, n_names) == 0;
	rules_cache_name(cname, sizeof(cname), dir);
	if (keyed && rules_cache_load(rs, cname, &key) == 0) {
		cwe_path(&path, dir);
		if (!access(path.s, F_OK))
			rs->cwe_later = xstrdup(path.s);
		goto loaded;
	}
	if (load_cwe(rs, dir, err))
		goto out;
	for (size_t i = 0; i < n_names; i++) {
		buf_reset(&path);
		buf_addf(&path, "%s/%s", dir, names[i]);
		if (load_file(rs, path.s, err))
			goto out;
	}
	if (rs->n == 0) {
		err_set(err, TRI_USAGE, "no rules in %s (expected *.yaml rule files)", dir);
		goto out;
	}
	if (keyed)
		rules_cache_store(rs, cname, &key);
loaded:
	*out = rs;
	rs = NULL;
	rc = 0;
out:
	for (size_t i = 0; i < n_names; i++)
		free(names[i]);
	free(names);
	buf_release(&path);
	buf_release(&def);
	buf_release(&key);
	scan_rules_free(rs);
	return rc;
}

/* ---- matching --------------------------------------------------------- */

/* The offset of each line's first byte, computed on the first finding
 * (most texts have none). */
struct lines {
	const char *t;
	size_t len;
	size_t *start;       /* kept by the scan context */
	size_t n, alloc;
	int built;
};

static void lines_build(struct lines *li)
{
	XGROW(li->start, li->alloc, 64);
	li->built = 1;
	li->n = 0;
	li->start[li->n++] = 0;
	for (const char *p = li->t, *end = li->t + li->len; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			break;
		XGROW(li->start, li->alloc, li->n + 1);
		li->start[li->n++] = (size_t)(nl - li->t) + 1;
		p = nl + 1;
	}
}

/* 0-based line index of offset. */
static size_t line_of(struct lines *li, size_t off)
{
	if (!li->built)
		lines_build(li);
	size_t lo = 0, hi = li->n;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (li->start[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

static const char *const quiet_marks[] = { "nosec", "trilemma:ignore", "NOSONAR" };

/* Does [from, to) of src hold a marker where the text view blanked it (in a
 * comment)? */
static int marker_in_comment(const char *src, const struct lex_out *lx, size_t from,
                             size_t to)
{
	for (size_t k = 0; k < ARRAY_LEN(quiet_marks); k++) {
		size_t ml = strlen(quiet_marks[k]);
		for (size_t i = from; i + ml <= to;) {
			const char *p = memmem(src + i, to - i, quiet_marks[k], ml);
			if (!p)
				break;
			size_t at = (size_t)(p - src);
			if (lx->text[at] != src[at])
				return 1;
			i = at + 1;
		}
	}
	return 0;
}

/* Is the line [ls, le) of src (len bytes) suppressed: does a comment on it
 * hold "nosec", "trilemma:ignore" or "NOSONAR", or does a block comment
 * that starts on it hold one further down? A marker is in a comment when
 * the text view has it blanked. Only asked for lines with a finding, so
 * the lexer need not look for markers. */
static int quiet_line(const char *src, size_t len, const struct lex_out *lx,
                      enum lex_lang lang, size_t ls, size_t le)
{
	if (marker_in_comment(src, lx, ls, le))
		return 1;
	if (lang == LANG_PYTHON || lang == LANG_RUBY)
		return 0;
	for (size_t i = ls; i + 2 <= le;) {
		const char *p = memmem(src + i, le - i, "/*", 2);
		if (!p)
			break;
		size_t at = (size_t)(p - src);
		if (lx->text[at] != src[at]) {   /* a comment opens here */
			const char *e = memmem(src + at + 2, len - at - 2, "*/", 2);
			size_t end = e ? (size_t)(e - src) : len;
			if (end > le)
				return marker_in_comment(src, lx, le, end);
			i = end + 2;
			continue;
		}
		i = at + 1;
	}
	return 0;
}

static void add_finding(struct scan_result *out, const struct rule *r, const char *file,
                        long line, long col, enum lex_lang lang)
{
	if (out->n - out->file_first >= SCAN_MAX_PER_FILE) {
		out->not_listed[r->sev]++;
		return;
	}
	XGROW(out->v, out->alloc, out->n + 1);
	struct scan_finding *f = &out->v[out->n++];
	f->rule_id = r->id;
	f->file = xstrdup(file);
	f->line = line;
	f->col = col;
	f->sev = r->sev;
	f->cwe = r->cwe;
	f->owasp = r->owasp;
	f->message = r->message;
	f->fix = r->fix;
	f->lang = lang_names[lang];
}

static int match_err(int rc, const struct rule *r, const char *name, struct tri_err *err)
{
	PCRE2_UCHAR msg[256];
	pcre2_get_error_message(rc, msg, sizeof(msg));
	return err_set(err, TRI_RUNTIME, "%s: rule %s could not run: %s",
	               name, r->id, (const char *)msg);
}

/* A rule with keywords runs only when one of them occurs in the text. */
static int keywords_present(const struct rule *r, const char *text, size_t len)
{
	if (r->n_kw == 0)
		return 1;
	for (size_t k = 0; k < r->n_kw; k++)
		if (memmem(text, len, r->kw[k], strlen(r->kw[k])))
			return 1;
	return 0;
}

/* Bind a flow pattern loaded from the rule cache to its rule's compiled
 * pattern: the group of each placeholder, or the compiled pattern when it
 * has none. The rule files were checked when the cache was written, so
 * this fails only when the cache lies. */
static int flow_bind(struct flow *f, const pcre2_code *re)
{
	size_t alloc = 0;
	int ec;
	PCRE2_SIZE eo;

	for (const char *p = f->tmpl; *p; p++) {
		size_t n;
		char name[64];
		if (*p == '\\' && p[1]) {
			p++;
			continue;
		}
		if (!(n = placeholder_at(p)))
			continue;
		if (n >= sizeof(name))
			return -1;
		memcpy(name, p + 1, n);
		name[n] = '\0';
		int g = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
		if (g <= 0)
			return -1;
		XGROW(f->groups, alloc, f->n_groups + 1);
		f->groups[f->n_groups++] = g;
		p += n + 1;
	}
	if (f->n_groups == 0 &&
	    !(f->fixed = pcre2_compile((PCRE2_SPTR)f->tmpl, PCRE2_ZERO_TERMINATED,
	                               PCRE2_MULTILINE, &ec, &eo, NULL)))
		return -1;
	return 0;
}

/* Compile the patterns of a rule loaded from the rule cache. */
static void flow_unbind(struct flow *f)
{
	if (!f)
		return;
	free(f->groups);
	f->groups = NULL;
	f->n_groups = 0;
	pcre2_code_free(f->fixed);
	f->fixed = NULL;
}

static int rule_compile(struct rule *r)
{
	pcre2_code **code[] = { &r->re, &r->unless, &r->if_file, &r->unless_file };
	int ec;
	PCRE2_SIZE eo;

	if (r->re)   /* read from YAML: compiled and bound at load */
		return 0;
	for (size_t i = 0; i < ARRAY_LEN(code); i++)
		if (r->pat[i] &&
		    !(*code[i] = pcre2_compile((PCRE2_SPTR)r->pat[i], PCRE2_ZERO_TERMINATED,
		                               PCRE2_MULTILINE, &ec, &eo, NULL)))
			goto fail;
	int at = pcre2_substring_number_from_name(r->re, (PCRE2_SPTR) "at");
	r->at_group = at > 0 ? at : 0;
	if ((r->flow && flow_bind(r->flow, r->re)) ||
	    (r->not_after && flow_bind(r->not_after, r->re)))
		goto fail;
	return 0;
fail:   /* all or nothing: the next try starts again */
	for (size_t i = 0; i < ARRAY_LEN(code); i++) {
		pcre2_code_free(*code[i]);
		*code[i] = NULL;
	}
	flow_unbind(r->flow);
	flow_unbind(r->not_after);
	return -1;
}

/* Make a rule ready to run, the first time it runs: compile its patterns
 * when they come from the rule cache (rules read from YAML were compiled
 * to check them), and JIT-compile them. Most scans use a few of the rules,
 * and compiling all of them would dominate a short scan; the rules of a
 * language that is not scanned are never compiled. The rules are otherwise
 * read-only; this is guarded by rs->mu. JIT is an optimisation: where it
 * is unavailable, matching still works. */
static int rule_ready(const struct scan_rules *rs, const struct rule *r)
{
	struct scan_rules *m = (struct scan_rules *)rs;
	struct rule *w = (struct rule *)r;
	int rc = 0;

	if (__atomic_load_n(&w->ready, __ATOMIC_ACQUIRE))
		return 0;
	pthread_mutex_lock(&m->mu);
	if (!w->ready) {
		rc = rule_compile(w);
		if (rc == 0) {
			pcre2_code *all[] = { w->re, w->unless, w->if_file, w->unless_file };
			for (size_t i = 0; i < ARRAY_LEN(all); i++)
				if (all[i])
					(void)pcre2_jit_compile(all[i], PCRE2_JIT_COMPLETE);
			__atomic_store_n(&w->ready, 1, __ATOMIC_RELEASE);
		}
	}
	pthread_mutex_unlock(&m->mu);
	return rc;
}

/* 1 when the rule's file-level conditions hold, 0 when not, or a PCRE2
 * error code. */
static int file_cond(const struct rule *r, const struct lex_out *lx, pcre2_match_data *md)
{
	int rc;
	if (r->if_file) {
		rc = pcre2_match(r->if_file, (PCRE2_SPTR)lx->text, lx->len, 0, 0, md, NULL);
		if (rc == PCRE2_ERROR_NOMATCH)
			return 0;
		if (rc < 0)
			return rc;
	}
	if (r->unless_file) {
		rc = pcre2_match(r->unless_file, (PCRE2_SPTR)lx->text, lx->len, 0, 0, md, NULL);
		if (rc >= 0)
			return 0;
		if (rc != PCRE2_ERROR_NOMATCH)
			return rc;
	}
	return 1;
}

/* The function starts of a text, found on the first flow check. */
struct scopes {
	size_t *v;
	size_t n, alloc;
	int built;
};

/* The function-start pattern of lang, compiled (and JIT-compiled) on
 * first use (under rs->mu); NULL when it cannot be. */
static const pcre2_code *fn_start_re(const struct scan_rules *rs, enum lex_lang lang)
{
	struct scan_rules *m = (struct scan_rules *)rs;
	pcre2_code *re = __atomic_load_n(&m->fn_start[lang], __ATOMIC_ACQUIRE);
	int ec;
	PCRE2_SIZE eo;

	if (re)
		return re;
	pthread_mutex_lock(&m->mu);
	if (!m->fn_start[lang]) {
		re = pcre2_compile((PCRE2_SPTR)fn_start_pattern[lang], PCRE2_ZERO_TERMINATED,
		                   PCRE2_MULTILINE, &ec, &eo, NULL);
		/* it runs over whole files: JIT-compiled, as the rules are */
		if (re)
			(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		__atomic_store_n(&m->fn_start[lang], re, __ATOMIC_RELEASE);
	}
	re = m->fn_start[lang];
	pthread_mutex_unlock(&m->mu);
	return re;
}

/* Where the scope of a match at off starts: the nearest function start at
 * or before off, else 0. */
static int scope_start(const struct scan_rules *rs, enum lex_lang lang,
                       const struct lex_out *lx, struct scopes *sc, pcre2_match_data *md,
                       size_t off, size_t *out)
{
	if (!sc->built) {
		size_t start = 0;
		const pcre2_code *fn = fn_start_re(rs, lang);
		if (!fn)
			return PCRE2_ERROR_NOMEMORY;
		for (;;) {
			int rc = pcre2_match(fn, (PCRE2_SPTR)lx->code, lx->len, start,
			                     0, md, NULL);
			if (rc == PCRE2_ERROR_NOMATCH)
				break;
			if (rc < 0)
				return rc;
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			XGROW(sc->v, sc->alloc, sc->n + 1);
			sc->v[sc->n++] = ov[0];
			start = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		}
		sc->built = 1;
	}
	size_t lo = 0, hi = sc->n;   /* the last start <= off */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (sc->v[mid] <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	*out = lo ? sc->v[lo - 1] : 0;
	return 0;
}

#define FLOW_CAPTURE_MAX 256   /* a captured name longer than this is not followed */

/* Does flow pattern f match in [from, to) of the text view, starting in
 * code? ov holds the rule's match (rc groups set), whose captures fill the
 * placeholders. Returns 1, 0, or a PCRE2 error code. */
static int flow_found(const struct flow *f, const struct lex_out *lx, const PCRE2_SIZE *ov,
                      int rc_main, size_t from, size_t to, pcre2_match_data *md)
{
	pcre2_code *re = f->fixed;
	int rc = 0;

	if (!re) {
		const char *vals[16];
		size_t lens[16];
		if (f->n_groups > ARRAY_LEN(vals))
			return 0;
		for (size_t i = 0; i < f->n_groups; i++) {
			int g = f->groups[i];
			if (g >= rc_main || ov[2 * g] == PCRE2_UNSET ||
			    ov[2 * g + 1] - ov[2 * g] > FLOW_CAPTURE_MAX || ov[2 * g + 1] == ov[2 * g])
				return 0;
			vals[i] = lx->text + ov[2 * g];
			lens[i] = ov[2 * g + 1] - ov[2 * g];
		}
		struct buf pat = BUF_INIT;
		int ec;
		PCRE2_SIZE eo;
		flow_expand(f->tmpl, vals, lens, &pat);
		re = pcre2_compile((PCRE2_SPTR)pat.s, pat.len, PCRE2_MULTILINE, &ec, &eo, NULL);
		buf_release(&pat);
		if (!re)
			return ec < 0 ? ec : PCRE2_ERROR_INTERNAL;
	}
	for (size_t start = from; start < to;) {
		rc = pcre2_match(re, (PCRE2_SPTR)lx->text, to, start, 0, md, NULL);
		if (rc == PCRE2_ERROR_NOMATCH) {
			rc = 0;
			break;
		}
		if (rc < 0)
			break;
		PCRE2_SIZE m = pcre2_get_ovector_pointer(md)[0];
		if (lx->code[m] == lx->text[m]) {   /* starts in code, not in a literal */
			rc = 1;
			break;
		}
		start = m + 1;
		rc = 0;
	}
	if (re != f->fixed)
		pcre2_code_free(re);
	return rc;
}

/* Run rule r over the view; findings at line_base + line. */
static int run_rule(const struct scan_rules *rs, const struct rule *r,
                    const struct lex_out *lx, struct lines *li, struct scopes *sc,
                    pcre2_match_data *md, pcre2_match_data *md2, const char *name,
                    long line_base, enum lex_lang lang, struct scan_result *out,
                    struct tri_err *err)
{
	const char *view = r->view == VIEW_TEXT ? lx->text : lx->code;
	size_t len = lx->len, start = 0;
	if (rule_ready(rs, r))
		return err_set(err, TRI_RUNTIME, "rule %s: its patterns do not compile (the rule "
		               "cache is damaged: remove it)", r->id);
	int fc = file_cond(r, lx, md);

	if (fc < 0)
		return match_err(fc, r, name, err);
	if (fc == 0)
		return 0;

	while (start < len) {
		int rc = pcre2_match(r->re, (PCRE2_SPTR)view, len, start, 0, md, NULL);
		if (rc == PCRE2_ERROR_NOMATCH)
			return 0;
		if (rc < 0)
			return match_err(rc, r, name, err);
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		size_t at = ov[0];
		if (r->at_group && (int)r->at_group < rc && ov[2 * r->at_group] != PCRE2_UNSET)
			at = ov[2 * r->at_group];
		/* A text-view match must start in code, not inside a string (the
		 * code view differs from the text view exactly there). */
		if (r->view == VIEW_TEXT && !r->in_literals &&
		    lx->code[ov[0]] != lx->text[ov[0]]) {
			start = ov[0] + 1;
			continue;
		}
		size_t ln = line_of(li, at);
		size_t ls = li->start[ln];
		size_t le = ln + 1 < li->n ? li->start[ln + 1] : len;
		int keep = !quiet_line(li->t, li->len, lx, lang, ls, le);
		size_t m_end = ov[1];
		/* the veto on the line first: it is cheaper than a look back, and
		 * it leaves md (the match) alone */
		if (keep && r->unless) {
			int u = pcre2_match(r->unless, (PCRE2_SPTR)lx->text, le, ls, 0, md2, NULL);
			if (u >= 0)
				keep = 0;
			else if (u != PCRE2_ERROR_NOMATCH)
				return match_err(u, r, name, err);
		}
		if (keep && (r->flow || r->not_after)) {
			size_t from = 0;
			int f;
			if (!r->scope_file && (f = scope_start(rs, lang, lx, sc, md2, ov[0], &from)))
				return match_err(f, r, name, err);
			if (r->flow) {
				f = flow_found(r->flow, lx, ov, rc, from, ov[0], md2);
				if (f < 0)
					return match_err(f, r, name, err);
				keep = f;
			}
			if (keep && r->not_after) {
				f = flow_found(r->not_after, lx, ov, rc, from, ov[0], md2);
				if (f < 0)
					return match_err(f, r, name, err);
				keep = !f;
			}
		}
		if (keep)
			add_finding(out, r, name, line_base + (long)ln + 1,
			            (long)(at - ls) + 1, lang);
		/* One finding per rule and line: resume at the next line. */
		start = le > m_end ? le : m_end;
		if (start <= at)
			start = at + 1;
	}
	return 0;
}

/* One view's database of a language, built on its own thread. */
struct view_build {
	char name[32];
	const char **pats;
	unsigned *ids;
	unsigned char *ok;
	size_t m;
	struct pf *pf;
};

static void *view_build_run(void *arg)
{
	struct view_build *vb = arg;
	vb->pf = pf_build(vb->name, vb->pats, vb->ids, vb->m, vb->ok);
	return NULL;
}

/* Build lang's prefilter (under its lock): the code-view and text-view
 * patterns of its rules, each reporting its rule's index. Each view's
 * database comes from the cache when it can; when both must be compiled
 * (a cold cache: 0.05-0.2 s each), the text view's is compiled on a
 * second thread. */
static void lang_pf_build(struct scan_rules *rs, enum lex_lang lang)
{
	struct lang_pf *lp = &rs->lpf[lang];
	struct view_build vb[2];
	size_t alloc = 0;

	memset(vb, 0, sizeof(vb));
	for (int view = VIEW_CODE; view <= VIEW_TEXT; view++) {
		struct view_build *b = &vb[view];
		b->pats = xcalloc(rs->n + 1, sizeof(*b->pats));
		b->ids = xcalloc(rs->n + 1, sizeof(*b->ids));
		b->ok = xcalloc(rs->n + 1, 1);
		for (size_t i = 0; i < rs->n; i++)
			if ((rs->v[i].langs & (1u << lang)) && rs->v[i].view == (enum view)view) {
				b->pats[b->m] = rs->v[i].pf_pattern;
				b->ids[b->m++] = (unsigned)i;
			}
		snprintf(b->name, sizeof(b->name), "%s-%s", lang_names[lang],
		         view == VIEW_TEXT ? "text" : "code");
		if (b->m)
			b->pf = pf_load(b->name, b->pats, b->ids, b->m, b->ok);
	}
	int debug = getenv("TRILEMMA_SCAN_DEBUG") != NULL;
	int compiled[2] = { vb[VIEW_CODE].m && !vb[VIEW_CODE].pf,
	                    vb[VIEW_TEXT].m && !vb[VIEW_TEXT].pf };
	pthread_t tid;
	int threaded = vb[VIEW_CODE].m && !vb[VIEW_CODE].pf && vb[VIEW_TEXT].m &&
	               !vb[VIEW_TEXT].pf &&
	               pthread_create(&tid, NULL, view_build_run, &vb[VIEW_TEXT]) == 0;
	for (int view = VIEW_CODE; view <= VIEW_TEXT; view++)
		if (vb[view].m && !vb[view].pf && !(threaded && view == VIEW_TEXT))
			view_build_run(&vb[view]);
	if (threaded)
		pthread_join(tid, NULL);
	for (int view = VIEW_CODE; view <= VIEW_TEXT; view++) {
		struct view_build *b = &vb[view];
		lp->pf[view] = b->pf;
		for (size_t k = 0; k < b->m; k++)
			if (!b->ok[k]) {
				XGROW(lp->always, alloc, lp->n_always + 1);
				lp->always[lp->n_always++] = b->ids[k];
				/* for rule authors: such a rule costs a PCRE2 pass on
				 * every text of the language that holds its keywords */
				if (getenv("TRILEMMA_SCAN_DEBUG"))
					fprintf(stderr, "trilemma scan: rule %s (%s) cannot be "
					        "prefiltered; it runs on every %s text\n",
					        rs->v[b->ids[k]].id, lang_names[lang], lang_names[lang]);
			}
		/* for rule authors: the patterns that make a first run (an
		 * empty cache) slow, each compiled alone to time it */
		for (size_t k = 0; debug && compiled[view] && k < b->m; k++) {
			double ms = b->ok[k] ? pf_compile_ms(b->pats[k]) : -1;
			if (ms >= 10)
				fprintf(stderr, "trilemma scan: rule %s (%s, %s view) takes %.0f ms "
				        "to compile for the prefilter; a simpler `prefilter` "
				        "would shorten a run with an empty cache\n",
				        rs->v[b->ids[k]].id, lang_names[lang],
				        view == VIEW_TEXT ? "text" : "code", ms);
		}
		free(b->pats);
		free(b->ids);
		free(b->ok);
	}
	lp->built = 1;
}

/* Mark in cand[] the rules of lang that may match: those the prefilter
 * reports on their view, and those it cannot judge. */
static void candidates(const struct scan_rules *rs, enum lex_lang lang,
                       const struct lex_out *lx, unsigned char *cand,
                       struct pf_scratch **scratch)
{
	struct scan_rules *m = (struct scan_rules *)rs;   /* the lazy parts */
	struct lang_pf *lp = &m->lpf[lang];

	pthread_mutex_lock(&lp->mu);
	if (!lp->built)
		lang_pf_build(m, lang);
	pthread_mutex_unlock(&lp->mu);

	for (int view = VIEW_CODE; view <= VIEW_TEXT; view++) {
		const struct pf *pf = lp->pf[view];
		if (pf && pf_scan_padded(pf, scratch, view == VIEW_TEXT ? lx->text : lx->code,
		                         lx->len, cand)) {
			/* The prefilter could not run: every rule of the view may match. */
			for (size_t i = 0; i < rs->n; i++)
				if (rs->v[i].view == (enum view)view)
					cand[i] = 1;
		}
	}
	for (size_t k = 0; k < lp->n_always; k++)
		cand[lp->always[k]] = 1;
}

/* A scan context from the pool, or a new one, with views of at least len
 * + 1 bytes. */
static struct scan_ctx *ctx_get(const struct scan_rules *rs, size_t len)
{
	struct scan_rules *m = (struct scan_rules *)rs;
	struct scan_ctx *c = NULL;

	pthread_mutex_lock(&m->mu);
	if (m->n_pool)
		c = m->pool[--m->n_pool];
	pthread_mutex_unlock(&m->mu);
	if (!c) {
		c = xcalloc(1, sizeof(*c));
		c->cand = xcalloc(rs->n + 1, 1);
	}
	if (c->cap < len + PF_PAD + 1) {   /* room for the prefilter's padding */
		size_t cap = c->cap ? c->cap : 4096;
		while (cap < len + PF_PAD + 1)
			cap = cap > SIZE_MAX / 2 ? len + PF_PAD + 1 : cap * 2;
		views_free(c);
		views_alloc(c, cap);
	}
	return c;
}

/* Back to the pool; views that were grown for a very large text go. */
static void ctx_put(const struct scan_rules *rs, struct scan_ctx *c)
{
	struct scan_rules *m = (struct scan_rules *)rs;

	if (c->cap > CTX_KEEP)
		views_free(c);
	pthread_mutex_lock(&m->mu);
	XGROW(m->pool, m->alloc_pool, m->n_pool + 1);
	m->pool[m->n_pool++] = c;
	pthread_mutex_unlock(&m->mu);
}

static int scan_lang(const struct scan_rules *rs, const char *name, enum lex_lang lang,
                     long line_base, const char *text, size_t len,
                     struct scan_result *out, struct tri_err *err)
{
	struct scan_ctx *c = ctx_get(rs, len);
	struct lex_out lx = { c->code, c->text, len };   /* borrowed from c */
	struct lines li = { text, len, c->lines, 0, c->alloc_lines, 0 };
	struct scopes sc = { c->scopes, 0, c->alloc_scopes, 0 };
	unsigned char *cand = c->cand;
	int rc = 0;
	size_t first = out->n;

	memset(cand, 0, rs->n + 1);
	rules_fill(rs, lang);
	lex_into(lang, text, len, lx.code, lx.text);
	/* the views as the prefilter scans them (pf_scan_padded()): at a
	 * multiple of 64 bytes (views_alloc()), then PF_PAD newlines */
	memset(lx.code + len, '\n', PF_PAD);
	memset(lx.text + len, '\n', PF_PAD);
	candidates(rs, lang, &lx, cand, &c->scratch);
	lx.code[len] = lx.text[len] = '\0';
	for (size_t i = 0; i < rs->n && rc == 0; i++) {
		const struct rule *r = &rs->v[i];
		if (!cand[i] || !(r->langs & (1u << lang)) || !keywords_present(r, text, len))
			continue;
		if ((!c->md && !(c->md = pcre2_match_data_create(16, NULL))) ||
		    (!c->md2 && !(c->md2 = pcre2_match_data_create(4, NULL)))) {
			rc = err_set(err, TRI_RUNTIME, "out of memory for PCRE2 match data");
			break;
		}
		rc = run_rule(rs, r, &lx, &li, &sc, c->md, c->md2, name, line_base, lang, out,
		              err);
	}
	c->lines = li.start;
	c->alloc_lines = li.alloc;
	c->scopes = sc.v;
	c->alloc_scopes = sc.alloc;
	ctx_put(rs, c);
	if (rc == 0 && out->n > first) {
		struct scan_result part = { .v = out->v + first, .n = out->n - first };
		scan_result_sort(&part);
	}
	return rc;
}

int scan_buffer(const struct scan_rules *r, const char *name, const char *lang,
                const char *text, size_t len, struct scan_result *out,
                struct tri_err *err)
{
	const char *l = lang;
	out->file_first = out->n;
	if (!l && name)
		l = scan_lang_from_path(name);
	if (!l)
		l = scan_lang_guess(text, len);
	int id = lang_id(l);
	if (id < 0) {
		if (lang)
			return err_set(err, TRI_USAGE, "unknown language '%s' (known: c, cpp, "
			               "python, javascript, typescript, java, go, php, csharp, rust, kotlin, "
			               "swift, ruby)",
			               lang);
		return 0;
	}
	return scan_lang(r, name ? name : "-", (enum lex_lang)id, 0, text, len, out, err);
}

/* ---- Markdown ----------------------------------------------------------- */

/* A fence line: up to 3 spaces, then 3+ backticks or tildes. Returns the
 * fence length (0 when not a fence) and the fence character. */
static size_t fence_at(const char *p, const char *end, char *fc)
{
	int ind = 0;
	while (p < end && *p == ' ' && ind < 4) {
		p++;
		ind++;
	}
	if (ind > 3 || p >= end || (*p != '`' && *p != '~'))
		return 0;
	char c = *p;
	size_t k = 0;
	while (p + k < end && p[k] == c)
		k++;
	if (k < 3)
		return 0;
	*fc = c;
	return k;
}

int scan_markdown(const struct scan_rules *r, const char *name, const char *text,
                  size_t len, struct scan_result *out, size_t *n_blocks,
                  struct tri_err *err)
{
	const char *p = text, *end = text + len;
	long line = 1;
	size_t blocks = 0;
	out->file_first = out->n;

	if (n_blocks)
		*n_blocks = 0;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *next = eol ? eol + 1 : end;
		char fc;
		size_t fl = fence_at(p, eol ? eol : end, &fc);
		if (!fl) {
			p = next;
			line++;
			continue;
		}
		/* The info string's first word is the language. */
		const char *info = p;
		while (*info == ' ')
			info++;
		info += fl;
		while (info < next && (*info == ' ' || *info == '\t' || *info == '{' || *info == '.'))
			info++;
		const char *ie = info;
		while (ie < next && !strchr(" \t\r\n,{}", *ie))
			ie++;
		char tag[32] = "";
		if (ie > info && (size_t)(ie - info) < sizeof(tag)) {
			memcpy(tag, info, (size_t)(ie - info));
			tag[ie - info] = '\0';
		}
		/* The body runs to a closing fence of the same character, at least
		 * as long, with nothing after it; or to the end. */
		const char *body = next, *q = next, *close_next = end;
		long body_line = line + 1, l2 = line + 1;
		const char *body_end = end;
		while (q < end) {
			const char *e2 = memchr(q, '\n', (size_t)(end - q));
			const char *n2 = e2 ? e2 + 1 : end;
			char fc2;
			size_t fl2 = fence_at(q, e2 ? e2 : end, &fc2);
			if (fl2 >= fl && fc2 == fc) {
				const char *rest = q;
				while (*rest == ' ')
					rest++;
				rest += fl2;
				while (rest < n2 && (*rest == ' ' || *rest == '\t' || *rest == '\r'))
					rest++;
				if (rest == n2 || *rest == '\n') {
					body_end = q;
					close_next = n2;
					break;
				}
			}
			q = n2;
			l2++;
		}
		blocks++;
		const char *lang = tag[0] ? scan_lang_canon(tag) : NULL;
		if (!lang && (!tag[0] || !strcasecmp(tag, "text") || !strcasecmp(tag, "code")))
			lang = scan_lang_guess(body, (size_t)(body_end - body));
		if (lang) {
			int rc = scan_lang(r, name ? name : "-", (enum lex_lang)lang_id(lang),
			                   body_line - 1, body, (size_t)(body_end - body), out, err);
			if (rc)
				return rc;
		}
		p = close_next;
		line = l2 + 1;
	}
	if (n_blocks)
		*n_blocks = blocks;
	return 0;
}

/* ---- results -------------------------------------------------------------- */

void scan_result_release(struct scan_result *res)
{
	if (!res)
		return;
	for (size_t i = 0; i < res->n; i++)
		free(res->v[i].file);
	free(res->v);
	memset(res, 0, sizeof(*res));
}

static int cmp_finding(const void *a, const void *b)
{
	const struct scan_finding *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return strcmp(x->rule_id, y->rule_id);
}

void scan_result_sort(struct scan_result *res)
{
	if (res->n > 1)
		qsort(res->v, res->n, sizeof(*res->v), cmp_finding);
}

/* ---- the rules as data (`scan --list-rules`) ------------------------ */

int scan_rules_list(struct buf *b, const struct scan_rules *rs, const char *lang, int json)
{
	int want = lang ? lang_id(lang) : -1;
	const struct cwe_db *cwe = scan_rules_cwe(rs);
	json_t *arr = json ? json_array() : NULL;
	if (json && !arr)
		return -1;
	for (int l = 0; l < LANG_N; l++)   /* the records of the rule cache */
		if (want < 0 || l == want)
			rules_fill(rs, (enum lex_lang)l);
	for (size_t i = 0; i < rs->n; i++) {
		const struct rule *r = &rs->v[i];
		if (want >= 0 && !(r->langs & (1u << want)))
			continue;
		const char *name = cwe ? cwe_name(cwe, r->cwe_id) : NULL;
		if (!json) {
			struct buf l = BUF_INIT;
			int all = r->langs == (1u << LANG_N) - 1;
			if (all)
				buf_adds(&l, "all");
			for (int k = 0; k < LANG_N && !all; k++)
				if (r->langs & (1u << k))
					buf_addf(&l, "%s%s", l.len ? "," : "", lang_names[k]);
			buf_addf(b, "%-36s %-6s %-8s ", r->id, scan_sev_name(r->sev), r->cwe);
			buf_add_escaped(b, l.s ? l.s : "", l.len, 0);
			buf_adds(b, "  ");
			buf_add_escaped(b, r->message, strlen(r->message), 0);
			buf_addc(b, '\n');
			buf_release(&l);
			continue;
		}
		json_t *langs = json_array();
		for (int k = 0; langs && k < LANG_N; k++)
			if (r->langs & (1u << k))
				json_array_append_new(langs, json_string(lang_names[k]));
		json_t *o = json_pack("{s:s, s:s, s:s?, s:s, s:s, s:o, s:s, s:s}",
		                      "id", r->id, "cwe", r->cwe, "cwe_name", name,
		                      "severity", scan_sev_name(r->sev), "owasp", r->owasp,
		                      "languages", langs ? langs : json_array(),
		                      "message", r->message, "fix", r->fix);
		if (!o || json_array_append_new(arr, o)) {
			json_decref(arr);
			return -1;
		}
	}
	if (json) {
		json_t *top = json_pack("{s:s, s:s?, s:o}", "version", TRI_VERSION,
		                        "cwe_version", cwe ? cwe_db_version(cwe) : NULL,
		                        "rules", arr);
		if (!top)
			return -1;
		buf_add_json(b, top, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		buf_addc(b, '\n');
		json_decref(top);
	}
	return 0;
}
