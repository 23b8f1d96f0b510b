	char portstr[8];
	snprintf(portstr, sizeof portstr, "%d", port);       /* ok: CWE-120 */
	rc = getaddrinfo(host, portstr, &hints, &res);
