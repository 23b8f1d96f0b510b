const fn = Function('return ' + body)(); // expect: CWE-95
