#include <stdio.h>
#include <syslog.h>

/* log a message received from a client */
void log_event(const char *msg)
{
	syslog(LOG_INFO, msg);                               /* expect: CWE-134 */
	fprintf(stderr, msg);                                /* expect: CWE-134 */
	fputc('\n', stderr);
}
