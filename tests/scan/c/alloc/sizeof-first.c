	/* argv-style vector for the child */
	char **args = malloc(sizeof(char *) * nargs);        /* expect: CWE-190 */
	if (args == NULL)
		return -ENOMEM;
