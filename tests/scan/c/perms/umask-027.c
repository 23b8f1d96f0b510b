int main(int argc, char **argv)
{
	umask(027);                                          /* ok: CWE-732 */
	daemonize();
	return serve(argc, argv);
}
