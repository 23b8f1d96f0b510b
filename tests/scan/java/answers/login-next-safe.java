@Controller
public class LoginController {

    @PostMapping("/login")
    public String login(@RequestParam String user, @RequestParam String password,
                        @RequestParam(defaultValue = "/") String next, HttpSession session) {
        if (!check_login(user, password)) {
            return "redirect:/login?error";
        }
        session.setAttribute("user", user);
        boolean local = next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
        return local ? "redirect:" + next : "redirect:/";   // ok: CWE-601
    }
}
