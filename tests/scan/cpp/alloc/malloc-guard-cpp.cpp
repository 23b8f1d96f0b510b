float *AllocFrames(std::size_t channels, std::size_t frames) {
    if (channels == 0 || frames > SIZE_MAX / channels / sizeof(float))
        return nullptr;
    return static_cast<float *>(std::malloc(channels * frames * sizeof(float)));   // ok: CWE-190
}
