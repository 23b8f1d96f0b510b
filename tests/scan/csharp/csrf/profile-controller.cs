using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Controllers
{
    [Authorize]
    public class ProfileController : Controller
    {
        private readonly IUserService _users;

        public ProfileController(IUserService users) => _users = users;

        [HttpGet]
        public IActionResult Edit() => View(_users.Current());

        [HttpPost]   // expect: CWE-352
        public IActionResult Edit(ProfileModel model)
        {
            if (!ModelState.IsValid) return View(model);
            _users.Update(User.Identity.Name, model);
            return RedirectToAction(nameof(Edit));
        }

        [HttpPost]
        [ValidateAntiForgeryToken]   // ok: CWE-352
        public IActionResult ChangeEmail(string email)
        {
            _users.ChangeEmail(User.Identity.Name, email);
            return RedirectToAction(nameof(Edit));
        }
    }
}
