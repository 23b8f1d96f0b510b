const char *fw_version_string(void)
{
	static char ver[16];
	sprintf(ver, "%u.%u.%u", FW_MAJOR, FW_MINOR, fw_build);   /* expect: CWE-120 */
	return ver;
}
