import java.io.IOException;
import javax.servlet.http.*;

public class LanguageServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = req.getParameter("lang");
        if (lang == null || !lang.matches("[a-z]{2}")) {
            lang = "en";
        }
        Cookie pref = new Cookie("auth_hint", lang);   // expect: CWE-614
        pref.setHttpOnly(true);
        pref.setMaxAge(365 * 24 * 3600);
        resp.addCookie(pref);
        resp.sendRedirect(req.getContextPath() + "/");
    }
}
