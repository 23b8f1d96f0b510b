    std::vector<int> deck(52);
    std::iota(deck.begin(), deck.end(), 0);
    std::shuffle(deck.begin(), deck.end(), std::mt19937{std::random_device{}()});   // ok: CWE-330
