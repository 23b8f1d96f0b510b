import java.io.*;
import java.net.*;
import javax.servlet.http.*;

public class ImageProxyServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String src = req.getParameter("src");
        URL url = new URL(src);   // expect: CWE-918
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setConnectTimeout(3000);
        resp.setContentType(conn.getContentType());
        try (InputStream in = conn.getInputStream(); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
