    char cmd[32];
    while (std::scanf("%s", cmd) == 1) {                            // expect: CWE-121
        if (!Dispatch(cmd))
            break;
    }
