    wxLogMessage(msg);                                              // expect: CWE-134
