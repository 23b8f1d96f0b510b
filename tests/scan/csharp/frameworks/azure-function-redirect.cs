    [FunctionName("Go")]
    public static IActionResult Go([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest req)
    {
        string dest = req.Query["dest"];
        return new RedirectResult(dest);   // expect: CWE-601
    }
