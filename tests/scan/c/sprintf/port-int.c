	char portstr[8];
	sprintf(portstr, "%d", port);                        /* expect: CWE-120 */
	rc = getaddrinfo(host, portstr, &hints, &res);
