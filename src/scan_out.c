/* scan_out.c -- the scanner's outputs: text, JSON, SARIF 2.1.0 and GitHub
 * Actions workflow commands (annotations on the pull request's lines).
 *
 * Every string that came from a scanned file (the file name can) is
 * escaped: text output through buf_add_escaped(), JSON through jansson.
 * SARIF follows the 2.1.0 schema (tests/scan/sarif-schema-2.1.0.json
 * validates it in the tests): one run whose driver lists the rules that
 * fired, with their CWE tags and a "security-severity" property that
 * code-scanning UIs use to rank results. */
#include <jansson.h>
#include "util.h"
#include "buf.h"
#include "scan.h"
#include "scan_cwe.h"

int scan_format_text(struct buf *b, const struct scan_result *res)
{
	for (size_t i = 0; i < res->n; i++) {
		const struct scan_finding *f = &res->v[i];
		buf_add_escaped(b, f->file, strlen(f->file), 0);
		buf_addf(b, ":%ld:%ld: %s %s ", f->line, f->col, scan_sev_name(f->sev), f->cwe);
		buf_add_escaped(b, f->message, strlen(f->message), 0);
		buf_adds(b, " [");
		buf_add_escaped(b, f->rule_id, strlen(f->rule_id), 0);
		buf_adds(b, "]\n");
	}
	return 0;
}

static int dump(struct buf *b, json_t *j)
{
	buf_add_json(b, j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	buf_addc(b, '\n');
	json_decref(j);
	return 0;
}

/* ["CWE-943", "CWE-74", "CWE-707"]: the primary parents of cwe, nearest
 * first. */
static json_t *cwe_parents_json(const struct cwe_db *db, const char *cwe)
{
	int chain[32];
	size_t n = cwe_chain(db, cwe_id(cwe), chain, ARRAY_LEN(chain));
	json_t *a = json_array();
	char id[24];
	for (size_t i = 0; i < n && i < ARRAY_LEN(chain); i++) {
		snprintf(id, sizeof(id), "CWE-%d", chain[i]);
		json_array_append_new(a, json_string(id));
	}
	return a;
}

int scan_format_json(struct buf *b, const struct scan_result *res, size_t n_files,
                     const struct cwe_db *cwe)
{
	json_t *arr = json_array();
	size_t by_sev[4] = { 0, 0, 0, 0 };

	for (size_t i = 0; i < res->n; i++) {
		const struct scan_finding *f = &res->v[i];
		const char *name = cwe_name(cwe, cwe_id(f->cwe));
		by_sev[f->sev]++;
		json_array_append_new(arr, json_pack("{s:s, s:s, s:I, s:I, s:s, s:s, s:s*, s:o,"
			" s:s, s:s, s:s, s:s}",
			"rule_id", f->rule_id, "file", f->file,
			"line", (json_int_t)f->line, "col", (json_int_t)f->col,
			"severity", scan_sev_name(f->sev), "cwe", f->cwe,
			"cwe_name", name, "cwe_parents", cwe_parents_json(cwe, f->cwe),
			"owasp", f->owasp, "message", f->message, "fix", f->fix,
			"lang", f->lang));
	}
	size_t hidden = 0;
	for (int s = SCAN_LOW; s <= SCAN_HIGH; s++) {
		by_sev[s] += res->not_listed[s];
		hidden += res->not_listed[s];
	}
	json_t *j = json_pack("{s:s, s:s*, s:o, s:{s:I, s:I, s:I, s:I, s:I, s:I}}",
		"version", TRI_VERSION, "cwe_version", cwe_db_version(cwe),
		"findings", arr, "summary",
		"files", (json_int_t)n_files, "findings", (json_int_t)(res->n + hidden),
		"not_listed", (json_int_t)hidden,
		"high", (json_int_t)by_sev[SCAN_HIGH],
		"medium", (json_int_t)by_sev[SCAN_MEDIUM],
		"low", (json_int_t)by_sev[SCAN_LOW]);
	return j ? dump(b, j) : -1;
}

static const char *sarif_level(enum scan_sev s)
{
	return s == SCAN_LOW ? "note" : s == SCAN_MEDIUM ? "warning" : "error";
}

static const char *security_severity(enum scan_sev s)
{
	/* GitHub code scanning: >= 7.0 high, >= 4.0 medium, else low. */
	return s == SCAN_HIGH ? "8.0" : s == SCAN_MEDIUM ? "5.5" : "3.0";
}

/* A relative path as a URI reference: percent-encode what RFC 3986 does
 * not allow unescaped in a path. */
static char *uri_of(const char *path)
{
	struct buf u = BUF_INIT;
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		int c = *p;
		int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		         (c >= '0' && c <= '9') || strchr("-._~/!$&'()*+,;=:@", c);
		if (p == (const unsigned char *)path && c == '.' && p[1] == '/') {
			p++;   /* "./x" -> "x" */
			continue;
		}
		if (ok)
			buf_addc(&u, (char)c);
		else
			buf_addf(&u, "%%%02X", c);
	}
	return buf_detach(&u);
}

/* Add CWE id and its parents (all of them, up the tree) to the taxonomy's
 * taxa, once each; taxa_ix maps "89" to the taxon's index. Each taxon
 * names its parents with "subset" relationships (a child weakness is a
 * subset of its parent). */
static void add_taxon(const struct cwe_db *db, int id, json_t *taxa, json_t *taxa_ix,
                      int depth)
{
	char key[16];
	size_t n;
	snprintf(key, sizeof(key), "%d", id);
	if (json_object_get(taxa_ix, key) || depth > 32)
		return;
	const char *name = cwe_name(db, id);
	const int *par = cwe_parents(db, id, &n);
	json_t *t = json_pack("{s:s, s:s}", "id", key, "name", name ? name : key);
	if (name)
		json_object_set_new(t, "shortDescription", json_pack("{s:s}", "text", name));
	json_object_set_new(taxa_ix, key, json_integer((json_int_t)json_array_size(taxa)));
	json_array_append_new(taxa, t);
	if (n) {
		json_t *rel = json_array();
		for (size_t i = 0; i < n; i++) {
			char pk[16];
			snprintf(pk, sizeof(pk), "%d", par[i]);
			json_array_append_new(rel, json_pack("{s:{s:s, s:{s:s}}, s:[s]}",
				"target", "id", pk, "toolComponent", "name", "CWE",
				"kinds", "subset"));
		}
		json_object_set_new(t, "relationships", rel);
		for (size_t i = 0; i < n; i++)
			add_taxon(db, par[i], taxa, taxa_ix, depth + 1);
	}
}

int scan_format_sarif(struct buf *b, const struct scan_result *res, const struct cwe_db *cwe)
{
	json_t *rules = json_array(), *results = json_array();
	json_t *index = json_object();   /* rule id -> index in rules */
	json_t *taxa = json_array(), *taxa_ix = json_object();

	for (size_t i = 0; i < res->n; i++) {
		const struct scan_finding *f = &res->v[i];
		json_t *ix = json_object_get(index, f->rule_id);
		if (!ix) {
			struct buf help = BUF_INIT;
			buf_addf(&help, "%s. Fix: %s", f->message, f->fix);
			json_t *rule = json_pack("{s:s, s:s, s:{s:s}, s:{s:s}, s:{s:s},"
				" s:{s:s}, s:{s:[s, s, s], s:s, s:s}}",
				"id", f->rule_id, "name", f->rule_id,
				"shortDescription", "text", f->message,
				"fullDescription", "text", help.s,
				"help", "text", help.s,
				"defaultConfiguration", "level", sarif_level(f->sev),
				"properties", "tags", "security", f->cwe, f->owasp,
				"security-severity", security_severity(f->sev),
				"precision", "high");
			buf_release(&help);
			int id = cwe_id(f->cwe);
			if (cwe && cwe_name(cwe, id)) {
				char key[16];
				snprintf(key, sizeof(key), "%d", id);
				add_taxon(cwe, id, taxa, taxa_ix, 0);
				json_object_set_new(rule, "relationships", json_pack(
					"[{s:{s:s, s:I, s:{s:s, s:i}}, s:[s]}]",
					"target", "id", key,
					"index", json_integer_value(json_object_get(taxa_ix, key)),
					"toolComponent", "name", "CWE", "index", 0,
					"kinds", "relevant"));
			}
			ix = json_integer((json_int_t)json_array_size(rules));
			json_array_append_new(rules, rule);
			json_object_set_new(index, f->rule_id, ix);
		}
		char *uri = uri_of(f->file);
		json_array_append_new(results, json_pack(
			"{s:s, s:I, s:s, s:{s:s}, s:[{s:{s:{s:s}, s:{s:I, s:I}}}]}",
			"ruleId", f->rule_id, "ruleIndex", json_integer_value(ix),
			"level", sarif_level(f->sev),
			"message", "text", f->message,
			"locations", "physicalLocation", "artifactLocation", "uri", uri,
			"region", "startLine", (json_int_t)f->line,
			"startColumn", (json_int_t)f->col));
		free(uri);
	}
	json_decref(index);
	json_decref(taxa_ix);
	json_t *j = json_pack("{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:o}]}",
		"$schema", "https://json.schemastore.org/sarif-2.1.0.json",
		"version", "2.1.0",
		"runs", "tool", "driver", "name", "trilemma", "version", TRI_VERSION,
		"rules", rules, "results", results);
	if (!j) {
		json_decref(taxa);
		return -1;
	}
	if (cwe) {
		json_t *run = json_array_get(json_object_get(j, "runs"), 0);
		json_t *driver = json_object_get(json_object_get(run, "tool"), "driver");
		json_object_set_new(driver, "supportedTaxonomies",
			json_pack("[{s:s, s:i}]", "name", "CWE", "index", 0));
		json_object_set_new(run, "taxonomies", json_pack(
			"[{s:s, s:s, s:s, s:s, s:{s:s}, s:o}]",
			"name", "CWE", "version", cwe_db_version(cwe), "organization", "MITRE",
			"informationUri", "https://cwe.mitre.org/",
			"shortDescription", "text", "The MITRE Common Weakness Enumeration",
			"taxa", taxa));
	} else {
		json_decref(taxa);
	}
	return dump(b, j);
}

/* A workflow command's property value or message: % CR LF written as
 * %25 %0D %0A, and in a property also : and , (GitHub's escaping); other
 * control characters as \xNN so a log line stays one line. */
static void gh_escape(struct buf *b, const char *s, int property)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '%')
			buf_adds(b, "%25");
		else if (*p == '\r')
			buf_adds(b, "%0D");
		else if (*p == '\n')
			buf_adds(b, "%0A");
		else if (property && *p == ':')
			buf_adds(b, "%3A");
		else if (property && *p == ',')
			buf_adds(b, "%2C");
		else if (*p < 0x20 || *p == 0x7f)
			buf_addf(b, "\\x%02x", *p);
		else
			buf_addc(b, (char)*p);
	}
}

int scan_format_github(struct buf *b, const struct scan_result *res)
{
	for (size_t i = 0; i < res->n; i++) {
		const struct scan_finding *f = &res->v[i];
		const char *level = f->sev == SCAN_HIGH ? "error" : f->sev == SCAN_MEDIUM ? "warning"
			: "notice";
		buf_addf(b, "::%s file=", level);
		gh_escape(b, f->file, 1);
		buf_addf(b, ",line=%ld,col=%ld,title=", f->line, f->col);
		struct buf t = BUF_INIT;
		buf_addf(&t, "%s %s (%s)", f->cwe, f->rule_id, scan_sev_name(f->sev));
		gh_escape(b, t.s, 1);
		buf_release(&t);
		buf_adds(b, "::");
		gh_escape(b, f->message, 0);
		if (f->fix && *f->fix) {
			buf_adds(b, "%0AFix: ");
			gh_escape(b, f->fix, 0);
		}
		buf_addc(b, '\n');
	}
	return 0;
}
