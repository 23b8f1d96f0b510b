	if (mkdir(upload_dir, S_IRWXU | S_IRWXG | S_IRWXO) != 0 && errno != EEXIST)   /* expect: CWE-732 */
		return -1;
