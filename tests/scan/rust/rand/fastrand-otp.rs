fn send_login_code(phone: &str) -> Result<(), SmsError> {
    let otp = fastrand::u32(100_000..1_000_000); // expect: CWE-338
    sms::send(phone, &format!("Your code is {}", otp))?;
    store_code(phone, otp)
}
