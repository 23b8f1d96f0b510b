        SSLContext ctx = SSLContext.getInstance("TLSv1");   // expect: CWE-327
        ctx.init(null, null, null);
