    [HttpDelete("{name}")]
    public IActionResult Remove(string name)
    {
        System.IO.File.Delete(Path.Combine(_storage, name));   // expect: CWE-22
        return NoContent();
    }
