IFormatter f = new SoapFormatter();   // expect: CWE-502
