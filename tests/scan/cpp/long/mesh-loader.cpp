#include <cstdint>
#include <cstdio>
#include <cstdlib>

struct Vertex { float x, y, z, u, v; };

struct Mesh {
    Vertex *verts = nullptr;
    std::uint32_t *idx = nullptr;
    std::uint32_t nverts = 0, nidx = 0;
};

// binary mesh: u32 vertex count, u32 index count, vertices, indices
bool LoadMesh(std::FILE *f, Mesh *m) {
    std::uint32_t hdr[2];
    if (std::fread(hdr, sizeof hdr, 1, f) != 1)
        return false;
    m->nverts = hdr[0];
    m->nidx = hdr[1];
    m->verts = static_cast<Vertex *>(std::malloc(m->nverts * sizeof(Vertex)));   // expect: CWE-190
    m->idx = new std::uint32_t[m->nidx * 3];                        // expect: CWE-680
    if (!m->verts)
        return false;
    return std::fread(m->verts, sizeof(Vertex), m->nverts, f) == m->nverts &&
           std::fread(m->idx, sizeof(std::uint32_t), m->nidx * 3, f) == m->nidx * 3;
}
