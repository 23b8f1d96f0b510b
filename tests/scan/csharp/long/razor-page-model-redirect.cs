using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Web.Pages.Account
{
    public class LoginModel : PageModel
    {
        private readonly IAuthService _auth;

        public LoginModel(IAuthService auth) => _auth = auth;

        [BindProperty]
        public LoginInput Input { get; set; } = new();

        public async Task<IActionResult> OnPostAsync(string? returnUrl)
        {
            if (!ModelState.IsValid) return Page();
            if (!await _auth.SignInAsync(Input.Email, Input.Password))
            {
                ModelState.AddModelError(string.Empty, "Invalid credentials");
                return Page();
            }
            return Redirect(returnUrl ?? "/");   // expect: CWE-601
        }
    }
}
