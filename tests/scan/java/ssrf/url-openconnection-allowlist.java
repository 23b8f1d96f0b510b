import java.io.*;
import java.net.*;
import java.util.Set;
import javax.servlet.http.*;

public class ImageProxyServlet extends HttpServlet {
    private static final Set<String> ALLOWED_HOSTS = Set.of("images.example.com", "cdn.example.com");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        URL url = new URL(req.getParameter("src"));   // ok: CWE-918
        if (!"https".equals(url.getProtocol()) || !ALLOWED_HOSTS.contains(url.getHost())) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setConnectTimeout(3000);
        resp.setContentType(conn.getContentType());
        try (InputStream in = conn.getInputStream(); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
