	struct ifreq ifr;
	memset(&ifr, 0, sizeof ifr);
	strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);         /* ok: CWE-120 */
	if (ioctl(sock, SIOCGIFINDEX, &ifr) < 0)
		return -1;
