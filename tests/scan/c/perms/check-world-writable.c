	/* refuse a config file others can modify */
	if (st.st_mode & (S_IWOTH | S_IWGRP)) {              /* ok: CWE-732 */
		log_err("%s is writable by others", path);
		return -1;
	}
