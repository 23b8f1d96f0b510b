<?php
$name = trim($_POST['name'] ?? '');
$message = trim($_POST['message'] ?? '');
$pdo->exec("INSERT INTO messages (name, body) VALUES ('$name', '$message')");   // expect: CWE-89
echo '<p>Thanks, ' . $name . '! We will get back to you.</p>';   // expect: CWE-79
