    public void remember(HttpServletRequest request, Account account) {
        HttpSession s = request.getSession(true);
        s.setAttribute("accountId", account.getId());   // ok: CWE-501
        s.setAttribute("locale", account.getLocale());
    }
