using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Web.Controllers
{
    public class AccountController : Controller
    {
        [HttpPost]
        [ValidateAntiForgeryToken]   // ok: CWE-352
        public async Task<IActionResult> Logout()
        {
            await HttpContext.SignOutAsync();
            return RedirectToAction("Index", "Home");
        }

        [HttpPost]   // expect: CWE-352
        [Authorize]
        public async Task<IActionResult> DeleteAccount()
        {
            await _accounts.DeleteAsync(User.Identity!.Name!);
            await HttpContext.SignOutAsync();
            return RedirectToAction("Index", "Home");
        }
    }
}
