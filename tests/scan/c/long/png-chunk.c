#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct png_image {
	uint32_t width, height;
	uint8_t bit_depth, color_type;
	uint8_t *rows;
	char text[80];
};

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3]; }

/* IHDR and tEXt chunks */
int png_chunk(struct png_image *img, const char type[4], const uint8_t *data, uint32_t len)
{
	if (!memcmp(type, "IHDR", 4)) {
		if (len < 13)
			return -1;
		img->width = be32(data);
		img->height = be32(data + 4);
		img->bit_depth = data[8];
		img->color_type = data[9];
		img->rows = malloc(img->width * img->height * 4);   /* expect: CWE-190 */
		return img->rows ? 0 : -1;
	}
	if (!memcmp(type, "tEXt", 4)) {
		memcpy(img->text, data, len);                /* expect: CWE-787 */
		img->text[len] = '\0';
	}
	return 0;
}
