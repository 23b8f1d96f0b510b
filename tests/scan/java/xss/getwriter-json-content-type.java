        response.setContentType("application/json");
        response.getWriter().write(mapper.writeValueAsString(result));   // ok: CWE-79
