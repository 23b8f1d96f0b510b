<?php
require 'config.php';

function send_reset_link(PDO $pdo, string $email): void
{
    $stmt = $pdo->prepare('SELECT id FROM users WHERE email = ?');
    $stmt->execute([$email]);
    $user = $stmt->fetch();
    if (!$user) {
        return;
    }
    $resetToken = bin2hex(random_bytes(32));                      // ok: CWE-338
    $pdo->prepare('UPDATE users SET reset_hash = ?, reset_expires = ? WHERE id = ?')
        ->execute([hash('sha256', $resetToken), time() + 3600, $user['id']]);
    $link = 'https://example.com/reset.php?token=' . $resetToken;
    mail($email, 'Password reset', "Click here to reset your password: $link");
}

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    send_reset_link($pdo, $_POST['email'] ?? '');
    echo '<p>If the address exists, a link is on its way.</p>';
}
?>
<form method="post">
  <input type="email" name="email" required>
  <button>Send reset link</button>
</form>
