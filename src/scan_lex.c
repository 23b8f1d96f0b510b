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
#include <strings.h>
#include "util.h"
#include "scan_lex.h"

struct lx {
	const char *s;
	size_t n;
	enum lex_lang lang;
	struct lex_out *out;
	size_t hd_from, hd_to;   /* Ruby: a heredoc body already masked, to skip */
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

/* The first index at or after j whose byte is in set (which holds no
 * NUL), else n. strcspn() runs over the text view, which ahead of the
 * lexer is still the source (it blanks only comments it has passed) and is
 * NUL-terminated; a NUL byte of the source stops it early, and is passed. */
static size_t span_to(const struct lx *x, size_t j, const char *set)
{
	while (j < x->n) {
		j += strcspn(x->out->text + j, set);
		if (j >= x->n || x->out->text[j] != '\0')
			return j < x->n ? j : x->n;
		j++;
	}
	return x->n;
}

/* An escaped string opened by quote q at i. Returns the index of the closing
 * quote (or where it stopped); multiline: newlines do not end it. */
static size_t quoted(const struct lx *x, size_t i, char q, int multiline)
{
	const char set[4] = { q, '\\', multiline ? '\0' : '\n', '\0' };
	size_t j = i + 1;
	while (j < x->n) {
		j = span_to(x, j, set);
		if (j < x->n && x->s[j] == '\\') {
			j += 2;
			continue;
		}
		return j;
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
	const char set[3] = { q, escapes ? '\\' : '\0', '\0' };
	size_t j = i + 3;
	while (j + 2 < x->n) {
		j = span_to(x, j, set);   /* past what is neither q nor an escape */
		if (j + 2 >= x->n)
			break;
		if (x->s[j] == '\\') {
			j += 2;
			continue;
		}
		if (x->s[j + 1] == q && x->s[j + 2] == q)
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

/* A block comment that may nest (Rust, Kotlin, Swift: an opener inside
 * it opens a deeper level) at i; returns the index after it. */
static size_t nested_comment_end(const struct lx *x, size_t i)
{
	int depth = 0;
	for (size_t j = i; j + 1 < x->n; j++) {
		if (x->s[j] == '/' && x->s[j + 1] == '*') {
			depth++;
			j++;
		} else if (x->s[j] == '*' && x->s[j + 1] == '/') {
			if (--depth == 0)
				return j + 2;
			j++;
		}
	}
	return x->n;
}

static size_t quoted_at(struct lx *x, size_t i);

/* A string whose contents start at cs and end at a closing sequence close
 * (cl bytes), with backslash escapes when escapes, across lines when
 * multiline. Interpolated code -- "${...}" (Kotlin, interp '$'),
 * "#{...}" (Ruby, '#'), "\(...)" (Swift, '\\') -- stays in the code
 * view; the rest of the contents is masked. Returns the index after the
 * closing sequence (or where the string stopped). */
static size_t interp_string(struct lx *x, size_t cs, const char *close, size_t cl, int escapes,
			    int multiline, char interp)
{
	size_t j = cs, seg = cs;
	while (j < x->n) {
		char c = x->s[j];
		int opens = 0;
		if (interp == '$' && c == '$' && j + 1 < x->n && x->s[j + 1] == '{')
			opens = 2;
		else if (interp == '#' && c == '#' && j + 1 < x->n && x->s[j + 1] == '{')
			opens = 2;
		else if (interp == '\\' && c == '\\' && j + 1 < x->n && x->s[j + 1] == '(')
			opens = 2;
		if (opens) {
			literal(x, seg, j);
			/* the interpolated code: to the matching close, skipping
			 * strings inside it */
			char o = x->s[j + 1], e = o == '{' ? '}' : ')';
			int depth = 1;
			size_t k = j + 2;
			while (k < x->n && depth) {
				char d = x->s[k];
				if (d == o)
					depth++;
				else if (d == e)
					depth--;
				else if (d == '"' || (d == '\'' && x->lang != LANG_SWIFT)) {
					k = quoted_at(x, k);
					continue;
				}
				if (depth)
					k++;
			}
			j = k < x->n ? k + 1 : x->n;
			seg = j;
			continue;
		}
		if (escapes && c == '\\') {
			j += 2;
			continue;
		}
		if (j + cl <= x->n && !memcmp(x->s + j, close, cl)) {
			literal(x, seg, j);
			return j + cl;
		}
		if (c == '\n' && !multiline) {
			literal(x, seg, j);
			return j;
		}
		j++;
	}
	literal(x, seg, x->n);
	return x->n;
}

/* Rust: a char literal 'a', '\n', '\u{1F600}' at i, or a lifetime 'a
 * (no closing quote), which is code. Returns the index after it. */
static size_t rust_quote(struct lx *x, size_t i)
{
	size_t j = i + 1;
	if (j < x->n && x->s[j] == '\\') {
		size_t e = j + 2;
		while (e < x->n && e < i + 14 && x->s[e] != '\'' && x->s[e] != '\n')
			e++;
		if (e < x->n && x->s[e] == '\'')
			return lit_done(x, i + 1, e, 1);
		return i + 1;
	}
	/* one character, then the closing quote */
	size_t k = j;
	if (k < x->n && ((unsigned char)x->s[k] & 0x80)) {
		k++;
		while (k < x->n && ((unsigned char)x->s[k] & 0xC0) == 0x80)
			k++;
	} else {
		k++;
	}
	if (k < x->n && x->s[k] == '\'')
		return lit_done(x, i + 1, k, 1);
	return i + 1;   /* a lifetime: 'a, 'static */
}

/* Rust raw strings r"..." r#"..."# (b and c prefixes too) closing at the
 * quote at i: the number of # before it, or -1 when it is not raw. */
static int rust_raw_hashes(const struct lx *x, size_t i)
{
	size_t k = i;
	int h = 0;
	while (k > 0 && x->s[k - 1] == '#') {
		k--;
		h++;
	}
	if (k == 0 || x->s[k - 1] != 'r')
		return -1;
	k--;
	if (k > 0 && (x->s[k - 1] == 'b' || x->s[k - 1] == 'c'))
		k--;
	return k == 0 || !is_ident((unsigned char)x->s[k - 1]) ? h : -1;
}

/* Swift raw strings #"..."# with the quote at i: the number of #. */
static int swift_hashes(const struct lx *x, size_t i)
{
	size_t k = i;
	int h = 0;
	while (k > 0 && x->s[k - 1] == '#') {
		k--;
		h++;
	}
	return h;
}

/* Close sequence: the quote (or triple quote) followed by h hashes. */
static size_t close_seq(char *buf, size_t cap, const char *q, int h)
{
	size_t n = strlen(q);
	memcpy(buf, q, n);
	for (int k = 0; k < h && n + 1 < cap; k++)
		buf[n++] = '#';
	buf[n] = 0;
	return n;
}

static size_t string_at(struct lx *x, size_t i);

static size_t quoted_at(struct lx *x, size_t i)
{
	return string_at(x, i);
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
	case LANG_RUST: {
		if (q == '\'')
			return rust_quote(x, i);
		int h = rust_raw_hashes(x, i);
		char cbuf[40];
		if (h >= 0 && h < 32)
			return interp_string(x, i + 1, cbuf, close_seq(cbuf, sizeof(cbuf), "\"", h),
					     0, 1, 0);
		return interp_string(x, i + 1, "\"", 1, 1, 1, 0);
	}
	case LANG_KOTLIN:
		if (q == '"' && triple_ok)
			return interp_string(x, i + 3, "\"\"\"", 3, 0, 1, '$');
		if (q == '"')
			return interp_string(x, i + 1, "\"", 1, 1, 0, '$');
		break;
	case LANG_SWIFT: {
		if (q == '\'')
			return i + 1;   /* not a delimiter in Swift */
		int h = swift_hashes(x, i);
		char cbuf[40];
		if (h > 31)
			h = 31;
		if (triple_ok)
			return interp_string(x, i + 3, cbuf, close_seq(cbuf, sizeof(cbuf), "\"\"\"", h),
					     !h, 1, h ? 0 : '\\');
		return interp_string(x, i + 1, cbuf, close_seq(cbuf, sizeof(cbuf), "\"", h), !h, 0,
				     h ? 0 : '\\');
	}
	case LANG_RUBY:
		if (q == '\'')
			return lit_done(x, i + 1, quoted(x, i, q, 1), 1);
		return interp_string(x, i + 1, "\"", 1, 1, 1, '#');
	default:
		break;
	}
	return lit_done(x, i + 1, quoted(x, i, q, 0), 1);
}

/* ---- Ruby ---- */

/* Is the code before i (skipping spaces) a place where an operand starts:
 * the start, an operator, an opening bracket, a keyword? */
static int rb_operand_start(const struct lx *x, size_t i)
{
	static const char *const kw[] = { "if", "unless", "when", "while", "until", "and", "or",
					   "not", "return", "puts", "print", "p", "raise", "in" };
	size_t k = i;
	while (k > 0 && (x->out->code[k - 1] == ' ' || x->out->code[k - 1] == '\t'))
		k--;
	if (k == 0 || x->out->code[k - 1] == '\n')
		return 1;
	char p = x->out->code[k - 1];
	if (strchr("(,=:[!&|?{};+-*%<>~^", p))
		return 1;
	for (size_t w = 0; w < ARRAY_LEN(kw); w++) {
		size_t l = strlen(kw[w]);
		if (k >= l && !memcmp(x->out->code + k - l, kw[w], l) &&
		    (k == l || !is_ident((unsigned char)x->out->code[k - l - 1])))
			return 1;
	}
	return 0;
}

/* A %-literal at i: %q(...), %Q[...], %w{...}, %i<...>, %r|...|, %x(...),
 * %(...). Returns the index after it, or 0 when '%' is an operator. */
static size_t rb_percent(struct lx *x, size_t i)
{
	size_t j = i + 1;
	char type = 'Q';
	if (j < x->n && strchr("qQwWiIrxs", x->s[j]) && j + 1 < x->n &&
	    !isalnum((unsigned char)x->s[j + 1]) && x->s[j + 1] != ' ')
		type = x->s[j++];
	if (j >= x->n || isalnum((unsigned char)x->s[j]) || isspace((unsigned char)x->s[j]) ||
	    x->s[j] == '=')
		return 0;
	/* an operand must start here: "a % b" and "x %= 3" are operators */
	int spaced_call = i > 0 && x->s[i - 1] == ' ' && !isspace((unsigned char)x->s[j + 1]);
	if (!rb_operand_start(x, i) && !spaced_call)
		return 0;
	char o = x->s[j], e = o == '(' ? ')' : o == '[' ? ']' : o == '{' ? '}' : o == '<' ? '>' : o;
	int depth = 1, interp = strchr("QWIrx", type) != NULL;
	size_t k = j + 1, seg = k;
	while (k < x->n) {
		char c = x->s[k];
		if (c == '\\') {
			k += 2;
			continue;
		}
		if (interp && c == '#' && k + 1 < x->n && x->s[k + 1] == '{') {
			literal(x, seg, k);
			int d = 1;
			size_t m = k + 2;
			while (m < x->n && d) {
				if (x->s[m] == '{')
					d++;
				else if (x->s[m] == '}')
					d--;
				if (d)
					m++;
			}
			k = m < x->n ? m + 1 : x->n;
			seg = k;
			continue;
		}
		if (o != e && c == o)
			depth++;
		else if (c == e && --depth == 0)
			break;
		k++;
	}
	literal(x, seg, k < x->n ? k : x->n);
	k = k < x->n ? k + 1 : x->n;
	while (type == 'r' && k < x->n && strchr("imxounse", x->s[k]))
		k++;
	return k;
}

/* A heredoc opener <<~ID, <<-ID, <<ID, <<~'ID' at i: mask its body (the
 * lines after this one, up to the terminator) and remember it for the
 * loop to skip. Returns the index after the opener, or 0 when "<<" is a
 * shift or an append. */
static size_t rb_heredoc(struct lx *x, size_t i)
{
	size_t j = i + 2;
	int indent = 0;
	if (j < x->n && (x->s[j] == '~' || x->s[j] == '-')) {
		indent = 1;
		j++;
	}
	char qc = 0;
	if (j < x->n && (x->s[j] == '\'' || x->s[j] == '"' || x->s[j] == '`'))
		qc = x->s[j++];
	size_t id = j;
	while (j < x->n && (isalnum((unsigned char)x->s[j]) || x->s[j] == '_'))
		j++;
	size_t idl = j - id;
	if (!idl || (qc && (j >= x->n || x->s[j] != qc)))
		return 0;
	/* "x << y": an identifier in lower case after a plain << is a shift */
	if (!qc && !indent && !isupper((unsigned char)x->s[id]))
		return 0;
	if (qc)
		j++;
	size_t body = line_end(x, j);
	if (body >= x->n || x->hd_to)
		return j;   /* no body, or a second heredoc on the line (rare): code */
	body++;
	for (size_t ls = body; ls < x->n;) {
		size_t k = ls, le = line_end(x, ls);
		if (indent)
			while (k < le && (x->s[k] == ' ' || x->s[k] == '\t'))
				k++;
		if (le - k == idl && !memcmp(x->s + k, x->s + id, idl)) {
			literal(x, body, ls);
			x->hd_from = body;
			x->hd_to = le;
			return j;
		}
		ls = le + 1;
	}
	literal(x, body, x->n);
	x->hd_from = body;
	x->hd_to = x->n;
	return j;
}

/* =begin ... =end at the start of lines: a comment. */
static size_t rb_block_comment(struct lx *x, size_t i)
{
	for (size_t ls = line_end(x, i) + 1; ls < x->n; ls = line_end(x, ls) + 1)
		if (!strncmp(x->s + ls, "=end", 4) &&
		    (ls + 4 == x->n || !is_ident((unsigned char)x->s[ls + 4]))) {
			size_t e = line_end(x, ls);
			comment(x, i, e);
			return e;
		}
	comment(x, i, x->n);
	return x->n;
}

/* The index after the first "*\/" at or after from, else n: the '/'
 * found with memchr(), which in a comment is rarer than '*'. */
static size_t block_comment_end(const char *s, size_t from, size_t n)
{
	for (size_t k = from; k < n;) {
		const char *p = memchr(s + k, '/', n - k);
		if (!p)
			break;
		size_t at = (size_t)(p - s);
		if (at > from && s[at - 1] == '*')
			return at + 1;
		k = at + 1;
	}
	return n;
}

/* PHP's next open tag at or after i: "<?php" (any case), "<?=", or a bare
 * "<?" before a space ("<?xml" is not one). Returns its index, or n, and
 * sets *code to where the PHP code after it starts. */
static size_t php_open_tag(const struct lx *x, size_t i, size_t *code)
{
	const char *s = x->s;
	size_t n = x->n;
	while (i + 1 < n) {
		const char *p = memmem(s + i, n - i, "<?", 2);
		if (!p)
			break;
		size_t t = (size_t)(p - s), k = t + 2;
		if (n - k >= 3 && !strncasecmp(s + k, "php", 3))
			k += 3;
		else if (k < n && s[k] == '=')
			k++;
		else if (k < n && !isspace((unsigned char)s[k])) {
			i = k;
			continue;
		}
		*code = k;
		return t;
	}
	*code = n;
	return n;
}

/* PHP: a file with an open tag is HTML outside <?php ... ?> and <?= ... ?>;
 * that HTML is text the interpreter prints, a literal to the rules (masked
 * in the code view, so that an apostrophe in it opens no string). Masks from
 * i to the next open tag and returns where the code after it starts, or n. */
static size_t php_html(struct lx *x, size_t i)
{
	size_t code, t = php_open_tag(x, i, &code);
	literal(x, i, t);
	return code;
}

static void lex_loop(struct lx *x)
{
	const char *s = x->s;
	size_t n = x->n, i = 0;
	int ruby = x->lang == LANG_RUBY;
	int c_like = x->lang != LANG_PYTHON && !ruby;
	int nested = x->lang == LANG_RUST || x->lang == LANG_KOTLIN || x->lang == LANG_SWIFT;
	char special[12];
	size_t ns = 0;

	/* Only these bytes can open a comment or a literal: skip the rest with
	 * strcspn() over the text view, which is NUL-terminated and, ahead of
	 * i, still equal to the source (a NUL byte inside stops it early). */
	special[ns++] = '"';
	if (x->lang != LANG_SWIFT)
		special[ns++] = '\'';
	if (c_like || ruby)
		special[ns++] = '/';
	if (x->lang == LANG_PYTHON || x->lang == LANG_PHP || ruby)
		special[ns++] = '#';
	if (x->lang == LANG_GO || x->lang == LANG_JS || ruby)
		special[ns++] = '`';
	if (x->lang == LANG_PHP || ruby)
		special[ns++] = '<';
	if (ruby) {
		special[ns++] = '%';
		special[ns++] = '=';
	}
	/* PHP with an open tag: HTML until the first one, and after each ?> */
	size_t code_at;
	int php_tags = x->lang == LANG_PHP && php_open_tag(x, 0, &code_at) < n;
	if (php_tags) {
		special[ns++] = '?';
		i = php_html(x, 0);
	}
	special[ns] = '\0';

	while (i < n) {
		i += strcspn(x->out->text + i, special);
		if (x->hd_to && i >= x->hd_from) {   /* a heredoc body, masked already */
			if (i < x->hd_to)
				i = x->hd_to;
			x->hd_to = x->hd_from = 0;
			continue;
		}
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
			size_t end;
			if (nested) {
				end = nested_comment_end(x, i);
			} else {
				end = block_comment_end(s, i + 2, n);
			}
			comment(x, i, end);
			i = end;
		} else if (c == '#' && (x->lang == LANG_PYTHON || ruby ||
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
		} else if (c == '`' && ruby) {
			i = interp_string(x, i + 1, "`", 1, 1, 1, '#');
		} else if (c == '/' && ((x->lang == LANG_JS && js_regex_start(x, i)) ||
		                        (ruby && rb_operand_start(x, i)))) {
			size_t e = js_regex_end(x, i);
			i = e ? lit_done(x, i + 1, e, 1) : i + 1;
		} else if (c == '?' && php_tags && d == '>') {
			i = php_html(x, i + 2);
		} else if (c == '<' && x->lang == LANG_PHP && d == '<' &&
		           i + 2 < n && s[i + 2] == '<') {
			size_t e = php_heredoc(x, i);
			i = e ? e : i + 3;
		} else if (c == '<' && ruby && d == '<') {
			size_t e = rb_heredoc(x, i);
			i = e ? e : i + 2;
		} else if (c == '%' && ruby) {
			size_t e = rb_percent(x, i);
			i = e ? e : i + 1;
		} else if (c == '=' && ruby && (i == 0 || s[i - 1] == '\n') &&
		           !strncmp(s + i, "=begin", 6)) {
			i = rb_block_comment(x, i);
		} else {
			i++;
		}
	}
}

void lex_into(enum lex_lang lang, const char *src, size_t len, char *code, char *text)
{
	struct lex_out out = { code, text, len };
	if (len) {
		memcpy(code, src, len);
		memcpy(text, src, len);
	}
	code[len] = text[len] = '\0';

	struct lx x = { .s = src, .n = len, .lang = lang, .out = &out };
	lex_loop(&x);
}

void lex_run(enum lex_lang lang, const char *src, size_t len, struct lex_out *out)
{
	memset(out, 0, sizeof(*out));
	out->len = len;
	out->code = xmalloc(len + 1);
	out->text = xmalloc(len + 1);
	lex_into(lang, src, len, out->code, out->text);
}

void lex_out_release(struct lex_out *out)
{
	if (!out)
		return;
	free(out->code);
	free(out->text);
	memset(out, 0, sizeof(*out));
}
