/* decode the raw bitmap after the header */
static uint8_t *bmp_alloc_pixels(const struct bmp_hdr *h)
{
	uint32_t width = le32(h->width), height = le32(h->height);
	size_t bytes;
	if (__builtin_mul_overflow((size_t)width, (size_t)height, &bytes) ||
	    __builtin_mul_overflow(bytes, 4, &bytes))
		return NULL;
	uint8_t *px = malloc(width * height * 4);            /* ok: CWE-190 */
	return px;
}
