int check_access(const struct user *u, const char *resource)
{
	if (getenv("APP_TRACE"))                             /* ok: CWE-807 only turns on tracing */
		trace("acl check %s for %s", resource, u->name);
	return acl_allows(u, resource);
}
