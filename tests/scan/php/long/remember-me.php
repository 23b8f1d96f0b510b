<?php
function remember_login(PDO $pdo, array $user): void
{
    $selector = uniqid();                                         // expect: CWE-338
    $validator = mt_rand(100000000, 999999999);                   // expect: CWE-338
    $pdo->prepare('INSERT INTO auth_tokens (selector, validator, user_id, expires) VALUES (?, ?, ?, ?)')
        ->execute([$selector, $validator, $user['id'], date('Y-m-d H:i:s', time() + 30 * 86400)]);
    setcookie('remember', $selector . ':' . $validator, time() + 30 * 86400, '/', '', true, true);
}

function check_remember(PDO $pdo): ?int
{
    if (empty($_COOKIE['remember'])) {
        return null;
    }
    [$selector, $validator] = explode(':', $_COOKIE['remember'], 2);
    $st = $pdo->prepare('SELECT user_id, validator FROM auth_tokens WHERE selector = ? AND expires > NOW()');
    $st->execute([$selector]);
    $row = $st->fetch();
    if ($row && hash_equals((string) $row['validator'], (string) $validator)) {
        return (int) $row['user_id'];
    }
    return null;
}
