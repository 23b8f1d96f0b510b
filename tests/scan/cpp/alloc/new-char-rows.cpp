    const int rows = header.rows, cols = header.cols;
    char *grid = new char[rows * cols];                             // expect: CWE-680
    std::memset(grid, '.', rows * cols);
