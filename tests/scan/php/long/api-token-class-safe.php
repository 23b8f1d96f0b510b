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
        $token = bin2hex(random_bytes(32));                       // ok: CWE-338
        $stmt = $this->db->prepare(
            'INSERT INTO api_tokens (user_id, token_hash, expires_at) VALUES (?, ?, ?)'
        );
        $stmt->execute([$userId, hash('sha256', $token), time() + $this->ttl]);
        return $token;
    }

    public function revoke(string $token): void
    {
        $this->db->prepare('DELETE FROM api_tokens WHERE token_hash = ?')->execute([hash('sha256', $token)]);
    }
}
