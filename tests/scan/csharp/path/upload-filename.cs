    [HttpPost("upload")]
    public async Task<IActionResult> Upload(IFormFile file)
    {
        var target = Path.Combine(_env.WebRootPath, "uploads", file.FileName);   // expect: CWE-22
        await using var fs = System.IO.File.Create(target);
        await file.CopyToAsync(fs);
        return Ok();
    }
