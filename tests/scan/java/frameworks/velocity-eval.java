        VelocityContext ctx = new VelocityContext();
        ctx.put("user", user);
        StringWriter out = new StringWriter();
        Velocity.evaluate(ctx, out, "greeting", request.getParameter("template"));   // expect: CWE-1336
