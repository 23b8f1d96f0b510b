package com.shop.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.http.*;

public class CartServlet extends HttpServlet {
    @Override
    @SuppressWarnings("unchecked")
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        HttpSession session = req.getSession();
        Map<String, Integer> cart = (Map<String, Integer>) session.getAttribute("cart");
        if (cart == null) {
            cart = new HashMap<>();
            session.setAttribute("cart", cart);   // ok: CWE-501
        }
        String sku = req.getParameter("sku");
        int qty = Integer.parseInt(req.getParameter("qty"));
        cart.merge(sku, qty, Integer::sum);
        String coupon = req.getParameter("coupon");
        session.setAttribute("coupon", coupon);   // expect: CWE-501
        resp.setContentType("text/html");
        resp.getWriter().println("<p>Added " + qty + " of " + sku + "</p>");   // expect: CWE-79
    }
}
