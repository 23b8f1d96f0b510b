import java.io.IOException;
import java.sql.*;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/login")
public class LoginServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String user = request.getParameter("username");
        String pass = request.getParameter("password");
        String query = "SELECT * FROM users WHERE username='" + user + "' AND password='" + pass + "'";
        try (Connection conn = Db.get();
             Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery(query);   // expect: CWE-89
            if (rs.next()) {
                request.getSession().setAttribute("uid", rs.getLong("id"));
                response.sendRedirect("home.jsp");
            } else {
                response.sendRedirect("login.jsp?error=1");
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
