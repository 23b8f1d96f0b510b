    public String generateOtp() {
        int code = (int) (Math.random() * 900000) + 100000;   // expect: CWE-338
        otpStore.put(user.getId(), code);
        return String.valueOf(code);
    }
