/* err.c -- errors as values (see err.h). */
#include "util.h"
#include "buf.h"
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

__attribute__((format(printf, 3, 0)))
static void set_tail(char *dst, size_t size, const char *fmt, va_list ap)
{
	int n = vsnprintf(dst, size, fmt, ap);
	/* A message longer than the buffer is cut visibly, never silently. */
	if (n >= 0 && (size_t)n >= size && size > 4)
		memcpy(dst + size - 4, "...", 4);
}

int err_set(struct tri_err *e, int code, const char *fmt, ...)
{
	va_list ap;
	if (!e)
		return -1;
	e->code = code;
	va_start(ap, fmt);
	set_tail(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return -1;
}

int err_at(struct tri_err *e, int code, const char *file, long line, long col,
	   const char *fmt, ...)
{
	va_list ap;
	int n;
	if (!e)
		return -1;
	e->code = code;
	if (col > 0)
		n = snprintf(e->msg, sizeof(e->msg), "%s:%ld:%ld: ", file, line, col);
	else
		n = snprintf(e->msg, sizeof(e->msg), "%s:%ld: ", file, line);
	if (n < 0 || (size_t)n >= sizeof(e->msg))
		n = 0;
	va_start(ap, fmt);
	set_tail(e->msg + n, sizeof(e->msg) - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

int err_prefix(struct tri_err *e, const char *fmt, ...)
{
	char old[sizeof(e->msg)];
	va_list ap;
	if (!e)
		return -1;
	memcpy(old, e->msg, sizeof(old));
	va_start(ap, fmt);
	int n = vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof(e->msg) - 3)
		return -1;
	/* the old text is cut to fit, visibly when it does not */
	size_t room = sizeof(e->msg) - (size_t)n - 3;
	size_t len = strlen(old);
	memcpy(e->msg + n, ": ", 2);
	if (len > room) {
		memcpy(e->msg + n + 2, old, room - 3);
		memcpy(e->msg + n + 2 + room - 3, "...", 4);
	} else {
		memcpy(e->msg + n + 2, old, len + 1);
	}
	return -1;
}

void err_print(const char *who, const struct tri_err *e)
{
	struct buf b = BUF_INIT;
	buf_add_escaped(&b, e->msg, strlen(e->msg), 0);
	fprintf(stderr, "%s: %s\n", who, b.s);
	buf_release(&b);
}
