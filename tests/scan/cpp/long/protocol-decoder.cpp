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
        std::memcpy(&h, data, sizeof h);                            // ok: CWE-121
        std::uint8_t *items = static_cast<std::uint8_t *>(
            std::malloc(h.count * h.item_size));                    // expect: CWE-190
        if (!items)
            return false;
        std::memcpy(items, data + sizeof h, h.count * h.item_size);
        char name[32];
        std::memcpy(name, data + sizeof h, h.item_size);            // expect: CWE-121
        Dispatch(h.type, items, h.count, name);
        std::free(items);
        return true;
    }

private:
    void Dispatch(std::uint16_t type, const std::uint8_t *items, std::uint16_t n, const char *name);
};

}  // namespace proto
