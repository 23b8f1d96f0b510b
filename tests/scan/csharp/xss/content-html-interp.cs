    public IActionResult Hello(string name)
    {
        return Content($"<html><body><h1>Hello {name}</h1></body></html>", "text/html");   // expect: CWE-79
    }
