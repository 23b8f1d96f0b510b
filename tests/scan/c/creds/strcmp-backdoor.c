int auth_check(const char *user, const char *pass)
{
	if (strcmp(pass, "sup3rs3cret!") == 0)               /* expect: CWE-798 */
		return 1;
	return pam_auth(user, pass);
}
