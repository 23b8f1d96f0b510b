    auto samples = std::make_unique<float[]>(channels * frames);    // expect: CWE-190
