    public String newCaptcha(HttpSession session) {
        String captcha = String.valueOf((int) (Math.random() * 9000) + 1000);   // expect: CWE-338
        session.setAttribute("captcha", captcha);
        return captcha;
    }
