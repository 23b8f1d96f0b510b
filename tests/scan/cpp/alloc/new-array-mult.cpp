Image::Image(std::uint32_t width, std::uint32_t height)
    : width_(width), height_(height) {
    pixels_ = new std::uint32_t[width * height];                    // expect: CWE-680
}
