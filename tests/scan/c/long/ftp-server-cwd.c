#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <limits.h>

struct ftp_session {
	int ctrl;
	char root[PATH_MAX];
	char cwd[PATH_MAX];
	int logged_in;
};

static void reply(struct ftp_session *s, int code, const char *text)
{
	dprintf(s->ctrl, "%d %s\r\n", code, text);
}

/* CWD <dir> */
static void cmd_cwd(struct ftp_session *s, const char *arg)
{
	char path[PATH_MAX];

	if (!s->logged_in) {
		reply(s, 530, "Not logged in.");
		return;
	}
	snprintf(path, sizeof path, "%s/%s/%s", s->root, s->cwd, arg);   /* expect: CWE-22 */
	if (chdir(path) != 0) {
		reply(s, 550, "No such directory.");
		return;
	}
	strcat(s->cwd, "/");
	strcat(s->cwd, arg);                                 /* expect: CWE-120 */
	reply(s, 250, "Directory changed.");
}
