// Safe twins of Bad.java: nothing here may be flagged.
import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.*;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.servlet.http.*;
import javax.xml.parsers.DocumentBuilderFactory;
import org.owasp.encoder.Encode;
import org.slf4j.Logger;

public class Good {
    private static final String DB_PASSWORD = System.getenv("DB_PASSWORD");     // ok: CWE-798
    private static final Set<String> ALLOWED_HOSTS = Set.of("api.example.com");
    private static final Path BASE = Paths.get("/srv/files");
    private Logger log;

    void find(Connection c, String name) throws Exception {
        PreparedStatement ps = c.prepareStatement("SELECT * FROM users WHERE name = ?"); // ok: CWE-89
        ps.setString(1, name);
        String doc = """
            SELECT * FROM users WHERE name = '" + name + "'
            """;                                                                 // ok: CWE-89 a text block
    }

    void ping(String host) throws Exception {
        new ProcessBuilder("ping", "-c", "1", host).start();                     // ok: CWE-78
    }

    Object calc(String expr) {
        return Integer.parseInt(expr);                                           // ok: CWE-95
    }

    void hello(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        log.info("hello for {}", req.getParameter("name").replaceAll("[\r\n]", "_")); // ok: CWE-117
        resp.getWriter().println("<h1>Hello " + Encode.forHtml(name) + "</h1>");  // ok: CWE-79
        resp.sendRedirect(req.getContextPath() + "/home");                       // ok: CWE-601
    }

    byte[] read(String name) throws IOException {
        Path p = BASE.resolve(name).normalize();
        if (!p.startsWith(BASE)) throw new IOException("bad name");
        return Files.readAllBytes(p);                                            // ok: CWE-22
    }

    Object load(InputStream in) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(in, Dto.class); // ok: CWE-502
    }

    void parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();         // ok: CWE-611
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newDocumentBuilder().parse(in);
    }

    String fetch(String target) throws Exception {
        URL u = new URL(target);                                                 // ok: CWE-918
        if (!ALLOWED_HOSTS.contains(u.getHost())) throw new IOException("host");
        return new String(u.openStream().readAllBytes());
    }

    byte[] hash(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);                // ok: CWE-328
    }

    byte[] hashPassword(char[] password, byte[] salt) throws Exception {
        var spec = new javax.crypto.spec.PBEKeySpec(password, salt, 600000, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(); // ok: CWE-916
    }

    Cipher cipher() throws Exception {
        return Cipher.getInstance("AES/GCM/NoPadding");                          // ok: CWE-327
    }

    String resetToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);                                         // ok: CWE-338
        return java.util.HexFormat.of().formatHex(b);
    }

    void tls() throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, null, null);                                              // ok: CWE-295
    }

    void scratch() throws IOException {
        Path f = Files.createTempFile("report", ".csv");                         // ok: CWE-377
        f.toFile().setWritable(true, true);                                      // ok: CWE-732
    }
}
