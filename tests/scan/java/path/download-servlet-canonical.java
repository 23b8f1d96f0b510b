import java.io.*;
import java.nio.file.Files;
import javax.servlet.http.*;

public class DownloadServlet extends HttpServlet {
    private static final File BASE = new File("/var/app/uploads");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        File f = new File(BASE, req.getParameter("file")).getCanonicalFile();   // ok: CWE-22
        if (!f.getPath().startsWith(BASE.getCanonicalPath() + File.separator) || !f.isFile()) {
            resp.sendError(404);
            return;
        }
        resp.setContentType("application/octet-stream");
        resp.setHeader("Content-Disposition", "attachment");
        Files.copy(f.toPath(), resp.getOutputStream());
    }
}
