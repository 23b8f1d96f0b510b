    std::string title = doc->GetTitle();                            // ok: CWE-121
    SetWindowTextW(hwnd_, std::wstring(title.begin(), title.end()).c_str());
