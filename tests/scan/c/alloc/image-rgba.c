/* decode the raw bitmap after the header */
static uint8_t *bmp_alloc_pixels(const struct bmp_hdr *h)
{
	uint32_t width = le32(h->width), height = le32(h->height);
	uint8_t *px = malloc(width * height * 4);            /* expect: CWE-190 */
	return px;
}
