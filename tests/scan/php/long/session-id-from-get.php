<?php
// keep the session when the shop is opened from the mobile app
if (isset($_GET['sid'])) {
    session_id($_GET['sid']);                                     // expect: CWE-384
}
session_start();

if (isset($_POST['login'])) {
    $user = authenticate($_POST['login'], $_POST['password']);
    if ($user) {
        $_SESSION['user'] = $user['id'];
        $_SESSION['cart'] = $_SESSION['cart'] ?? [];
        header('Location: /account');
        exit;
    }
}
?>
<!doctype html>
<html>
<body>
  <form method="post">
    <input name="login"> <input type="password" name="password">
    <button>Log in</button>
  </form>
</body>
</html>
