    private static Task WriteErrorAsync(HttpContext context, Exception ex)
    {
        context.Response.ContentType = "application/json";
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        var body = JsonSerializer.Serialize(new { error = ex.Message });
        return context.Response.WriteAsync(body);   // ok: CWE-79
    }
