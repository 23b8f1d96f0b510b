	for (i = 0; i < nusers; i++) {
		fprintf(out, users[i].display_name);             /* expect: CWE-134 */
		fputc('\n', out);
	}
