	if (strcmp(mode, "readonly") == 0)                   /* ok: CWE-798 */
		flags |= O_RDONLY;
