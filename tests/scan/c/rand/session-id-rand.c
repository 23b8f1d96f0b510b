#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SID_LEN 32

static const char sid_chars[] =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/* Create a new session identifier for a logged-in client. */
void http_session_new_id(char *out)
{
    size_t i;

    srand((unsigned)time(NULL));                    /* expect: CWE-338 */
    for (i = 0; i < SID_LEN; i++)
        out[i] = sid_chars[rand() % (sizeof(sid_chars) - 1)];   /* expect: CWE-338 */
    out[SID_LEN] = '\0';
}

int http_session_create(struct http_conn *c)
{
    struct session *s = calloc(1, sizeof(*s));
    if (!s)
        return -1;
    http_session_new_id(s->id);
    s->expires = time(NULL) + 3600;
    c->session = s;
    return 0;
}
