<?php
// create a key for a new integration
$apiKey = md5(uniqid(rand(), true));                              // expect: CWE-338 CWE-328
$stmt = $pdo->prepare('INSERT INTO api_keys (user_id, api_key) VALUES (?, ?)');
$stmt->execute([$userId, $apiKey]);
