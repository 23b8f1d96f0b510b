<?php
session_start();
require 'db.php';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $stmt = $pdo->prepare('SELECT id, password_hash, role FROM users WHERE email = ?');
    $stmt->execute([$_POST['email']]);
    $user = $stmt->fetch();

    if ($user && password_verify($_POST['password'], $user['password_hash'])) {
        session_regenerate_id(true);
        $_SESSION['user_id'] = $user['id'];
        $_SESSION['role'] = $user['role'];
        $next = $_POST['next'] ?? '/';
        if (!str_starts_with($next, '/') || str_starts_with($next, '//')) {
            $next = '/';
        }
        header('Location: ' . $next);                             // ok: CWE-601
        exit;
    }
    $error = 'Invalid email or password';
}
?>
<form method="post">
  <input type="hidden" name="next" value="<?= htmlspecialchars($_GET['next'] ?? '/') ?>">   <!-- ok: CWE-79 -->
  <input name="email" type="email"> <input name="password" type="password">
  <button>Sign in</button>
</form>
