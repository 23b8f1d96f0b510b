using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Web.Controllers
{
    public class LoginController : Controller
    {
        private readonly SignInManager<AppUser> _signIn;

        public LoginController(SignInManager<AppUser> signIn) => _signIn = signIn;

        [HttpPost]
        [ValidateAntiForgeryToken]
        public async Task<IActionResult> Index(LoginModel model, string returnUrl)
        {
            var result = await _signIn.PasswordSignInAsync(model.Email, model.Password, model.RememberMe, true);
            if (!result.Succeeded)
            {
                ModelState.AddModelError("", "Invalid login");
                return View(model);
            }
            if (Url.IsLocalUrl(returnUrl))
                return Redirect(returnUrl);   // ok: CWE-601
            return RedirectToAction("Index", "Home");
        }
    }
}
