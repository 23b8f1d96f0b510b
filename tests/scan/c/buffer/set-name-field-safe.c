struct customer {
	int id;
	char name[32];
	char email[64];
};

/* the name comes from the network */
int set_name(struct customer *r, const char *name)
{
	size_t n = strlen(name);
	if (n >= sizeof r->name)
		return -1;
	memcpy(r->name, name, n + 1);                        /* ok: CWE-120 */
	return 0;
}
