	if (len > 1024)
		return -EINVAL;
	char *tmp = alloca(len);                             /* ok: CWE-121 */
	memcpy(tmp, src, len);
