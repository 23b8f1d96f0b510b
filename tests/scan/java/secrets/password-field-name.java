    private static final String PASSWORD_PARAM = "password";   // ok: CWE-798
    private static final String PASSWORD_RESET_PATH = "/account/reset";
