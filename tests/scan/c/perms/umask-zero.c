int main(int argc, char **argv)
{
	umask(0);                                            /* expect: CWE-732 */
	daemonize();
	return serve(argc, argv);
}
