int lookup_user(const char *login)
{
	char key[40];
	strcpy(key, "user:");                                /* ok: CWE-121 */
	strcat(key, login);                                  /* expect: CWE-120 */
	return kv_get_int(store, key);
}
