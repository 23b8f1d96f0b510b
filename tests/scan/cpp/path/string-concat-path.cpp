    std::string full = "/var/www/uploads/" + req.param("file");     // expect: CWE-22
    std::ifstream in(full);
