/* buf.c -- the growable string (see buf.h). */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <jansson.h>
#include "util.h"
#include "buf.h"

#define READ_MAX_DEFAULT ((size_t)256 << 20)

char buf_empty[1];

void buf_init(struct buf *b)
{
	b->s = buf_empty;
	b->len = b->alloc = b->cap = 0;
}

void buf_release(struct buf *b)
{
	if (b->alloc)
		free(b->s);
	size_t cap = b->cap;
	buf_init(b);
	b->cap = cap;
}

char *buf_detach(struct buf *b)
{
	char *s = b->alloc ? b->s : xstrdup("");
	size_t cap = b->cap;
	buf_init(b);
	b->cap = cap;
	return s;
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->alloc)
		b->s[0] = '\0';
}

static void buf_reserve(struct buf *b, size_t extra)
{
	if (extra > SIZE_MAX - 1 - b->len)
		xmalloc(SIZE_MAX);   /* reports the overflow and aborts */
	size_t need = b->len + extra + 1;
	if (need <= b->alloc)
		return;
	size_t n = b->alloc ? b->alloc : 64;
	while (n < need)
		n = n > SIZE_MAX / 2 ? need : n * 2;
	if (b->alloc) {
		b->s = xrealloc(b->s, n);
	} else {
		b->s = xmalloc(n);
		b->s[0] = '\0';
	}
	b->alloc = n;
}

void buf_add(struct buf *b, const void *data, size_t len)
{
	buf_reserve(b, len);
	if (len)
		memcpy(b->s + b->len, data, len);
	b->len += len;
	b->s[b->len] = '\0';
}

int buf_try_add(struct buf *b, const void *data, size_t len)
{
	if (b->cap && (len > b->cap || b->len > b->cap - len))
		return -1;
	buf_add(b, data, len);
	return 0;
}

void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;   /* an invalid format: nothing to append */
	buf_reserve(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void buf_add_escaped(struct buf *b, const char *s, size_t len, int keep_newlines)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c == '\n' || c == '\t') && keep_newlines)
			buf_addc(b, (char)c);
		else if (c == '\n')
			buf_adds(b, "\\n");
		else if (c == '\t')
			buf_adds(b, "\\t");
		else if (c < 0x20 || c == 0x7f)
			buf_addf(b, "\\x%02x", c);
		else if (c == 0xc2 && i + 1 < len &&
			 (unsigned char)s[i + 1] >= 0x80 &&
			 (unsigned char)s[i + 1] <= 0x9f) {
			/* C1 control in UTF-8 (e.g. U+009B, a one-byte CSI) */
			buf_addf(b, "\\u%04x", (unsigned char)s[i + 1]);
			i++;
		} else
			buf_addc(b, (char)c);
	}
}

int buf_write_file(const struct buf *b, const char *path)
{
	int out = !strcmp(path, "-");
	FILE *f = out ? stdout : fopen(path, "wb");

	if (!f)
		return -1;
	errno = 0;
	int bad = fwrite(b->s, 1, b->len, f) != b->len;
	int saved = errno;
	bad |= (out ? fflush(f) : fclose(f)) != 0;
	if (bad && !errno)
		errno = saved ? saved : EIO;
	return bad ? -1 : 0;
}

int buf_read_file(struct buf *b, const char *path, size_t max)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char chunk[65536];
	size_t n;
	struct stat st;
	int ret = 0;

	if (!f)
		return -1;
	if (!max)
		max = READ_MAX_DEFAULT;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		ret = -1;
		errno = EISDIR;
		goto out;
	}
	errno = 0;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (n > max || b->len > max - n) {
			errno = EFBIG;
			ret = -1;
			goto out;
		}
		buf_add(b, chunk, n);
	}
	if (ferror(f)) {
		if (!errno)
			errno = EIO;
		ret = -1;
	}
out:
	if (f != stdin) {
		int saved = errno;
		fclose(f);
		errno = saved;
	}
	return ret;
}

int buf_read_regular(struct buf *b, const char *path, size_t max)
{
	struct stat st;
	size_t start = b->len;
	int rc = -1, fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0)
		return -1;
	if (fstat(fd, &st))
		goto out;
	if (!S_ISREG(st.st_mode)) {
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		goto out;
	}
	if ((size_t)st.st_size > max) {
		errno = EFBIG;
		goto out;
	}
	/* room for the size, one byte more (to see the end) and the NUL */
	size_t want = b->len + (size_t)st.st_size + 2;
	for (;;) {
		if (b->alloc < want) {
			b->s = b->alloc ? xrealloc(b->s, want) : xmalloc(want);
			b->alloc = want;
		}
		ssize_t r = read(fd, b->s + b->len, b->alloc - 1 - b->len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			goto out;
		if (r == 0)
			break;
		b->len += (size_t)r;
		if (b->len - start > max) {
			errno = EFBIG;
			goto out;
		}
		if (st.st_size > 0 && b->len - start == (size_t)st.st_size)
			break;   /* all of it: spare the read() that finds the end */
		if (b->len + 1 == b->alloc)   /* it grew since fstat() */
			want = b->alloc * 2;
	}
	b->s[b->len] = '\0';
	rc = 0;
out:
	if (rc) {
		int saved = errno;
		b->len = start;
		if (b->alloc)
			b->s[start] = '\0';
		close(fd);
		errno = saved;
	} else {
		close(fd);
	}
	return rc;
}

void buf_add_json(struct buf *b, const json_t *j, size_t flags)
{
	char *s = json_dumps(j, flags);
	if (!s)
		xmalloc(SIZE_MAX);   /* jansson fails only when out of memory */
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		/* inside JSON text these bytes occur only in strings */
		if (c == 0x7f)
			buf_adds(b, "\\u007f");
		else if (c == 0xc2 && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] <= 0x9f)
			buf_addf(b, "\\u%04x", (unsigned char)*++p);
		else
			buf_addc(b, (char)c);
	}
	free(s);
}

void buf_fit(struct buf *b, size_t width)
{
	if (!width || !b->len)
		return;
	size_t cols = 0, i = 0, keep = 0;
	for (; i < b->len; i++) {
		if (((unsigned char)b->s[i] & 0xc0) == 0x80)
			continue;
		if (cols == (width > 3 ? width - 3 : 0))
			keep = i;
		cols++;
	}
	if (cols <= width)
		return;
	b->len = keep;
	b->s[b->len] = 0;
	buf_add(b, "...", width < 3 ? width : 3);
}
