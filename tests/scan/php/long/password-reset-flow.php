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
    $resetToken = md5($email . time());                           // expect: CWE-328
    $pdo->prepare('UPDATE users SET reset_token = ?, reset_expires = ? WHERE id = ?')
        ->execute([$resetToken, time() + 3600, $user['id']]);
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
