<?php
$username = trim($_POST['username']);
$password = $_POST['password'];
$hashed = password_hash($password, PASSWORD_DEFAULT);             // ok: CWE-916
$stmt = $pdo->prepare('INSERT INTO users (username, password) VALUES (?, ?)');
$stmt->execute([$username, $hashed]);
