#include <stdarg.h>
#include <stdio.h>
#include <time.h>

static FILE *logf;

void log_msg(int level, const char *fmt, ...)
{
	char buf[512];
	char stamp[32];
	va_list ap;
	time_t now = time(NULL);

	if (level < log_threshold || !logf)
		return;
	strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", localtime(&now));
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);                 /* ok: CWE-134 */
	va_end(ap);
	fprintf(logf, "%s [%d] %s\n", stamp, level, buf);
	fflush(logf);
}
