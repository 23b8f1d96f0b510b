        return LocalRedirect(returnUrl ?? "/");   // ok: CWE-601
