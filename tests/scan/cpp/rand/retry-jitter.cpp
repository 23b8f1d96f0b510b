std::chrono::milliseconds Backoff::Next() {
    auto base = std::min<long>(max_ms_, 100L << attempts_++);
    return std::chrono::milliseconds(base + std::rand() % 100);    // expect: CWE-330
}
