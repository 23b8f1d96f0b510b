    public IActionResult Continue(string next)
    {
        return new RedirectResult(next);   // expect: CWE-601
    }
