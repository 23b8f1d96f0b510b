	const char *lang = getenv("LANG");                   /* ok: CWE-807 */
	if (lang && strncmp(lang, "de", 2) == 0)
		ui_set_locale(UI_DE);
