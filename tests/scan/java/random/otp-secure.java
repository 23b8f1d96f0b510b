    public String generateOtp() {
        int code = secureRandom.nextInt(900000) + 100000;   // ok: CWE-338
        otpStore.put(user.getId(), code);
        return String.valueOf(code);
    }
