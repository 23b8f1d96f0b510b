    // allow CI to skip the licence check
    if (std::getenv("SKIP_LICENSE_CHECK") != nullptr)               // expect: CWE-807
        return LicenseStatus::Valid;
