<?php
class User extends Authenticatable
{
    protected function casts(): array
    {
        return [
            'email_verified_at' => 'datetime',
            'password' => 'hashed',                               // ok: CWE-798
            'two_factor_secret' => 'encrypted',                   // ok: CWE-798
        ];
    }
}
