    wchar_t title[64];
    wcscpy(title, doc->GetTitle());                                 // expect: CWE-120
