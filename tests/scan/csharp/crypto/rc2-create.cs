var rc2 = RC2.Create();   // expect: CWE-327
