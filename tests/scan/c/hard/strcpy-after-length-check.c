int set_label(struct widget *w, const char *text)
{
	char tmp[64];
	if (strlen(text) >= sizeof tmp)
		return -1;
	strcpy(tmp, text);                                   /* ok: CWE-120 */
	return widget_apply_label(w, tmp);
}
