        SSLContext ctx = SSLContext.getInstance("TLSv1.3");   // ok: CWE-327
        ctx.init(null, null, null);
