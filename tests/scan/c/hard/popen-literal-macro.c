#define SPOOL_DIR "/var/spool/fax"

	FILE *p = popen("ls -1 " SPOOL_DIR, "r");            /* ok: CWE-78 */
