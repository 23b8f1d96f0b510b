#include <stdio.h>
#include <string.h>
#include <ctype.h>

struct config {
	char listen_addr[64];
	char docroot[256];
	int port;
};

/* key = value lines; # starts a comment */
int config_load(const char *file, struct config *cfg)
{
	char line[512], key[64], value[256];
	FILE *fp = fopen(file, "r");
	if (!fp)
		return -1;
	while (fgets(line, sizeof line, fp)) {
		char *p = line;
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '#' || *p == '\0')
			continue;
		if (sscanf(p, "%63[^= ] = %255[^\n]", key, value) != 2)
			continue;
		if (!strcmp(key, "listen"))
			strcpy(cfg->listen_addr, value);         /* expect: CWE-120 */
		else if (!strcmp(key, "docroot"))
			strcpy(cfg->docroot, value);             /* ok: CWE-120 value holds at most 255 chars */
		else if (!strcmp(key, "port"))
			cfg->port = atoi(value);
	}
	fclose(fp);
	return 0;
}
