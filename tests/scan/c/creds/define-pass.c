#define ADMIN_USER     "admin"
#define ADMIN_PASSWORD "Router#2020"                     /* expect: CWE-798 */

static int web_login_ok(const char *u, const char *p)
{
	return strcmp(u, ADMIN_USER) == 0 && strcmp(p, ADMIN_PASSWORD) == 0;
}
