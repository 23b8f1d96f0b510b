import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class XmlUserStore {
    private final Document doc;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    public XmlUserStore(Document doc) { this.doc = doc; }

    public boolean authenticate(String user, String pass) throws XPathExpressionException {
        String expr = "/users/user[name='" + user + "' and password='" + pass + "']";
        Boolean ok = (Boolean) xpath.evaluate(expr, doc, XPathConstants.BOOLEAN);   // expect: CWE-643
        return ok;
    }

    public int count() throws XPathExpressionException {
        return ((Double) xpath.evaluate("count(/users/user)", doc, XPathConstants.NUMBER)).intValue();   // ok: CWE-643
    }
}
