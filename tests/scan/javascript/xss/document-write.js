document.write('<img src="/pixel?ref=' + document.referrer + '">'); // expect: CWE-79
