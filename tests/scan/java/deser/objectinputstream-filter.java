import java.io.*;
import javax.servlet.http.*;

public class SessionRestoreServlet extends HttpServlet {
    private static final ObjectInputFilter FILTER =
            ObjectInputFilter.Config.createFilter("com.shop.Cart;com.shop.CartLine;java.util.*;!*");

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (ObjectInputStream ois = new ObjectInputStream(req.getInputStream())) {
            ois.setObjectInputFilter(FILTER);
            Cart cart = (Cart) ois.readObject();   // ok: CWE-502
            req.getSession().setAttribute("cart", cart);
            resp.setStatus(204);
        } catch (ClassNotFoundException e) {
            resp.sendError(400, "bad cart");
        }
    }
}
