void Mixer::Mix(std::size_t frames) {
    std::vector<float> scratch(frames);                             // ok: CWE-121
    for (std::size_t i = 0; i < frames; ++i)
        scratch[i] = a_[i] + b_[i];
    Out(scratch.data(), frames);
}
