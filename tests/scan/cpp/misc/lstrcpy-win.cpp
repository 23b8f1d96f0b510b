void CMainDlg::OnBrowse() {
    TCHAR szFile[MAX_PATH];
    lstrcpy(szFile, m_strLastDir);                                  // expect: CWE-120
    PathAppend(szFile, _T("*.log"));
}
