BOOL Launcher::OpenDocument(const std::wstring &doc) {
    std::wstring cmd = L"cmd.exe /c start \"\" \"" + doc + L"\"";
    STARTUPINFOW si{sizeof(si)};
    PROCESS_INFORMATION pi{};
    return CreateProcessW(nullptr, &cmd[0], nullptr, nullptr, FALSE, 0, nullptr, nullptr, &si, &pi);   // expect: CWE-78
}
