void ParticleSystem::Emit(const Vec3 &origin, int count) {
    static std::mt19937 rng(std::random_device{}());                // ok: CWE-330
    std::uniform_real_distribution<float> spread(-1.0f, 1.0f);
    for (int i = 0; i < count; ++i) {
        Particle p;
        p.pos = origin;
        p.vel = Vec3(spread(rng), spread(rng) + 2.0f, spread(rng));
        p.life = 1.5f;
        particles_.push_back(p);
    }
}
