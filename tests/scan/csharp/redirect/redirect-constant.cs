        return Redirect("/Account/Login");   // ok: CWE-601
