#include <cstdint>
#include <istream>
#include <stdexcept>
#include <vector>

std::vector<unsigned char> LoadTga(std::istream &in, int *w, int *h) {
    TgaHeader hdr{};
    in.read(reinterpret_cast<char *>(&hdr), sizeof hdr);
    if (!in || hdr.img_type != 2 || (hdr.bpp != 24 && hdr.bpp != 32))
        throw std::runtime_error("unsupported TGA");
    const std::size_t bytes = std::size_t{hdr.width} * hdr.height * (hdr.bpp / 8u);
    std::vector<unsigned char> data(bytes);                         // ok: CWE-190
    in.ignore(hdr.id_len);
    in.read(reinterpret_cast<char *>(data.data()), static_cast<std::streamsize>(bytes));
    *w = hdr.width;
    *h = hdr.height;
    return data;
}
