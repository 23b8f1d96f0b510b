import javax.xml.namespace.QName;
import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class XmlUserStore {
    private final Document doc;

    public XmlUserStore(Document doc) { this.doc = doc; }

    public boolean authenticate(String user, String pass) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(v -> switch (v.getLocalPart()) {
            case "u" -> user;
            case "p" -> pass;
            default -> null;
        });
        XPathExpression e = xpath.compile("/users/user[name=$u and password=$p]");   // ok: CWE-643
        return (Boolean) e.evaluate(doc, XPathConstants.BOOLEAN);
    }
}
