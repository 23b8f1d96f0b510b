<?php
class PasswordGenerator
{
    private const CHARS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%';

    public function temporaryPassword(int $length = 12): string
    {
        $max = strlen(self::CHARS) - 1;
        $out = '';
        for ($i = 0; $i < $length; $i++) {
            $out .= self::CHARS[random_int(0, $max)];              // ok: CWE-338
        }
        return $out;
    }

    public function sendTo(User $user): void
    {
        $plain = $this->temporaryPassword();
        $user->password = password_hash($plain, PASSWORD_DEFAULT);
        $user->save();
        Mail::to($user->email)->send(new TemporaryPasswordMail($plain));
    }
}
