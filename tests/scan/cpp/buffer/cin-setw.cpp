    char nick[20];
    std::cout << "nick: ";
    std::cin >> std::setw(sizeof nick) >> nick;                     // ok: CWE-121
