/* reservoir sampling of log lines for the debug view */
	if (seen < RESERVOIR)
		keep[seen] = line;
	else {
		long j = random() % (seen + 1);                  /* expect: CWE-330 */
		if (j < RESERVOIR)
			keep[j] = line;
	}
	seen++;
