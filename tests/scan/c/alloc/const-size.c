	int *lut = malloc(sizeof(int) * 256);                /* ok: CWE-190 */
	char **slots = malloc(MAX_SLOTS * sizeof(char *));  /* ok: CWE-190 */
	double *m = malloc(16 * sizeof(double));              /* ok: CWE-190 */
