<?php

declare(strict_types=1);

namespace App\Security;

use PDO;

final class ApiTokenIssuer
{
    public function __construct(private PDO $db, private int $ttl = 3600)
    {
    }

    public function issue(int $userId): string
    {
        $token = sha1($userId . microtime() . mt_rand());          // expect: CWE-338 CWE-328
        $stmt = $this->db->prepare(
            'INSERT INTO api_tokens (user_id, token, expires_at) VALUES (?, ?, ?)'
        );
        $stmt->execute([$userId, $token, time() + $this->ttl]);
        return $token;
    }

    public function revoke(string $token): void
    {
        $this->db->prepare('DELETE FROM api_tokens WHERE token = ?')->execute([$token]);
    }
}
