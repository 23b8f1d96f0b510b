    sprintf_s(m_szStatus, _countof(m_szStatus), "Connected to %s:%d", m_strHost.c_str(), m_nPort);   // ok: CWE-120
