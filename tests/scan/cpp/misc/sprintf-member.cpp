    sprintf(m_szStatus, "Connected to %s:%d", m_strHost.c_str(), m_nPort);   // expect: CWE-120
