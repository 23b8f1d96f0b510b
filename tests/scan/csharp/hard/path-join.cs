    [HttpGet("avatar")]
    public IActionResult Avatar(string file)
    {
        var full = Path.Join(_avatarDir, file);   // expect: CWE-22
        return PhysicalFile(full, "image/png");
    }
