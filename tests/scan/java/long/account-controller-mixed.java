package com.bank.web;

import java.security.SecureRandom;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
@RequestMapping("/account")
public class AccountController {
    private final SecureRandom random = new SecureRandom();
    private final AccountService accounts;

    public AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/transfer")
    public String transfer(HttpServletRequest request, @RequestParam long to, @RequestParam long cents) {
        HttpSession session = request.getSession();
        Long from = (Long) session.getAttribute("accountId");
        accounts.transfer(from, to, cents);
        session.setAttribute("lastTransferTo", to);   // ok: CWE-501
        return "redirect:/account/done";   // ok: CWE-601
    }

    @GetMapping("/csrf")
    @ResponseBody
    public String csrfToken(HttpSession session) {
        byte[] b = new byte[32];
        random.nextBytes(b);   // ok: CWE-338
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        session.setAttribute("csrf", token);
        return token;
    }
}
