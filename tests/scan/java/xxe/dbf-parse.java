import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.web.bind.annotation.*;
import org.w3c.dom.Document;

@RestController
public class ImportController {

    @PostMapping(value = "/import", consumes = "application/xml")
    public String importXml(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();   // expect: CWE-611
        DocumentBuilder db = dbf.newDocumentBuilder();
        Document doc = db.parse(body);
        int n = doc.getElementsByTagName("item").getLength();
        return "imported " + n + " items";
    }
}
