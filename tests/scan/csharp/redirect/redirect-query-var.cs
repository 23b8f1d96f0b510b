    public IActionResult Go()
    {
        string target = Request.Query["url"];
        return Redirect(target);   // expect: CWE-601
    }
