	char dest[PATH_MAX];
	snprintf(dest, sizeof dest, "%s/%s", cfg->upload_dir, hdr->filename);   /* expect: CWE-22 */
	int out = open(dest, O_WRONLY | O_CREAT | O_EXCL, 0640);
