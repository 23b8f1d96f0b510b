#include <cstdint>
#include <cstdio>
#include <vector>

struct Vertex { float x, y, z, u, v; };

struct Mesh {
    std::vector<Vertex> verts;
    std::vector<std::uint32_t> idx;
};

constexpr std::uint32_t kMaxVerts = 1u << 22;

// binary mesh: u32 vertex count, u32 index count, vertices, indices
bool LoadMesh(std::FILE *f, Mesh *m) {
    std::uint32_t hdr[2];
    if (std::fread(hdr, sizeof hdr, 1, f) != 1)
        return false;
    if (hdr[0] > kMaxVerts || hdr[1] > kMaxVerts)
        return false;
    m->verts.resize(hdr[0]);                                        // ok: CWE-190
    m->idx.resize(std::size_t{hdr[1]} * 3);                         // ok: CWE-680
    return std::fread(m->verts.data(), sizeof(Vertex), m->verts.size(), f) == m->verts.size() &&
           std::fread(m->idx.data(), sizeof(std::uint32_t), m->idx.size(), f) == m->idx.size();
}
