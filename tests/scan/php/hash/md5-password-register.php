<?php
$username = trim($_POST['username']);
$password = $_POST['password'];
$hashed = md5($password);                                         // expect: CWE-916
$stmt = $pdo->prepare('INSERT INTO users (username, password) VALUES (?, ?)');
$stmt->execute([$username, $hashed]);
