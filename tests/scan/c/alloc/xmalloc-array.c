void *xmalloc_array(size_t n, size_t size)
{
	void *p = malloc(n * size);                          /* expect: CWE-190 */
	if (!p && n && size)
		die("out of memory");
	return p;
}
