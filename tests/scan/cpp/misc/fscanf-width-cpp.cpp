    char cmd[32];
    while (std::fscanf(in, "%31s", cmd) == 1) {                     // ok: CWE-121
        if (!Dispatch(cmd))
            break;
    }
