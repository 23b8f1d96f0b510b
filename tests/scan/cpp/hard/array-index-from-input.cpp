void Histogram::Add(std::uint8_t bucket) {
    counts_[bucket]++;                                              // ok: CWE-787 counts_ has 256 entries
}
