struct customer {
	int id;
	char name[32];
	char email[64];
};

/* the name comes from the network */
void set_name(struct customer *r, const char *name)
{
	strcpy(r->name, name);                               /* expect: CWE-120 */
}
