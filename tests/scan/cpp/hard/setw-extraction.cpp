    char code[8];
    std::cin >> std::setw(sizeof code) >> code;                     // ok: CWE-121
