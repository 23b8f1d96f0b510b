    std::uniform_real_distribution<double> jitter(0.9, 1.1);       // ok: CWE-330
    auto delay = base * jitter(engine_);
