static int sb_grow(struct strbuf *sb)
{
	if (sb->cap > SIZE_MAX / 2)
		return -1;
	char *p = realloc(sb->buf, sb->cap * 2);             /* ok: CWE-190 */
	if (!p)
		return -1;
	sb->buf = p;
	sb->cap *= 2;
	return 0;
}
