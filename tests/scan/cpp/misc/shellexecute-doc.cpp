BOOL Launcher::OpenDocument(const std::wstring &doc) {
    auto r = ShellExecuteW(nullptr, L"open", doc.c_str(), nullptr, nullptr, SW_SHOWNORMAL);   // ok: CWE-78
    return reinterpret_cast<INT_PTR>(r) > 32;
}
