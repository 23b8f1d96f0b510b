        NodeList items = (NodeList) xPath.compile("/rss/channel/item").evaluate(feed, XPathConstants.NODESET);   // ok: CWE-643
