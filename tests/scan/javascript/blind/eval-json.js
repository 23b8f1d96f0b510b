const data = eval('(' + xhr.responseText + ')'); // expect: CWE-95
