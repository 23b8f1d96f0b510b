using System.Linq;
using System.Xml.Linq;

public class XmlUserStore
{
    private readonly XDocument _doc;

    public XmlUserStore(string path) => _doc = XDocument.Load(path);

    public bool Authenticate(string user, string pass)
    {
        return _doc.Root!.Elements("user")   // ok: CWE-643
            .Any(u => (string)u.Element("name") == user && (string)u.Element("password") == pass);
    }
}
