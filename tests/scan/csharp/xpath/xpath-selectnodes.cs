using System.Xml;

public class XmlUserStore
{
    private readonly XmlDocument _doc;

    public XmlUserStore(string path)
    {
        _doc = new XmlDocument { XmlResolver = null };
        _doc.Load(path);
    }

    public bool Authenticate(string user, string pass)
    {
        var node = _doc.SelectSingleNode("/users/user[name='" + user + "' and password='" + pass + "']");   // expect: CWE-643
        return node != null;
    }

    public int Count() => _doc.SelectNodes("/users/user").Count;   // ok: CWE-643
}
