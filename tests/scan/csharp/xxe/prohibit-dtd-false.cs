        settings.ProhibitDtd = false;   // expect: CWE-611
