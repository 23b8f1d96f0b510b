var node = config.SelectSingleNode(string.Format("/settings/add[@key='{0}']", key));   // expect: CWE-643
