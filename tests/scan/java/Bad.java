// Vulnerable Java: every line marked expect: must be flagged with that CWE.
import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.security.MessageDigest;
import java.sql.*;
import java.util.Random;
import javax.crypto.Cipher;
import javax.net.ssl.*;
import javax.script.*;
import javax.servlet.http.*;
import javax.xml.parsers.DocumentBuilderFactory;
import org.slf4j.Logger;

public class Bad {
    private static final String DB_PASSWORD = "Winter2024!x";                  // expect: CWE-798
    private Logger log;

    void find(Connection c, String name) throws Exception {
        Statement st = c.createStatement();
        st.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");     // expect: CWE-89
        st.executeUpdate(String.format("DELETE FROM t WHERE id = %s", name));   // expect: CWE-89
    }

    void ping(String host) throws Exception {
        Runtime.getRuntime().exec("ping -c 1 " + host);                          // expect: CWE-78
        new ProcessBuilder("sh", "-c", "nslookup " + host).start();              // expect: CWE-78
    }

    Object calc(String expr) throws Exception {
        ScriptEngine js = new ScriptEngineManager().getEngineByName("js");
        return js.eval(expr);                                                    // expect: CWE-95
    }

    void hello(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        log.info("hello for " + req.getParameter("name"));                       // expect: CWE-117
        resp.getWriter().println("<h1>Hello " + name + "</h1>");                 // expect: CWE-79
        resp.sendRedirect(req.getParameter("next"));                             // expect: CWE-601
    }

    byte[] read(String name) throws IOException {
        return Files.readAllBytes(Paths.get("/srv/files", name));                // expect: CWE-22
    }

    InputStream open(String filename) throws IOException {
        return new FileInputStream(new File("/srv/files/" + filename));          // expect: CWE-22
    }

    Object load(InputStream in) throws Exception {
        ObjectInputStream ois = new ObjectInputStream(in);                       // expect: CWE-502
        return ois.readObject();
    }

    void parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();         // expect: CWE-611
        f.newDocumentBuilder().parse(in);
    }

    String fetch(String target) throws Exception {
        URL u = new URL(target);                                                 // expect: CWE-918
        return new String(u.openStream().readAllBytes());
    }

    byte[] hash(String password) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");                     // expect: CWE-328
        return md.digest(password.getBytes());                                   // expect: CWE-916
    }

    Cipher cipher() throws Exception {
        return Cipher.getInstance("DES/ECB/PKCS5Padding");                       // expect: CWE-327
    }

    String resetToken() {
        return Long.toHexString(new Random().nextLong());                        // expect: CWE-338
    }

    TrustManager trustAll = new X509TrustManager() {
        public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {}
        public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {} // expect: CWE-295
        public java.security.cert.X509Certificate[] getAcceptedIssuers() { return null; }
    };

    void scratch() throws IOException {
        File f = new File("/tmp/report.csv");                                    // expect: CWE-377
        f.setWritable(true, false);                                              // expect: CWE-732
    }
}
