    char nick[20];
    std::cout << "nick: ";
    std::cin >> nick;                                               // expect: CWE-121
