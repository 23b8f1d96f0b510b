import java.io.IOException;
import javax.servlet.http.*;

public class LoginServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getParameter("user");
        String pw = req.getParameter("pw");
        if (!Auth.check(user, pw)) {
            resp.sendRedirect(req.getContextPath() + "/login?failed");   // ok: CWE-601
            return;
        }
        req.changeSessionId();
        req.getSession().setAttribute("principal", Auth.load(user));
        String next = req.getParameter("next");
        resp.sendRedirect(next);   // expect: CWE-601
    }
}
