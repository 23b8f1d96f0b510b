#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <limits.h>

struct ftp_session {
	int ctrl;
	char root[PATH_MAX];
	char cwd[PATH_MAX];
	int logged_in;
};

/* CWD <dir> */
static void cmd_cwd(struct ftp_session *s, const char *arg)
{
	char path[PATH_MAX], real[PATH_MAX];
	size_t rootlen = strlen(s->root);

	if (!s->logged_in) {
		reply(s, 530, "Not logged in.");
		return;
	}
	if (snprintf(path, sizeof path, "%s/%s/%s", s->root, s->cwd, arg) >= (int)sizeof path ||
	    !realpath(path, real) || strncmp(real, s->root, rootlen) != 0 ||
	    (real[rootlen] != '/' && real[rootlen] != '\0')) {            /* ok: CWE-22 */
		reply(s, 550, "No such directory.");
		return;
	}
	if (snprintf(s->cwd, sizeof s->cwd, "%s", real + rootlen) >= (int)sizeof s->cwd)   /* ok: CWE-120 */
		return;
	reply(s, 250, "Directory changed.");
}
