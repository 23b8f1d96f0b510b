#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/random.h>

#define SID_LEN 32

static const char sid_chars[] =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/* Create a new session identifier for a logged-in client. */
int http_session_new_id(char *out)
{
    unsigned char raw[SID_LEN];
    size_t i;

    if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)   /* ok: CWE-338 */
        return -1;
    for (i = 0; i < SID_LEN; i++)
        out[i] = sid_chars[raw[i] % (sizeof(sid_chars) - 1)];
    out[SID_LEN] = '\0';
    return 0;
}

int http_session_create(struct http_conn *c)
{
    struct session *s = calloc(1, sizeof(*s));
    if (!s || http_session_new_id(s->id) < 0) {
        free(s);
        return -1;
    }
    s->expires = time(NULL) + 3600;
    c->session = s;
    return 0;
}
