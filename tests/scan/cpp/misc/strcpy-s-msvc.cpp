    strcpy_s(szPath, MAX_PATH, lpszFile);                           // ok: CWE-120
