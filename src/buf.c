/* buf.c -- the growable string (see buf.h). */
#include "util.h"
#include "buf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	buf_init(b);
	return s;
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->alloc)
		b->s[0] = '\0';
}

static int buf_reserve(struct buf *b, size_t extra)
{
	size_t cap = b->cap ? b->cap : BUF_CAP_DEFAULT;
	if (extra > cap || b->len > cap - extra)
		return -1;
	size_t need = b->len + extra + 1;
	if (need <= b->alloc)
		return 0;
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
	return 0;
}

int buf_add(struct buf *b, const void *data, size_t len)
{
	if (buf_reserve(b, len) < 0)
		return -1;
	if (len)
		memcpy(b->s + b->len, data, len);
	b->len += len;
	b->s[b->len] = '\0';
	return 0;
}

int buf_adds(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int buf_addc(struct buf *b, char c)
{
	return buf_add(b, &c, 1);
}

int buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0 || buf_reserve(b, (size_t)n) < 0)
		return -1;
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = buf_vaddf(b, fmt, ap);
	va_end(ap);
	return r;
}

int buf_add_escaped(struct buf *b, const char *s, size_t len, int keep_newlines)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		int r;
		if (c == '\n' && keep_newlines)
			r = buf_addc(b, '\n');
		else if (c == '\t' && keep_newlines)
			r = buf_addc(b, '\t');
		else if (c == '\n')
			r = buf_adds(b, "\\n");
		else if (c == '\t')
			r = buf_adds(b, "\\t");
		else if (c < 0x20 || c == 0x7f)
			r = buf_addf(b, "\\x%02x", c);
		else if (c == 0xc2 && i + 1 < len &&
			 (unsigned char)s[i + 1] >= 0x80 &&
			 (unsigned char)s[i + 1] <= 0x9f) {
			/* C1 control in UTF-8 (e.g. U+009B, a one-byte CSI) */
			r = buf_addf(b, "\\u%04x", (unsigned char)s[i + 1]);
			i++;
		} else
			r = buf_addc(b, (char)c);
		if (r < 0)
			return -1;
	}
	return 0;
}

int buf_write_file(const struct buf *b, const char *path)
{
	int out = !strcmp(path, "-");
	FILE *f = out ? stdout : fopen(path, "wb");

	if (!f)
		return -1;
	errno = 0;
	int bad = fwrite(b->s, 1, b->len, f) != b->len;
	bad |= (out ? fflush(f) : fclose(f)) != 0;
	if (bad && !errno)
		errno = EIO;
	return bad ? -1 : 0;
}

int buf_read_file(struct buf *b, const char *path)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char chunk[65536];
	size_t n;
	int ret = 0;

	if (!f)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (buf_add(b, chunk, n) < 0) {
			errno = EFBIG;
			ret = -1;
			break;
		}
	}
	if (ret == 0 && ferror(f)) {
		errno = EIO;
		ret = -1;
	}
	if (f != stdin)
		fclose(f);
	return ret;
}
