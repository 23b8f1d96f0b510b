    wxLogMessage("%s", msg);                                        // ok: CWE-134
