    std::srand(static_cast<unsigned>(std::time(nullptr)));         // expect: CWE-330
    int idx = std::rand() % static_cast<int>(quotes.size());         // expect: CWE-330
    std::cout << quotes[idx] << '\n';
