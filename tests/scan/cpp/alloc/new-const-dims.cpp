    constexpr int kRows = 64, kCols = 80;
    char *grid = new char[kRows * kCols];                           // ok: CWE-680
    std::memset(grid, '.', kRows * kCols);
