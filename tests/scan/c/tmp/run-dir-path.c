	FILE *lock = fopen("/run/mydaemon/mydaemon.pid", "w");   /* ok: CWE-377 */
	fprintf(lock, "%ld\n", (long)getpid());
