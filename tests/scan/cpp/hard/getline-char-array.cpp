    char line[128];
    std::cin.getline(line, sizeof line);                            // ok: CWE-121
