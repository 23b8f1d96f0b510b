import java.io.*;
import javax.servlet.http.*;

public class PingServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getParameter("host");
        resp.setContentType("text/plain");
        Process p = Runtime.getRuntime().exec("ping -c 3 " + host);   // expect: CWE-78
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            PrintWriter out = resp.getWriter();
            while ((line = r.readLine()) != null) {
                out.println(line);
            }
        }
    }
}
