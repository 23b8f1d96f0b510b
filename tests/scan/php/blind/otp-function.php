<?php
function send_login_otp(PDO $db, int $userId, string $phone): void
{
    $otp = rand(100000, 999999);                                  // expect: CWE-338
    $db->prepare('UPDATE users SET otp = ?, otp_expires = ? WHERE id = ?')
       ->execute([password_hash((string) $otp, PASSWORD_DEFAULT), time() + 300, $userId]);
    sms_send($phone, "Your login code is $otp");
}
