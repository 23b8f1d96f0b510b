/* buf.h -- the one growable string type.
 *
 * A struct buf owns a NUL-terminated heap string of len bytes. It is
 * initialised with BUF_INIT or buf_init() and released with buf_release(),
 * after which it is empty and reusable. Every buffer has a hard cap
 * (BUF_CAP_DEFAULT unless set): an append past it fails with -1 and leaves
 * the buffer unchanged, so that a server or a model sending unbounded bytes
 * becomes a clean error instead of an out-of-memory. */
#ifndef TRI_BUF_H
#define TRI_BUF_H

#include <stdarg.h>
#include <stddef.h>

#define BUF_CAP_DEFAULT ((size_t)64 << 20) /* 64 MiB */

struct buf {
	char *s;      /* NUL-terminated; "" (static) while nothing is allocated */
	size_t len;
	size_t alloc;
	size_t cap;   /* hard limit on len; 0 means BUF_CAP_DEFAULT */
};

extern char buf_empty[];
#define BUF_INIT { buf_empty, 0, 0, 0 }

void buf_init(struct buf *b);
void buf_release(struct buf *b);
/* Hand the string over to the caller (who frees it) and reset b. */
char *buf_detach(struct buf *b);
void buf_reset(struct buf *b);   /* len = 0, keeps the allocation */

/* Appends return 0, or -1 when the cap would be exceeded. */
int buf_add(struct buf *b, const void *data, size_t len);
int buf_adds(struct buf *b, const char *s);
int buf_addc(struct buf *b, char c);
int buf_addf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int buf_vaddf(struct buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* Append s with control characters and terminal escapes neutralised:
 * C0/C1 controls and DEL become \xNN (or \n, \t as two characters when
 * keep_newlines is 0), so untrusted text is safe to print. */
int buf_add_escaped(struct buf *b, const char *s, size_t len, int keep_newlines);

/* Read a whole file (or stdin for "-"); -1 with errno set on failure. */
int buf_read_file(struct buf *b, const char *path);
/* Write b to a file (created or truncated; stdout for "-", flushed); -1
 * with errno set on failure. */
int buf_write_file(const struct buf *b, const char *path);

#endif
