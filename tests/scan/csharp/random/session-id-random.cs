        var sessionId = new Random().Next().ToString("x8") + DateTime.UtcNow.Ticks.ToString("x");   // expect: CWE-338
        Response.Cookies.Append("sid", sessionId);
