void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);                           /* ok: CWE-134 */
	va_end(ap);
	exit(1);
}
