	/* a shared drop directory, like /tmp: everyone may write, nobody may delete others' files */
	chmod(dropdir, 01777);                               /* expect: CWE-732 */
