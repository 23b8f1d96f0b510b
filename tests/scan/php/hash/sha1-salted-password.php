<?php
class UserRepository
{
    public function create(string $email, string $plain): int
    {
        $salt = bin2hex(random_bytes(8));
        $hash = sha1($salt . $plain);                             // expect: CWE-916
        $this->db->insert('users', ['email' => $email, 'salt' => $salt, 'hash' => $hash]);
        return (int) $this->db->lastInsertId();
    }
}
