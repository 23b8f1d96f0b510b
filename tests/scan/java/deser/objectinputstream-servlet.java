import java.io.*;
import javax.servlet.http.*;

public class SessionRestoreServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (ObjectInputStream ois = new ObjectInputStream(req.getInputStream())) {
            Cart cart = (Cart) ois.readObject();   // expect: CWE-502
            req.getSession().setAttribute("cart", cart);
            resp.setStatus(204);
        } catch (ClassNotFoundException e) {
            resp.sendError(400, "bad cart");
        }
    }
}
