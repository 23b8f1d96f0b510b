using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Controllers
{
    [Authorize]
    [AutoValidateAntiforgeryToken]
    public class ProfileController : Controller
    {
        private readonly IUserService _users;

        public ProfileController(IUserService users) => _users = users;

        [HttpGet]
        public IActionResult Edit() => View(_users.Current());

        [HttpPost]   // ok: CWE-352
        public IActionResult Edit(ProfileModel model)
        {
            if (!ModelState.IsValid) return View(model);
            _users.Update(User.Identity.Name, model);
            return RedirectToAction(nameof(Edit));
        }
    }
}
