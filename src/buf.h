/* buf.h -- the one growable string type.
 *
 * A struct buf owns a NUL-terminated heap string of len bytes. It is
 * initialised with BUF_INIT or buf_init() and released with buf_release(),
 * after which it is empty and reusable.
 *
 * Two kinds of append, as git's strbuf and curl's dynbuf have:
 *
 *   - buf_add(), buf_adds(), buf_addc(), buf_addf(), buf_add_escaped()
 *     cannot fail: they abort the process when memory runs out (xrealloc),
 *     so their callers never check. Use them for text the program builds.
 *   - buf_try_add() is checked: it fails with -1, leaving the buffer as it
 *     was, when the append would take len past cap. Use it for bytes that a
 *     server, a model or a file supplies, so that an unbounded input becomes
 *     a clean error instead of an out-of-memory. Its result must be used.
 *
 * cap is 0 (no limit) unless the owner sets it; only buf_try_add() reads it. */
#ifndef TRI_BUF_H
#define TRI_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *s;      /* NUL-terminated; "" (static) while nothing is allocated */
	size_t len;
	size_t alloc;
	size_t cap;   /* limit on len for buf_try_add(); 0: none */
};

extern char buf_empty[];
#define BUF_INIT { buf_empty, 0, 0, 0 }

void buf_init(struct buf *b);
void buf_release(struct buf *b);   /* keeps cap */
/* Hand the string over to the caller (who frees it) and reset b. */
char *buf_detach(struct buf *b);
void buf_reset(struct buf *b);   /* len = 0, keeps the allocation */

/* Appends that cannot fail (abort on out-of-memory). */
void buf_add(struct buf *b, const void *data, size_t len);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* Append len bytes unless that takes b past its cap: 0, or -1 with b unchanged. */
int buf_try_add(struct buf *b, const void *data, size_t len)
	__attribute__((warn_unused_result));

/* Append s with control characters and terminal escapes neutralised:
 * C0/C1 controls and DEL become \xNN (or \n, \t as two characters when
 * keep_newlines is 0), so untrusted text is safe to print. */
void buf_add_escaped(struct buf *b, const char *s, size_t len, int keep_newlines);

/* Append the JSON text of j (json_dumps flags) with every control
 * character escaped, C1 and DEL included (jansson leaves U+0080-U+009F
 * and U+007F raw, and U+009B is a one-byte CSI to some terminals): the
 * output is the same JSON value and safe to print. */
struct json_t;
void buf_add_json(struct buf *b, const struct json_t *j, size_t flags);

/* Cut b to at most width display columns (code points), ending in "..."
 * when cut; width 0 leaves it as it is. */
void buf_fit(struct buf *b, size_t width);

/* Read a whole file (or stdin for "-") of at most max bytes (0: 256 MiB).
 * -1 with errno set on failure: EISDIR for a directory, EFBIG when it is
 * larger than max. A FIFO or a device named on purpose is read (bounded). */
int buf_read_file(struct buf *b, const char *path, size_t max);
/* Append a regular file of at most max bytes to b, in one read() as a rule
 * (the size fstat() gives; to the end when the file grew since). Opened
 * with O_NONBLOCK, so a path that became a FIFO fails instead of blocking.
 * -1 with errno set and b as it was: EISDIR for a directory, EINVAL for
 * another file that is not regular, EFBIG when larger than max. */
int buf_read_regular(struct buf *b, const char *path, size_t max);
/* Write b to a file (created or truncated; stdout for "-", flushed); -1
 * with errno set on failure. */
int buf_write_file(const struct buf *b, const char *path);

#endif
