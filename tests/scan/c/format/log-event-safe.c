#include <stdio.h>
#include <syslog.h>

/* log a message received from a client */
void log_event(const char *msg)
{
	syslog(LOG_INFO, "%s", msg);                         /* ok: CWE-134 */
	fprintf(stderr, "%s\n", msg);                        /* ok: CWE-134 */
}
