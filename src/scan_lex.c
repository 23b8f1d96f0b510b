/* scan_lex.c -- comment and literal lexers for the scanner.
 *
 * Both views start as copies of the source; the lexer then walks the
 * source once and, for every comment, blanks its bytes in both views, and
 * for every literal, masks its contents in the code view only. Newlines are
 * never touched, so line numbers hold in both views. The lexers are
 * tolerant: they never fail, and an unterminated literal ends at the end of
 * its line where the language forbids multi-line literals (so that one
 * stray quote cannot hide the rest of a file), else at the end of input. */
#include <ctype.h>
#include "util.h"
#include "scan_lex.h"

struct lx {
	const char *s;
	size_t n;
	enum lex_lang lang;
	struct lex_out *out;
};

static int is_ident(int c)
{
	return isalnum(c) || c == '_' || c == '$' || c >= 0x80;
}

/* Blank [from, to) of view v with spaces, keeping newlines; s is the
 * source, whose newlines are where v's are. */
static void blank(char *v, const char *s, size_t from, size_t to)
{
	while (from < to) {
		const char *nl = memchr(s + from, '\n', to - from);
		size_t end = nl ? (size_t)(nl - s) : to;
		memset(v + from, ' ', end - from);
		from = end + 1;
	}
}

/* A comment spans [from, to): blank it in both views. */
static void comment(struct lx *x, size_t from, size_t to)
{
	blank(x->out->code, x->s, from, to);
	memcpy(x->out->text + from, x->out->code + from, to - from);
}

/* A literal's contents span [from, to): mask them in the code view. */
static void literal(struct lx *x, size_t from, size_t to)
{
	if (to > from)
		blank(x->out->code, x->s, from, to);
}

static size_t line_end(const struct lx *x, size_t i)
{
	const char *nl = memchr(x->s + i, '\n', x->n - i);
	return nl ? (size_t)(nl - x->s) : x->n;
}

/* An escaped string opened by quote q at i. Returns the index of the closing
 * quote (or where it stopped); multiline: newlines do not end it. */
static size_t quoted(const struct lx *x, size_t i, char q, int multiline)
{
	size_t j = i + 1;
	while (j < x->n) {
		char c = x->s[j];
		if (c == '\\') {
			j += 2;
			continue;
		}
		if (c == q || (c == '\n' && !multiline))
			return j;
		j++;
	}
	return x->n;
}

/* Lex a literal from i (the opening delimiter) whose contents start at cs
 * and end at ce, followed by a closing delimiter of dl bytes. Returns the
 * index after it. */
static size_t lit_done(struct lx *x, size_t cs, size_t ce, size_t dl)
{
	if (ce > x->n)
		ce = x->n;
	literal(x, cs, ce);
	size_t end = ce + dl;
	return end > x->n ? x->n : end;
}

/* `...` template literal with ${ } substitutions (which may nest templates).
 * Returns the index of the closing backtick. */
static size_t template_end(const struct lx *x, size_t i)
{
	size_t j = i + 1;
	int depth = 0;
	while (j < x->n) {
		char c = x->s[j];
		if (c == '\\') {
			j += 2;
			continue;
		}
		if (depth == 0) {
			if (c == '`')
				return j;
			if (c == '$' && j + 1 < x->n && x->s[j + 1] == '{') {
				depth = 1;
				j += 2;
				continue;
			}
		} else if (c == '{') {
			depth++;
		} else if (c == '}') {
			depth--;
		} else if (c == '`') {
			j = template_end(x, j);
		} else if (c == '"' || c == '\'') {
			j = quoted(x, j, c, 0);
		}
		j++;
	}
	return x->n;
}

/* Is a '/' at i the start of a JavaScript regex literal? Decided by the
 * previous significant character of the code view. */
static int js_regex_start(const struct lx *x, size_t i)
{
	size_t k = i;
	while (k > 0 && isspace((unsigned char)x->out->code[k - 1]))
		k--;
	if (k == 0)
		return 1;
	char p = x->out->code[k - 1];
	if (strchr("(,=:[!&|?{};+-*%<>~^", p))
		return 1;
	if (k >= 6 && !memcmp(x->out->code + k - 6, "return", 6) &&
	    (k == 6 || !is_ident((unsigned char)x->out->code[k - 7])))
		return 1;
	return 0;
}

/* End of a regex literal at i, or 0 when it is not one (a newline first). */
static size_t js_regex_end(const struct lx *x, size_t i)
{
	int cls = 0;
	for (size_t j = i + 1; j < x->n; j++) {
		char c = x->s[j];
		if (c == '\n')
			return 0;
		if (c == '\\')
			j++;
		else if (c == '[')
			cls = 1;
		else if (c == ']')
			cls = 0;
		else if (c == '/' && !cls)
			return j;
	}
	return 0;
}

/* C++ raw string R"d( ... )d" with the quote at i. */
static int cpp_raw_prefix(const struct lx *x, size_t i)
{
	if (i == 0 || x->s[i - 1] != 'R')
		return 0;
	size_t k = i - 1;   /* at R; allow u8, u, U, L before it */
	if (k >= 2 && x->s[k - 1] == '8' && x->s[k - 2] == 'u')
		k -= 2;
	else if (k >= 1 && strchr("uUL", x->s[k - 1]))
		k -= 1;
	return k == 0 || !is_ident((unsigned char)x->s[k - 1]);
}

static size_t cpp_raw(struct lx *x, size_t i)
{
	size_t d = i + 1, dl = 0;
	while (d + dl < x->n && x->s[d + dl] != '(' && dl < 16)
		dl++;
	if (d + dl >= x->n || x->s[d + dl] != '(')
		return lit_done(x, i + 1, quoted(x, i, '"', 0), 1);
	char close[20];
	close[0] = ')';
	memcpy(close + 1, x->s + d, dl);
	close[dl + 1] = '"';
	size_t cs = d + dl + 1;
	const char *e = memmem(x->s + cs, x->n - cs, close, dl + 2);
	size_t ce = e ? (size_t)(e - x->s) : x->n;
	return lit_done(x, cs, ce, dl + 2);
}

/* """ ... """ (Java text blocks, C# raw strings, Python triple quotes). */
static size_t triple(struct lx *x, size_t i, char q, int escapes)
{
	size_t j = i + 3;
	while (j + 2 < x->n) {
		if (escapes && x->s[j] == '\\') {
			j += 2;
			continue;
		}
		if (x->s[j] == q && x->s[j + 1] == q && x->s[j + 2] == q)
			return lit_done(x, i + 3, j, 3);
		j++;
	}
	return lit_done(x, i + 3, x->n, 0);
}

/* C# verbatim string @"..." ("" is a quote, no backslash escapes). */
static size_t cs_verbatim(struct lx *x, size_t i)
{
	size_t j = i + 1;
	while (j < x->n) {
		if (x->s[j] == '"') {
			if (j + 1 < x->n && x->s[j + 1] == '"') {
				j += 2;
				continue;
			}
			return lit_done(x, i + 1, j, 1);
		}
		j++;
	}
	return lit_done(x, i + 1, x->n, 0);
}

/* PHP heredoc/nowdoc <<<ID ... ID at i; returns 0 when it is not one. */
static size_t php_heredoc(struct lx *x, size_t i)
{
	size_t j = i + 3;
	while (j < x->n && (x->s[j] == ' ' || x->s[j] == '\t'))
		j++;
	if (j < x->n && (x->s[j] == '\'' || x->s[j] == '"'))
		j++;
	size_t id = j;
	while (j < x->n && is_ident((unsigned char)x->s[j]))
		j++;
	size_t idl = j - id;
	if (idl == 0)
		return 0;
	size_t cs = line_end(x, j);
	if (cs >= x->n)
		return 0;
	cs++;
	for (size_t ls = cs; ls < x->n;) {
		size_t k = ls;
		while (k < x->n && (x->s[k] == ' ' || x->s[k] == '\t'))
			k++;
		if (k + idl <= x->n && !memcmp(x->s + k, x->s + id, idl) &&
		    (k + idl == x->n || !is_ident((unsigned char)x->s[k + idl])))
			return lit_done(x, cs, ls, 0);
		ls = line_end(x, ls) + 1;
	}
	return lit_done(x, cs, x->n, 0);
}

static size_t string_at(struct lx *x, size_t i)
{
	const char *s = x->s;
	char q = s[i];
	int triple_ok = i + 2 < x->n && s[i + 1] == q && s[i + 2] == q;

	switch (x->lang) {
	case LANG_PYTHON:
		if (triple_ok)
			return triple(x, i, q, 1);
		return lit_done(x, i + 1, quoted(x, i, q, 0), 1);
	case LANG_CPP:
		if (q == '\'' && i > 0 && isxdigit((unsigned char)s[i - 1]))
			return i + 1;   /* digit separator 1'000 */
		if (q == '"' && cpp_raw_prefix(x, i))
			return cpp_raw(x, i);
		break;
	case LANG_JAVA:
		if (q == '"' && triple_ok)
			return triple(x, i, q, 1);
		break;
	case LANG_CSHARP:
		if (q == '"' && triple_ok)
			return triple(x, i, q, 0);
		if (q == '"' && i > 0 && (s[i - 1] == '@' ||
		    (i > 1 && s[i - 1] == '$' && s[i - 2] == '@')))
			return cs_verbatim(x, i);
		break;
	case LANG_PHP:
		return lit_done(x, i + 1, quoted(x, i, q, 1), 1);
	default:
		break;
	}
	return lit_done(x, i + 1, quoted(x, i, q, 0), 1);
}

static void lex_loop(struct lx *x)
{
	const char *s = x->s;
	size_t n = x->n, i = 0;
	int c_like = x->lang != LANG_PYTHON;
	char special[8];
	size_t ns = 0;

	/* Only these bytes can open a comment or a literal: skip the rest with
	 * strcspn() over the text view, which is NUL-terminated and, ahead of
	 * i, still equal to the source (a NUL byte inside stops it early). */
	special[ns++] = '"';
	special[ns++] = '\'';
	if (c_like)
		special[ns++] = '/';
	if (x->lang == LANG_PYTHON || x->lang == LANG_PHP)
		special[ns++] = '#';
	if (x->lang == LANG_GO || x->lang == LANG_JS)
		special[ns++] = '`';
	if (x->lang == LANG_PHP)
		special[ns++] = '<';
	special[ns] = '\0';

	while (i < n) {
		i += strcspn(x->out->text + i, special);
		if (i >= n)
			break;
		if (s[i] == '\0') {
			i++;
			continue;
		}
		char c = s[i];
		char d = i + 1 < n ? s[i + 1] : '\0';
		if (c_like && c == '/' && d == '/') {
			size_t e = line_end(x, i);
			comment(x, i, e);
			i = e;
		} else if (c_like && c == '/' && d == '*') {
			const char *e = n - i > 2 ? memmem(s + i + 2, n - i - 2, "*/", 2) : NULL;
			size_t end = e ? (size_t)(e - s) + 2 : n;
			comment(x, i, end);
			i = end;
		} else if (c == '#' && (x->lang == LANG_PYTHON ||
		           (x->lang == LANG_PHP && d != '['))) {
			size_t e = line_end(x, i);
			comment(x, i, e);
			i = e;
		} else if (c == '"' || c == '\'') {
			i = string_at(x, i);
		} else if (c == '`' && x->lang == LANG_GO) {
			const char *e = memchr(s + i + 1, '`', n - i - 1);
			i = lit_done(x, i + 1, e ? (size_t)(e - s) : n, 1);
		} else if (c == '`' && x->lang == LANG_JS) {
			i = lit_done(x, i + 1, template_end(x, i), 1);
		} else if (c == '/' && x->lang == LANG_JS && js_regex_start(x, i)) {
			size_t e = js_regex_end(x, i);
			i = e ? lit_done(x, i + 1, e, 1) : i + 1;
		} else if (c == '<' && x->lang == LANG_PHP && d == '<' &&
		           i + 2 < n && s[i + 2] == '<') {
			size_t e = php_heredoc(x, i);
			i = e ? e : i + 3;
		} else {
			i++;
		}
	}
}

void lex_run(enum lex_lang lang, const char *src, size_t len, struct lex_out *out)
{
	memset(out, 0, sizeof(*out));
	out->len = len;
	out->code = xmalloc(len + 1);
	out->text = xmalloc(len + 1);
	if (len) {
		memcpy(out->code, src, len);
		memcpy(out->text, src, len);
	}
	out->code[len] = out->text[len] = '\0';

	struct lx x = { .s = src, .n = len, .lang = lang, .out = out };
	lex_loop(&x);
}

void lex_out_release(struct lex_out *out)
{
	if (!out)
		return;
	free(out->code);
	free(out->text);
	memset(out, 0, sizeof(*out));
}
