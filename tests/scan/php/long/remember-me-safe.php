<?php
function remember_login(PDO $pdo, array $user): void
{
    $selector = bin2hex(random_bytes(12));                        // ok: CWE-338
    $validator = bin2hex(random_bytes(32));                       // ok: CWE-338
    $pdo->prepare('INSERT INTO auth_tokens (selector, hashed_validator, user_id, expires) VALUES (?, ?, ?, ?)')
        ->execute([$selector, hash('sha256', $validator), $user['id'], date('Y-m-d H:i:s', time() + 30 * 86400)]);
    setcookie('remember', $selector . ':' . $validator, time() + 30 * 86400, '/', '', true, true);
}

function check_remember(PDO $pdo): ?int
{
    if (empty($_COOKIE['remember'])) {
        return null;
    }
    [$selector, $validator] = explode(':', $_COOKIE['remember'], 2);
    $st = $pdo->prepare('SELECT user_id, hashed_validator FROM auth_tokens WHERE selector = ? AND expires > NOW()');
    $st->execute([$selector]);
    $row = $st->fetch();
    if ($row && hash_equals($row['hashed_validator'], hash('sha256', $validator))) {
        return (int) $row['user_id'];
    }
    return null;
}
