Image::Image(std::uint32_t width, std::uint32_t height)
    : width_(width), height_(height),
      pixels_(static_cast<std::size_t>(width) * height) {}          // ok: CWE-680
