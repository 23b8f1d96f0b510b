<?php
class PasswordGenerator
{
    private const CHARS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%';

    public function temporaryPassword(int $length = 12): string
    {
        return substr(str_shuffle(str_repeat(self::CHARS, 3)), 0, $length);   // expect: CWE-338
    }

    public function sendTo(User $user): void
    {
        $plain = $this->temporaryPassword();
        $user->password = password_hash($plain, PASSWORD_DEFAULT);
        $user->save();
        Mail::to($user->email)->send(new TemporaryPasswordMail($plain));
    }
}
