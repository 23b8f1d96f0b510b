package com.example.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Set;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/admin/dns")
public class DnsLookupServlet extends HttpServlet {
    private static final Set<String> TYPES = Set.of("A", "AAAA", "MX", "TXT");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String domain = request.getParameter("domain");
        String type = request.getParameter("type");
        if (!TYPES.contains(type) || domain == null || !domain.matches("[A-Za-z0-9.-]+")) {
            response.sendError(400);
            return;
        }
        Process proc = new ProcessBuilder("dig", "+short", type, domain).start();   // ok: CWE-78
        response.setContentType("text/plain");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                response.getWriter().println(line);
            }
        }
    }
}
