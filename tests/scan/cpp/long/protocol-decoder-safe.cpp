#include <cstdint>
#include <cstring>
#include <vector>

namespace proto {

struct Header {
    std::uint16_t type;
    std::uint16_t count;
    std::uint32_t item_size;
};

class Decoder {
public:
    bool Feed(const std::uint8_t *data, std::size_t len) {
        if (len < sizeof(Header))
            return false;
        Header h;
        std::memcpy(&h, data, sizeof h);
        if (h.item_size == 0 || h.item_size > 4096 ||
            h.count > (len - sizeof h) / h.item_size)
            return false;
        std::vector<std::uint8_t> items(data + sizeof h,
                                        data + sizeof h + std::size_t{h.count} * h.item_size);   // ok: CWE-190
        char name[32] = {};
        std::memcpy(name, data + sizeof h, std::min<std::size_t>(h.item_size, sizeof name - 1));   // ok: CWE-121
        Dispatch(h.type, items.data(), h.count, name);
        return true;
    }

private:
    void Dispatch(std::uint16_t type, const std::uint8_t *items, std::uint16_t n, const char *name);
};

}  // namespace proto
