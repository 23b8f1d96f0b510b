/* err.h -- errors as values.
 *
 * A function that can fail takes a struct tri_err * and returns 0 or -1.
 * On failure it fills the error with a message that says what failed, on
 * which input, and what to do; a location (file:line:col) when one is
 * involved. The caller decides what to print and with which exit code. */
#ifndef TRI_ERR_H
#define TRI_ERR_H

struct tri_err {
	int code;           /* an enum tri_exit value: TRI_USAGE, TRI_RUNTIME ... */
	char msg[2048];     /* full text, location first when there is one */
};

/* Set the error (code, printf message); returns -1 for `return err_set(...)`. */
int err_set(struct tri_err *e, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Same with a location: "file:line:col: message" (col 0 omits the column). */
int err_at(struct tri_err *e, int code, const char *file, long line, long col,
           const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Prefix an existing message with "what: ". */
int err_prefix(struct tri_err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Print "who: message" and a newline to stderr, control characters in the
 * message escaped (it may quote a file, a config or a server). */
void err_print(const char *who, const struct tri_err *e);

#endif
