<?php
$name = trim($_POST['name'] ?? '');
$message = trim($_POST['message'] ?? '');
if ($name === '' || $message === '') {
    echo '<p class="error">Please fill in all fields.</p>';
    exit;
}
$stmt = $pdo->prepare('INSERT INTO messages (name, body) VALUES (:n, :b)');   // ok: CWE-89
$stmt->execute([':n' => $name, ':b' => $message]);
echo '<p>Thanks, ' . htmlspecialchars($name) . '! We will get back to you.</p>';   // ok: CWE-79
