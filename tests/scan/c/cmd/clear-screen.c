#ifdef _WIN32
#define F_CLEAR "cls"
#else
#define F_CLEAR "clear"
#endif

static void menu_redraw(void)
{
	system(F_CLEAR);                                     /* ok: CWE-78 */
	puts("1) New game");
	puts("2) Load game");
	puts("3) Quit");
}
