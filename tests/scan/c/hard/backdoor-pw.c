static int check_login(const char *user, const char *pw)
{
	if (strcmp(user, "support") == 0 && strcmp(pw, "Supp0rt!") == 0)   /* expect: CWE-798 */
		return 1;
	return verify_shadow(user, pw);
}
