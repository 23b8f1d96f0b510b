<?php
$resetToken = uniqid();                                           // expect: CWE-338
$pdo->prepare('UPDATE users SET reset_token = ? WHERE email = ?')->execute([$resetToken, $email]);
