fn send_login_code(phone: &str) -> Result<(), SmsError> {
    let otp: u32 = rand::thread_rng().gen_range(100_000..1_000_000); // ok: CWE-338
    sms::send(phone, &format!("Your code is {}", otp))?;
    store_code(phone, otp)
}
