	/* convert the UTF-8 title to UTF-32 for the renderer */
	size_t len = strlen(title);
	uint32_t *wide = malloc(len * sizeof(uint32_t));     /* expect: CWE-190 */
	size_t n = utf8_decode(title, len, wide);
