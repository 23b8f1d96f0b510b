    public IActionResult Hello(string name)
    {
        return Content($"Hello {name}", "text/plain");   // ok: CWE-79
    }
