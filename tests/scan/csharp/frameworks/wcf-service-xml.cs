[ServiceContract]
public interface IImportService
{
    [OperationContract]
    int Import(string xml);
}

public class ImportService : IImportService
{
    public int Import(string xml)
    {
        var doc = new XmlDocument();
        doc.XmlResolver = new XmlUrlResolver();   // expect: CWE-611
        doc.LoadXml(xml);
        return doc.DocumentElement!.ChildNodes.Count;
    }
}
