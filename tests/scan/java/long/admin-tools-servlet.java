package com.example.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/admin/dns")
public class DnsLookupServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String domain = request.getParameter("domain");
        String type = request.getParameter("type");
        String[] cmd = {"/bin/bash", "-c", "dig +short " + type + " " + domain};   // expect: CWE-78
        Process proc = Runtime.getRuntime().exec(cmd);
        response.setContentType("text/plain");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                response.getWriter().println(line);
            }
        }
    }
}
