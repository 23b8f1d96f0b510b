    std::string user = std::getenv("USER") ? std::getenv("USER") : "";
    if (user == "root") {                                           // expect: CWE-807
        EnableMaintenanceCommands();
    }
