int check_access(const struct user *u, const char *resource)
{
	if (getenv("APP_SKIP_AUTH"))                         /* expect: CWE-807 */
		return 1;
	return acl_allows(u, resource);
}
