	char mode[8];
	if (readonly)
		strcpy(mode, "r");                               /* ok: CWE-121 */
	else
		strcpy(mode, "r+");                              /* ok: CWE-121 */
