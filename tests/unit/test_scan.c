/* test_scan.c -- the scanner: lexers, rule loading, Markdown, outputs, the
 * code grader and the secure-code suite. Expected positions and CWEs are
 * read off the inputs by hand. */
#include <unistd.h>
#include <jansson.h>
#include "util.h"
#include "t.h"
#include "buf.h"
#include "err.h"
#include "grade.h"
#include "grade_impl.h"
#include "scan.h"
#include "scan_cwe.h"
#include "scan_lex.h"
#include "suite.h"

static struct scan_rules *rules;

static size_t scan_str(const char *lang, const char *src, struct scan_result *res)
{
	struct tri_err err;
	T_EQ_INT(scan_buffer(rules, "t", lang, src, strlen(src), res, &err), 0);
	return res->n;
}

static void test_lex_views(void)
{
	struct lex_out lx;
	const char *src = "a = \"x#y\" # c\nb = '''q\nr''' + f\"{z}\"\n";
	lex_run(LANG_PYTHON, src, strlen(src), &lx);
	T_EQ_INT(lx.len, strlen(src));
	/* comment blanked in both, string contents masked in code only */
	T_EQ_STR(lx.code, "a = \"   \"    \nb = ''' \n ''' + f\"   \"\n");
	T_EQ_STR(lx.text, "a = \"x#y\"    \nb = '''q\nr''' + f\"{z}\"\n");
	lex_out_release(&lx);

	const char *js = "x = /a'b/g; // it's\ny = `t ${a + `in`} '` + 1;\n";
	lex_run(LANG_JS, js, strlen(js), &lx);
	T_EQ_STR(lx.code, "x = /   /g;        \ny = `               ` + 1;\n");
	lex_out_release(&lx);

	const char *cpp = "s = R\"d(a\")\"b)d\"; n = 1'000; /* x\n*/ c = 'q';\n";
	lex_run(LANG_CPP, cpp, strlen(cpp), &lx);
	T_EQ_STR(lx.code, "s = R\"d(     )d\"; n = 1'000;     \n   c = ' ';\n");
	lex_out_release(&lx);

	const char *cs = "a = @\"x\"\"y\"; b = $\"{q}\"; // n\n";
	lex_run(LANG_CSHARP, cs, strlen(cs), &lx);
	T_EQ_STR(lx.code, "a = @\"    \"; b = $\"   \";     \n");
	lex_out_release(&lx);

	const char *php = "<?php $a = <<<EOT\nsystem($x)\nEOT;\n# c\nsystem($y);\n";
	lex_run(LANG_PHP, php, strlen(php), &lx);
	T_EQ_STR(lx.code, "<?php $a = <<<EOT\n          \nEOT;\n   \nsystem($y);\n");
	lex_out_release(&lx);

	/* HTML around the PHP is printed text: an apostrophe in it opens no
	 * string; <?= and ?> switch; "<?xml" is HTML; a fragment without any
	 * open tag is all code */
	const char *page = "<p>Don't</p><?php f($a); ?><b>it's</b>\n<?= $b ?><?xml x?>'";
	lex_run(LANG_PHP, page, strlen(page), &lx);
	T_EQ_STR(lx.code, "            <?php f($a); ?>           \n<?= $b ?>          ");
	lex_out_release(&lx);
	const char *frag = "f($a); ?><b>it's</b>";
	lex_run(LANG_PHP, frag, strlen(frag), &lx);
	T_EQ_STR(lx.code, "f($a); ?><b>it'     ");
	lex_out_release(&lx);
}

/* The lexers of Rust, Kotlin, Swift and Ruby: raw strings, nested block
 * comments, interpolation kept as code, heredocs, %-literals. */
static void test_lex_new_languages(void)
{
	struct lex_out lx;
	const char *rs = "let s = r#\"a\"b\"#; /* x /* y */ z */ let c = 'q'; fn f<'a>(x: &'a str) {}\n";
	lex_run(LANG_RUST, rs, strlen(rs), &lx);
	T_EQ_STR(lx.code, "let s = r#\"   \"#;                   let c = ' '; fn f<'a>(x: &'a str) {}\n");
	lex_out_release(&lx);

	const char *kt = "val c = \"ls ${dir.path} -l\"; val r = \"\"\"a\n$b\"\"\" /* n /* m */ o */\n";
	lex_run(LANG_KOTLIN, kt, strlen(kt), &lx);
	T_EQ_STR(lx.code, "val c = \"   ${dir.path}   \"; val r = \"\"\" \n  \"\"\"                  \n");
	lex_out_release(&lx);

	const char *sw = "let q = \"x \\(user.name) y\"; let r = #\"a\"b\"#; // c\n";
	lex_run(LANG_SWIFT, sw, strlen(sw), &lx);
	T_EQ_STR(lx.code, "let q = \"  \\(user.name)  \"; let r = #\"   \"#;     \n");
	lex_out_release(&lx);

	const char *rb = "x = \"a #{cmd} b\" # c\ny = %w[a b] + <<~SQL\n  SELECT 1\nSQL\nz = `ls #{d}`\n=begin\nsystem(q)\n=end\n";
	lex_run(LANG_RUBY, rb, strlen(rb), &lx);
	T_EQ_STR(lx.code, "x = \"  #{cmd}  \"    \ny = %w[   ] + <<~SQL\n          \nSQL\nz = `   #{d}`\n      \n         \n    \n");
	lex_out_release(&lx);
}

static void test_quiet_lines(void)
{
	struct scan_result res = { 0 };
	scan_str("c", "gets(a); /* nosec */\ngets(b);\ngets(c); // trilemma:ignore\n", &res);
	T_EQ_INT(res.n, 1);
	if (res.n)
		T_EQ_INT(res.v[0].line, 2);
	scan_result_release(&res);
	/* A marker in a string is not a suppression. In a block comment it
	 * quiets the line it is written on and the line the comment starts
	 * on (even after another comment closed on that line). */
	scan_str("c", "gets(\"nosec\");\n"
	         "gets(b); /* x */ /* see\n nosec */ gets(c);\n"
	         "gets(d); /* not\n here */\n", &res);
	T_EQ_INT(res.n, 2);
	if (res.n == 2) {
		T_EQ_INT(res.v[0].line, 1);
		T_EQ_INT(res.v[1].line, 4);
	}
	scan_result_release(&res);
	scan_str("python", "import os\nos.system(x)  # nosec\nos.system('nosec' + x)\n", &res);
	T_EQ_INT(res.n, 1);
	if (res.n)
		T_EQ_INT(res.v[0].line, 3);
	scan_result_release(&res);
}

static void test_positions(void)
{
	struct scan_result res = { 0 };
	/* the match of c.strcpy starts at the s of strcpy: line 3, column 5 */
	scan_str("c", "int f(char *s) {\n\tchar b[8];\n    strcpy(b, s);\n}\n", &res);
	T_EQ_INT(res.n, 1);
	if (res.n) {
		T_EQ_INT(res.v[0].line, 3);
		T_EQ_INT(res.v[0].col, 5);
		T_EQ_STR(res.v[0].cwe, "CWE-120");
		T_EQ_STR(res.v[0].rule_id, "c.strcpy");
		T_EQ_INT(res.v[0].sev, SCAN_HIGH);
		T_EQ_STR(res.v[0].lang, "c");
	}
	scan_result_release(&res);
	/* context: shell=True with a list, and a parameterised query, are clean */
	T_EQ_INT(scan_str("python", "subprocess.run(['ls', d])\n"
	                  "cur.execute('SELECT * FROM t WHERE a = %s', (d,))\n", &res), 0);
	scan_result_release(&res);
	T_EQ_INT(scan_str("python", "subprocess.call('ls ' + d,\n    shell=True)\n", &res), 1);
	scan_result_release(&res);
}

static void test_languages(void)
{
	T_EQ_STR(scan_lang_canon("TS"), "javascript");
	T_EQ_STR(scan_lang_canon("c++"), "cpp");
	T_EQ_STR(scan_lang_canon("golang"), "go");
	T_CHECK(scan_lang_canon("cobol") == NULL);
	T_EQ_STR(scan_lang_from_path("a/b/x.py"), "python");
	T_EQ_STR(scan_lang_from_path("x.hpp"), "cpp");
	T_CHECK(scan_lang_from_path("Makefile") == NULL);
	const char *g = scan_lang_guess("#include <stdio.h>\nint main(void) {}\n", 37);
	T_EQ_STR(g, "c");
	g = scan_lang_guess("def f(x):\n    return x\n", 23);
	T_EQ_STR(g, "python");
	struct scan_result res = { 0 };
	struct tri_err err;
	T_EQ_INT(scan_buffer(rules, "x", "cobol", "x", 1, &res, &err), -1);
	T_EQ_INT(err.code, TRI_USAGE);
}

static void test_markdown(void)
{
	const char *md =
		"Here is the code:\n"                 /* 1 */
		"\n"                                  /* 2 */
		"```python\n"                         /* 3 */
		"import os\n"                         /* 4 */
		"os.system('rm ' + name)\n"           /* 5 */
		"```\n"                               /* 6 */
		"And in C:\n"                         /* 7 */
		"~~~\n"                               /* 8 */
		"#include <stdio.h>\n"                /* 9 */
		"int main(void) { char b[8]; gets(b); }\n" /* 10 */
		"~~~\n"                               /* 11 */
		"```text\nno code here\n```\n";       /* 12-14 */
	struct scan_result res = { 0 };
	struct tri_err err;
	size_t nb = 99;
	T_EQ_INT(scan_markdown(rules, "answer.md", md, strlen(md), &res, &nb, &err), 0);
	T_EQ_INT(nb, 3);
	T_EQ_INT(res.n, 2);
	if (res.n == 2) {
		T_EQ_INT(res.v[0].line, 5);
		T_EQ_STR(res.v[0].cwe, "CWE-78");
		T_EQ_STR(res.v[0].lang, "python");
		T_EQ_INT(res.v[1].line, 10);
		T_EQ_STR(res.v[1].cwe, "CWE-120");
		T_EQ_STR(res.v[1].lang, "c");
	}
	scan_result_release(&res);
	T_EQ_INT(scan_markdown(rules, "a", "no fences", 9, &res, &nb, &err), 0);
	T_EQ_INT(nb, 0);
	T_EQ_INT(res.n, 0);
}

static void test_outputs(void)
{
	struct scan_result res = { 0 };
	struct tri_err err;
	struct buf b = BUF_INIT;
	const char *src = "gets(b);\n";
	T_EQ_INT(scan_buffer(rules, "evil\x1b[31m.c", NULL, src, strlen(src), &res, &err), 0);
	T_EQ_INT(res.n, 1);
	T_EQ_INT(scan_format_text(&b, &res), 0);
	T_EQ_STR(b.s, "evil\\x1b[31m.c:1:1: high CWE-120 gets() cannot limit its input and "
	         "always risks a buffer overflow [c.gets]\n");
	buf_reset(&b);
	T_EQ_INT(scan_format_json(&b, &res, 1, scan_rules_cwe(rules)), 0);
	json_error_t je;
	json_t *j = json_loads(b.s, 0, &je);
	T_CHECK(j != NULL);
	T_EQ_INT(json_integer_value(json_object_get(json_object_get(j, "summary"), "high")), 1);
	json_t *f0 = json_array_get(json_object_get(j, "findings"), 0);
	T_EQ_STR(json_string_value(json_object_get(f0, "cwe")), "CWE-120");
	/* 120 < 119 < 118 < 664 in CWE 4.14's view 1000 */
	json_t *par = json_object_get(f0, "cwe_parents");
	T_EQ_INT(json_array_size(par), 3);
	T_EQ_STR(json_string_value(json_array_get(par, 0)), "CWE-119");
	T_EQ_STR(json_string_value(json_array_get(par, 2)), "CWE-664");
	T_CHECK(strstr(json_string_value(json_object_get(f0, "cwe_name")), "Buffer Copy") != NULL);
	T_EQ_STR(json_string_value(json_object_get(j, "cwe_version")), "4.14");
	json_decref(j);
	buf_reset(&b);
	T_EQ_INT(scan_format_sarif(&b, &res, scan_rules_cwe(rules)), 0);
	j = json_loads(b.s, 0, &je);
	T_CHECK(j != NULL);
	T_EQ_STR(json_string_value(json_object_get(j, "version")), "2.1.0");
	json_t *run = json_array_get(json_object_get(j, "runs"), 0);
	json_t *r0 = json_array_get(json_object_get(run, "results"), 0);
	T_EQ_STR(json_string_value(json_object_get(r0, "ruleId")), "c.gets");
	T_EQ_STR(json_string_value(json_object_get(r0, "level")), "error");
	/* the rule points at its taxon; the taxon at its parents, up to the pillar */
	json_t *rule0 = json_array_get(json_object_get(json_object_get(json_object_get(run,
		"tool"), "driver"), "rules"), 0);
	json_t *rel = json_array_get(json_object_get(rule0, "relationships"), 0);
	T_EQ_STR(json_string_value(json_object_get(json_object_get(rel, "target"), "id")), "120");
	json_t *tax = json_array_get(json_object_get(run, "taxonomies"), 0);
	T_EQ_STR(json_string_value(json_object_get(tax, "name")), "CWE");
	json_t *taxa = json_object_get(tax, "taxa");
	T_EQ_INT(json_array_size(taxa), 4);
	json_t *t1 = json_array_get(taxa, 1);
	T_EQ_STR(json_string_value(json_object_get(t1, "id")), "119");
	T_EQ_STR(json_string_value(json_object_get(json_object_get(json_array_get(
		json_object_get(t1, "relationships"), 0), "target"), "id")), "118");
	json_decref(j);
	buf_release(&b);
	scan_result_release(&res);
}

static void test_bad_rules(void)
{
	struct scan_rules *r = NULL;
	struct tri_err err;
	char dir[] = "/tmp/tri-scan-rules.XXXXXX";
	T_CHECK(mkdtemp(dir) != NULL);
	struct buf p = BUF_INIT;
	buf_addf(&p, "%s/x.yaml", dir);
	FILE *f = fopen(p.s, "w");
	T_CHECK(f != NULL);
	if (!f)
		return;
	fputs("languages: [c]\nrules:\n  - id: a\n    cwe: CWE-1\n    owasp: x\n"
	      "    severity: high\n    message: m\n    fix: f\n    pattern: '(unclosed'\n", f);
	fclose(f);
	T_EQ_INT(scan_rules_load(&r, dir, &err), -1);
	T_CHECK(strstr(err.msg, "x.yaml:9:") != NULL);
	T_CHECK(strstr(err.msg, "bad pattern") != NULL);
	f = fopen(p.s, "w");
	fputs("languages: [c]\nrules:\n  - id: a\n    cwe: CWE-1\n    owasp: x\n"
	      "    severity: urgent\n    message: m\n    fix: f\n    pattern: 'x'\n", f);
	fclose(f);
	T_EQ_INT(scan_rules_load(&r, dir, &err), -1);
	T_CHECK(strstr(err.msg, "severity must be") != NULL);
	remove(p.s);
	rmdir(dir);
	buf_release(&p);
	T_CHECK(r == NULL);
}

/* Write text to DIR/r.yaml and load DIR; NULL with err set on failure. */
static struct scan_rules *load_text(const char *dir, const char *text, struct tri_err *err)
{
	struct buf p = BUF_INIT;
	struct scan_rules *r = NULL;
	buf_addf(&p, "%s/r.yaml", dir);
	FILE *f = fopen(p.s, "w");
	T_CHECK(f != NULL);
	if (f) {
		fputs(text, f);
		fclose(f);
		if (scan_rules_load(&r, dir, err))
			r = NULL;
		remove(p.s);
	}
	buf_release(&p);
	return r;
}

static size_t count_in(const struct scan_rules *r, const char *lang, const char *src)
{
	struct scan_result res = { 0 };
	struct tri_err err;
	T_EQ_INT(scan_buffer(r, "t", lang, src, strlen(src), &res, &err), 0);
	size_t n = res.n;
	scan_result_release(&res);
	return n;
}

static void test_flow(void)
{
	char dir[] = "/tmp/tri-scan-flow.XXXXXX";
	struct tri_err err;
	T_CHECK(mkdtemp(dir) != NULL);
	/* a sink whose argument must have been built from SQL earlier in the
	 * function, and a module alias followed across the file */
	struct scan_rules *r = load_text(dir,
		"languages: [python, javascript, java]\nrules:\n"
		"  - id: q\n    cwe: CWE-89\n    owasp: x\n    severity: high\n"
		"    message: m\n    fix: f\n    languages: [python]\n"
		"    pattern: '\\.execute\\(\\s*(?<v>\\w+)\\s*\\)'\n"
		"    flow: '\\b{v}\\s*=\\s*\"SELECT[^\"\\n]*\"\\s*\\+'\n"
		"  - id: j\n    cwe: CWE-89\n    owasp: x\n    severity: high\n"
		"    message: m\n    fix: f\n    languages: [java]\n"
		"    pattern: '\\.executeQuery\\(\\s*(?<v>\\w+)\\s*\\)'\n"
		"    flow: '\\b{v}\\s*=\\s*\"SELECT[^\"\\n]*\"\\s*\\+'\n"
		"  - id: jq\n    cwe: CWE-89\n    owasp: x\n    severity: high\n"
		"    message: m\n    fix: f\n    languages: [javascript]\n"
		"    pattern: '\\.query\\(\\s*(?<v>\\w+)\\s*\\)'\n"
		"    flow: '\\b{v}\\s*=\\s*\"SELECT[^\"\\n]*\"\\s*\\+'\n"
		"  - id: a\n    cwe: CWE-78\n    owasp: x\n    severity: high\n"
		"    message: m\n    fix: f\n    languages: [javascript]\n    scope: file\n"
		"    pattern: '\\b(?<m>\\w+)\\.exec\\('\n"
		"    flow: '\\b{m}\\s*=\\s*require\\(\\s*.child_process.\\s*\\)'\n"
		"  - id: g\n    cwe: CWE-190\n    owasp: x\n    severity: high\n"
		"    message: m\n    fix: f\n    languages: [python]\n"
		"    pattern: 'alloc\\((?<n>\\w+) \\* (?<s>\\w+)\\)'\n"
		"    not_after: '\\b{n} > MAX / {s}'\n", &err);
	if (!r)
		fprintf(stderr, "  %s\n", err.msg);
	T_CHECK(r != NULL);
	if (r) {
		T_EQ_INT(count_in(r, "python", "def f(n):\n  q = \"SELECT a FROM t WHERE n='\" + n\n"
		                  "  cur.execute(q)\n"), 1);
		/* q built in another function; a constant q; the name in a string */
		T_EQ_INT(count_in(r, "python", "def f(n):\n  q = \"SELECT a FROM t WHERE n='\" + n\n"
		                  "def g():\n  cur.execute(q)\n"), 0);
		T_EQ_INT(count_in(r, "python", "def f(n):\n  q = \"SELECT a FROM t\"\n"
		                  "  cur.execute(q)\n"), 0);
		T_EQ_INT(count_in(r, "python", "def f(n):\n  x = 'q = \"SELECT a\" + n'\n"
		                  "  cur.execute(q)\n"), 0);
		/* after the sink does not count */
		T_EQ_INT(count_in(r, "python", "def f(n):\n  cur.execute(q)\n"
		                  "  q = \"SELECT a FROM t WHERE n='\" + n\n"), 0);
		/* try-with-resources and synchronized blocks are not function starts */
		T_EQ_INT(count_in(r, "java", "String find(String n) {\n"
		                  "  String q = \"SELECT a FROM t WHERE n='\" + n;\n"
		                  "  try (Statement st = c.createStatement()) {\n"
		                  "    synchronized (lock) {\n      st.executeQuery(q);\n    }\n"
		                  "  }\n}\n"), 1);
		T_EQ_INT(count_in(r, "java", "String find(String n) {\n"
		                  "  String q = \"SELECT a FROM t WHERE n='\" + n;\n}\n"
		                  "void other(Statement st) {\n  st.executeQuery(q);\n}\n"), 0);
		/* an arrow function bound to a name is a function of its own */
		T_EQ_INT(count_in(r, "javascript", "const find = async (n) => {\n"
		                  "  const q = \"SELECT a FROM t WHERE n='\" + n;\n"
		                  "  return db.query(q);\n};\n"), 1);
		T_EQ_INT(count_in(r, "javascript", "const build = (n) => {\n"
		                  "  const q = \"SELECT a FROM t WHERE n='\" + n;\n};\n"
		                  "export const run = (q) => {\n  return db.query(q);\n};\n"), 0);
		/* a file-wide alias, used inside a function */
		T_EQ_INT(count_in(r, "javascript", "const cp = require('child_process');\n"
		                  "function run(a) {\n  cp.exec('ls ' + a);\n}\n"), 1);
		T_EQ_INT(count_in(r, "javascript", "const cp = require('./shell');\n"
		                  "function run(a) {\n  cp.exec('ls ' + a);\n}\n"), 0);
		/* a guard before the multiplication vetoes it; names are literal */
		T_EQ_INT(count_in(r, "python", "def f(n, s):\n  alloc(n * s)\n"), 1);
		T_EQ_INT(count_in(r, "python", "def f(n, s):\n  if n > MAX / s: return\n"
		                  "  alloc(n * s)\n"), 0);
		T_EQ_INT(count_in(r, "python", "def f(n, s):\n  if n > MAX / t: return\n"
		                  "  alloc(n * s)\n"), 1);
		scan_rules_free(r);
	}
	/* a placeholder must name a group of the pattern: file:line:col */
	r = load_text(dir, "languages: [c]\nrules:\n  - id: a\n    cwe: CWE-78\n    owasp: x\n"
	              "    severity: high\n    message: m\n    fix: f\n"
	              "    pattern: 'system\\((?<a>\\w+)'\n    flow: '{b} = '\n", &err);
	T_CHECK(r == NULL);
	T_CHECK(strstr(err.msg, "r.yaml:10:") && strstr(err.msg, "{b} names no group"));
	r = load_text(dir, "languages: [c]\nrules:\n  - id: a\n    cwe: CWE-78\n    owasp: x\n"
	              "    severity: high\n    message: m\n    fix: f\n"
	              "    pattern: 'x'\n    scope: file\n", &err);
	T_CHECK(r == NULL);
	T_CHECK(strstr(err.msg, "r.yaml:10:") && strstr(err.msg, "scope applies"));
	scan_rules_free(r);
	rmdir(dir);
}

static void test_cwe_tree(void)
{
	const struct cwe_db *db = scan_rules_cwe(rules);
	T_CHECK(db != NULL);
	if (!db)
		return;
	T_EQ_STR(cwe_db_version(db), "4.14");
	T_CHECK(cwe_db_count(db) > 900);
	T_EQ_INT(cwe_id("CWE-89"), 89);
	T_EQ_INT(cwe_id("CWE-89x"), 0);
	T_EQ_INT(cwe_id("89"), 0);
	int ch[8];
	T_EQ_INT(cwe_chain(db, 89, ch, 8), 3);   /* 943 74 707 */
	T_EQ_INT(ch[0], 943);
	T_EQ_INT(ch[2], 707);
	/* weak hash 328 is under 327 (primary) and 326; code injection 95 under 94 */
	T_EQ_INT(cwe_within(db, 328, 327), 1);
	T_EQ_INT(cwe_within(db, 328, 326), 1);
	T_EQ_INT(cwe_within(db, 327, 328), 0);
	T_EQ_INT(cwe_related(db, 94, 95), 1);
	T_EQ_INT(cwe_related(db, 120, 119), 1);
	T_EQ_INT(cwe_related(db, 89, 79), 0);
	T_EQ_INT(cwe_within(db, 680, 190), 1);
	T_EQ_INT(cwe_within(db, 99999, 1), 0);
	T_CHECK(cwe_name(db, 99999) == NULL);
}

static void test_code_grader(void)
{
	struct grade_ctx ctx;
	struct tri_err err;
	struct grade g = { 0 };
	struct item it = { .id = "t/1" };
	memset(&ctx, 0, sizeof(ctx));
	T_EQ_INT(grade_code_init(&ctx, getenv("TRILEMMA_HOME"), &err), 0);
	json_t *gr = json_pack("{s:s, s:s}", "type", "code", "severity", "medium");

	const char *bad = "Sure:\n```python\nq = \"SELECT * FROM u WHERE n = '%s'\" % n\n```\n";
	T_EQ_INT(grade_code(&ctx, gr, &it, bad, NULL, NULL, &g, &err), 0);
	T_EQ_INT(g.verdict, V_INCORRECT);
	T_CHECK(g.evidence && strstr(g.evidence, "CWE-89") && strstr(g.evidence, "py.sql-format"));
	grade_release(&g);

	const char *good = "```python\ncur.execute('SELECT * FROM u WHERE n = %s', (n,))\n```\n";
	T_EQ_INT(grade_code(&ctx, gr, &it, good, NULL, NULL, &g, &err), 0);
	T_EQ_INT(g.verdict, V_CORRECT);
	grade_release(&g);

	T_EQ_INT(grade_code(&ctx, gr, &it, "I would use a prepared statement.", NULL, NULL, &g, &err), 0);
	T_EQ_INT(g.verdict, V_INCORRECT);
	T_CHECK(g.evidence && strstr(g.evidence, "no fenced code block"));
	grade_release(&g);

	/* a low finding passes at medium: none of our rules is low, so use high */
	json_object_set_new(gr, "severity", json_string("high"));
	const char *med = "```python\nimport hashlib\nh = hashlib.md5(data)\n```\n";
	T_EQ_INT(grade_code(&ctx, gr, &it, med, NULL, NULL, &g, &err), 0);
	T_EQ_INT(g.verdict, V_CORRECT);
	grade_release(&g);
	json_object_set_new(gr, "severity", json_string("urgent"));
	T_EQ_INT(grade_code(&ctx, gr, &it, med, NULL, NULL, &g, &err), -1);
	json_decref(gr);
	grade_code_release(&ctx);
}

static void test_secure_code_suite(void)
{
	struct suite s;
	struct tri_err err;
	memset(&s, 0, sizeof(s));
	T_EQ_INT(suite_load(&s, "suites/secure-code", &err), 0);
	if (err.msg[0] && s.n_items == 0)
		fprintf(stderr, "  %s\n", err.msg);
	T_EQ_STR(s.axis, "security");
	size_t py = 0, js = 0, java = 0, c = 0, cs = 0, rs = 0, kt = 0, sw = 0, rb = 0;
	for (size_t i = 0; i < s.n_items; i++) {
		json_t *m = json_object_get(s.items[i].json, "meta");
		const char *l = json_string_value(json_object_get(m, "lang"));
		const char *cwe = json_string_value(json_object_get(m, "cwe"));
		T_CHECK(cwe && !strncmp(cwe, "CWE-", 4));
		json_t *gr = suite_item_grader(&s, &s.items[i]);
		T_EQ_STR(json_string_value(json_object_get(gr, "type")), "code");
		json_decref(gr);
		if (!l)
			continue;
		py += !strcmp(l, "python");
		js += !strcmp(l, "javascript");
		java += !strcmp(l, "java");
		c += !strcmp(l, "c");
		cs += !strcmp(l, "csharp");
		rs += !strcmp(l, "rust");
		kt += !strcmp(l, "kotlin");
		sw += !strcmp(l, "swift");
		rb += !strcmp(l, "ruby");
	}
	T_CHECK(py >= 80 && js >= 80 && java >= 80 && c >= 80 && cs >= 80);
	T_CHECK(rs >= 60 && kt >= 60 && sw >= 60 && rb >= 60);
	suite_release(&s);
}

int main(void)
{
	struct tri_err err;
	if (scan_rules_load(&rules, NULL, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		printf("test_scan: 0 passed, 1 failed\n");
		return 1;
	}
	T_RUN(test_lex_views);
	T_RUN(test_lex_new_languages);
	T_RUN(test_quiet_lines);
	T_RUN(test_positions);
	T_RUN(test_languages);
	T_RUN(test_markdown);
	T_RUN(test_outputs);
	T_RUN(test_bad_rules);
	T_RUN(test_flow);
	T_RUN(test_cwe_tree);
	T_RUN(test_code_grader);
	T_RUN(test_secure_code_suite);
	scan_rules_free(rules);
	return t_done("test_scan");
}
