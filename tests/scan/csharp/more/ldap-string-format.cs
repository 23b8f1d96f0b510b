            searcher.Filter = string.Format("(&(objectClass=user)(sAMAccountName={0}))", userName);   // expect: CWE-90
