        [HttpPost, ValidateAntiForgeryToken]   // ok: CWE-352
        public async Task<IActionResult> Register(RegisterViewModel model)
        {
            if (!ModelState.IsValid) return View(model);
            await _accounts.RegisterAsync(model);
            return RedirectToAction("Welcome");
        }
