            XmlDocument doc = new XmlDocument();
            doc.XmlResolver = null;   // ok: CWE-611
            doc.LoadXml(xml);
