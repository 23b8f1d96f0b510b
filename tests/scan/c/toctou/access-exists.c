	/* only report whether the binary is installed */
	if (access("/usr/bin/gpg", X_OK) == 0)               /* ok: CWE-367 */
		features |= FEAT_GPG;
