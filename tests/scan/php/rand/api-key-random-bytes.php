<?php
// create a key for a new integration
$apiKey = bin2hex(random_bytes(32));                              // ok: CWE-338
$stmt = $pdo->prepare('INSERT INTO api_keys (user_id, api_key) VALUES (?, ?)');
$stmt->execute([$userId, $apiKey]);
