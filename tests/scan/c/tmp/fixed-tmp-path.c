	FILE *lock = fopen("/tmp/mydaemon.pid", "w");        /* expect: CWE-377 */
	fprintf(lock, "%ld\n", (long)getpid());
