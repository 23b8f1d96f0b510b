/* scan_lex.h -- the scanner's lexers (internal to scan*.c).
 *
 * One pass over a source text produces two views of exactly the same
 * length, so that an offset in a view is the same offset in the source and
 * line/column computations need no mapping:
 *
 *   code  comments blanked (spaces, newlines kept) and the contents of
 *         string, character, template and regex literals masked with
 *         spaces; the delimiters (quotes, prefixes) stay. A pattern run on
 *         it matches code only.
 *   text  comments blanked, literals intact. A pattern run on it can look
 *         inside strings (a SQL keyword, a password value).
 *
 * Lexers are per family: C-like (C, C++, Java, C#, Go, JavaScript/TypeScript,
 * PHP, Rust, Kotlin, Swift, each with its own literal forms: raw strings,
 * text blocks, verbatim and interpolated strings, template literals,
 * heredocs, regex literals, nested block comments in Rust, Kotlin and
 * Swift), Python (# comments, prefixed and triple-quoted strings) and Ruby
 * (# and =begin comments, heredocs, %-literals, regex literals). An
 * interpolation inside a string ("${cmd}", "#{cmd}", "\(cmd)") is code:
 * it stays in the code view.
 * Where the text view differs from the source, the source is in a comment
 * (blanked) -- which is how scan.c finds suppression markers ("nosec") in
 * comments without the lexer looking for them. */
#ifndef TRI_SCAN_LEX_H
#define TRI_SCAN_LEX_H

#include <stddef.h>

enum lex_lang {
	LANG_C = 0, LANG_CPP, LANG_PYTHON, LANG_JS, LANG_JAVA, LANG_GO,
	LANG_PHP, LANG_CSHARP, LANG_RUST, LANG_KOTLIN, LANG_SWIFT, LANG_RUBY, LANG_N
};

struct lex_out {
	char *code, *text;      /* owned, len bytes each plus a NUL */
	size_t len;
};

/* Lex src (len bytes) as language lang into out (which it initialises).
 * Never fails: an unterminated literal or comment runs to the end. */
void lex_run(enum lex_lang lang, const char *src, size_t len, struct lex_out *out);
void lex_out_release(struct lex_out *out);
/* The same into buffers the caller owns, of len + 1 bytes each (the
 * scanner reuses them from one text to the next). */
void lex_into(enum lex_lang lang, const char *src, size_t len, char *code, char *text);

#endif
