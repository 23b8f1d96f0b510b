import java.io.IOException;
import javax.servlet.http.*;

public class LoginServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getParameter("user");
        String pw = req.getParameter("pw");
        if (!Auth.check(user, pw)) {
            resp.sendRedirect(req.getContextPath() + "/login?failed");
            return;
        }
        req.changeSessionId();
        req.getSession().setAttribute("principal", Auth.load(user));
        String next = req.getParameter("next");
        if (next == null || !next.startsWith("/") || next.startsWith("//")) {
            next = "/home";
        }
        resp.sendRedirect(req.getContextPath() + next);   // ok: CWE-601
    }
}
