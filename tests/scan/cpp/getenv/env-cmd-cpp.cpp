    const char *viewer = std::getenv("IMAGE_VIEWER");
    std::string cmd = std::string(viewer ? viewer : "xdg-open") + " " + path;
    std::system(cmd.c_str());                                       // expect: CWE-78
