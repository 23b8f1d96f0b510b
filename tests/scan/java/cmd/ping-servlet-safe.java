import java.io.*;
import java.util.regex.Pattern;
import javax.servlet.http.*;

public class PingServlet extends HttpServlet {
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9.-]{1,253}$");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getParameter("host");
        if (host == null || !HOST.matcher(host).matches()) {
            resp.sendError(400);
            return;
        }
        resp.setContentType("text/plain");
        Process p = new ProcessBuilder("ping", "-c", "3", host).start();   // ok: CWE-78
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            PrintWriter out = resp.getWriter();
            while ((line = r.readLine()) != null) {
                out.println(line);
            }
        }
    }
}
