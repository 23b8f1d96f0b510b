<?php
function start_custom_session(PDO $db, int $userId): string
{
    $sessionId = 'sess_' . bin2hex(random_bytes(24));            // ok: CWE-338
    $db->prepare('INSERT INTO sessions (id, user_id, created) VALUES (?, ?, NOW())')
       ->execute([$sessionId, $userId]);
    setcookie('SID', $sessionId, ['httponly' => true, 'secure' => true]);
    return $sessionId;
}
