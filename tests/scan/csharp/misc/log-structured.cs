        _logger.LogInformation("Search for {Query}", Request.Query["q"].ToString().Replace("\n", "").Replace("\r", ""));   // ok: CWE-117
