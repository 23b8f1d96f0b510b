static int vec_reserve(struct vec *v, size_t want)
{
	if (want <= v->cap)
		return 0;
	void *p = realloc(v->data, want * v->elem_size);     /* expect: CWE-190 */
	if (!p)
		return -1;
	v->data = p;
	v->cap = want;
	return 0;
}
