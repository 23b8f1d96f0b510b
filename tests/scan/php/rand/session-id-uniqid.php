<?php
function start_custom_session(PDO $db, int $userId): string
{
    $sessionId = uniqid('sess_', true);                           // expect: CWE-338
    $db->prepare('INSERT INTO sessions (id, user_id, created) VALUES (?, ?, NOW())')
       ->execute([$sessionId, $userId]);
    setcookie('SID', $sessionId, ['httponly' => true, 'secure' => true]);
    return $sessionId;
}
