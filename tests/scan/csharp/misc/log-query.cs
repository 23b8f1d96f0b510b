        _logger.LogInformation("Search for " + Request.Query["q"]);   // expect: CWE-117
