const two = eval('1 + 1'); // ok: CWE-95
