    catch (const std::exception &e) {
        std::fprintf(stderr, e.what());                             // expect: CWE-134
        return 1;
    }
