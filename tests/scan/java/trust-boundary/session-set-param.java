import java.io.IOException;
import javax.servlet.http.*;

public class ProfileServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        session.setAttribute("role", request.getParameter("role"));   // expect: CWE-501
        session.setAttribute("lastPage", "/profile");   // ok: CWE-501
        response.sendRedirect("profile.jsp");
    }
}
