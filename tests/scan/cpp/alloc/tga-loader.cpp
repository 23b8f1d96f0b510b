#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <istream>
#include <stdexcept>

struct TgaHeader {
    std::uint8_t id_len, cmap_type, img_type;
    std::uint8_t cmap[5];
    std::uint16_t x, y, width, height;
    std::uint8_t bpp, desc;
};

unsigned char *LoadTga(std::istream &in, int *w, int *h) {
    TgaHeader hdr{};
    in.read(reinterpret_cast<char *>(&hdr), sizeof hdr);
    if (!in || hdr.img_type != 2)
        throw std::runtime_error("unsupported TGA");
    int bytes_pp = hdr.bpp / 8;
    auto *data = static_cast<unsigned char *>(
        std::malloc(hdr.width * hdr.height * bytes_pp));           // expect: CWE-190
    if (!data)
        throw std::bad_alloc();
    in.ignore(hdr.id_len);
    in.read(reinterpret_cast<char *>(data), hdr.width * hdr.height * bytes_pp);
    *w = hdr.width;
    *h = hdr.height;
    return data;
}
