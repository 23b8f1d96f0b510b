    [HttpPost]
    [ValidateAntiForgeryToken]
    public IActionResult Save(EditModel model)
    {
        _service.Save(model);
        string url = Url.Action("Details", new { id = model.Id })!;
        return Redirect(url);   // ok: CWE-601
    }
