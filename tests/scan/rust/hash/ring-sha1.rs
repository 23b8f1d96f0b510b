    let d = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, &bytes); // expect: CWE-328
