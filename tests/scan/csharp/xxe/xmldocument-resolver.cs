            XmlDocument doc = new XmlDocument();
            doc.XmlResolver = new XmlUrlResolver();   // expect: CWE-611
            doc.LoadXml(xml);
