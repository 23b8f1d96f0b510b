    let (prefix, words, _) = unsafe { bytes.align_to::<u32>() }; // expect: CWE-676
