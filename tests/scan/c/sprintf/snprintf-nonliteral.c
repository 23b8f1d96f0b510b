void set_title(struct window *w, const char *title)
{
	char buf[128];
	snprintf(buf, sizeof(buf), title);                   /* expect: CWE-134 */
	window_set_caption(w, buf);
}
