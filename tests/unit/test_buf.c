/* test_buf.c -- the buffer type, errors, number parsing. */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "util.h"
#include "t.h"
#include "buf.h"
#include "err.h"

static void test_append_and_cap(void)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, "abc");
	buf_addf(&b, "-%d-", 42);
	T_EQ_STR(b.s, "abc-42-");
	T_EQ_INT(b.len, 7);
	b.cap = 10;
	T_EQ_INT(buf_try_add(&b, "xyz", 3), 0);   /* 10 bytes: at the cap */
	T_EQ_INT(buf_try_add(&b, "q", 1), -1);    /* one past it fails ... */
	T_EQ_STR(b.s, "abc-42-xyz");              /* ... and changes nothing */
	T_EQ_INT(buf_try_add(&b, "long", 4), -1);
	T_EQ_INT(b.len, 10);
	buf_addc(&b, '!');                        /* the plain appends know no cap */
	T_EQ_STR(b.s, "abc-42-xyz!");
	buf_release(&b);
	T_EQ_INT(b.len, 0);
	T_EQ_INT(b.cap, 10);                      /* the cap outlives a release */
	T_EQ_STR(b.s, "");
	/* a large formatted append grows the buffer as needed */
	for (int i = 0; i < 1000; i++)
		buf_addf(&b, "%04d", i);
	T_EQ_INT(b.len, 4000);
	T_CHECK(!memcmp(b.s + 3996, "0999", 4));
	buf_release(&b);
}

static void test_escape(void)
{
	struct buf b = BUF_INIT;
	const char evil[] = "red\x1b[31mX\x07\r\n\xc2\x9b" "2J";
	buf_add_escaped(&b, evil, sizeof(evil) - 1, 0);
	T_EQ_STR(b.s, "red\\x1b[31mX\\x07\\x0d\\n\\u009b2J");
	buf_reset(&b);
	buf_add_escaped(&b, "a\nb\tc", 5, 1);
	T_EQ_STR(b.s, "a\nb\tc");
	char *s = buf_detach(&b);
	T_EQ_STR(s, "a\nb\tc");
	free(s);
}

static void test_err(void)
{
	struct tri_err e;
	T_EQ_INT(err_at(&e, TRI_USAGE, "c.yaml", 7, 3, "unknown key '%s'", "modle"), -1);
	T_EQ_STR(e.msg, "c.yaml:7:3: unknown key 'modle'");
	T_EQ_INT(e.code, TRI_USAGE);
	err_prefix(&e, "loading config");
	T_EQ_STR(e.msg, "loading config: c.yaml:7:3: unknown key 'modle'");
}

static void test_parse(void)
{
	long l = 0;
	double d = 0;
	T_EQ_INT(parse_long("42", &l), 0);
	T_EQ_INT(l, 42);
	T_EQ_INT(parse_long("42x", &l), -1);
	T_EQ_INT(parse_long("", &l), -1);
	T_EQ_INT(parse_double("355e9", &d), 0);
	T_NEAR(d, 355e9, 1);
	T_EQ_INT(parse_double("nan", &d), -1);
}

static void test_sha256(void)
{
	char h[65];
	sha256_hex("abc", 3, h);   /* FIPS 180-2 test vector */
	T_EQ_STR(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

/* A file written and read back is the same bytes (NUL included); a path
 * in a missing directory fails with errno set. */
static void test_files(void)
{
	char path[] = "/tmp/tri-buf.XXXXXX";
	struct buf b = BUF_INIT, r = BUF_INIT;
	int fd = mkstemp(path);
	T_CHECK(fd >= 0);
	if (fd < 0)
		return;
	close(fd);
	buf_add(&b, "one\0two\n", 8);
	T_EQ_INT(buf_write_file(&b, path), 0);
	T_EQ_INT(buf_read_file(&r, path, 0), 0);
	T_EQ_INT(r.len, 8);
	T_CHECK(r.len == 8 && !memcmp(r.s, "one\0two\n", 8));
	/* larger than the limit: EFBIG; a directory: EISDIR, not "I/O error" */
	buf_reset(&r);
	errno = 0;
	T_EQ_INT(buf_read_file(&r, path, 7), -1);
	T_EQ_INT(errno, EFBIG);
	errno = 0;
	T_EQ_INT(buf_read_file(&r, "/tmp", 0), -1);
	T_EQ_INT(errno, EISDIR);
	errno = 0;
	T_EQ_INT(buf_write_file(&b, "/nonexistent-dir/x"), -1);
	T_EQ_INT(errno, ENOENT);

	/* a regular file only, appended; on failure b is as it was */
	buf_reset(&r);
	buf_adds(&r, "head:");
	T_EQ_INT(buf_read_regular(&r, path, 8), 0);
	T_CHECK(r.len == 13 && !memcmp(r.s, "head:one\0two\n", 13) && r.s[13] == '\0');
	errno = 0;
	T_EQ_INT(buf_read_regular(&r, path, 7), -1);
	T_EQ_INT(errno, EFBIG);
	errno = 0;
	T_EQ_INT(buf_read_regular(&r, "/tmp", 1 << 20), -1);
	T_EQ_INT(errno, EISDIR);
	errno = 0;
	T_EQ_INT(buf_read_regular(&r, "/dev/null", 1 << 20), -1);
	T_EQ_INT(errno, EINVAL);
	T_CHECK(r.len == 13 && r.s[13] == '\0');
	unlink(path);
	buf_release(&b);
	buf_release(&r);
}

int main(void)
{
	T_RUN(test_append_and_cap);
	T_RUN(test_escape);
	T_RUN(test_err);
	T_RUN(test_parse);
	T_RUN(test_sha256);
	T_RUN(test_files);
	return t_done("test_buf");
}
