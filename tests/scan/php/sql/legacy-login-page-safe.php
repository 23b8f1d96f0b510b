<?php
session_start();
include 'db.php';

$error = '';
if ($_SERVER['REQUEST_METHOD'] == 'POST') {
    $user = $_POST['user'];
    $stmt = mysqli_prepare($link, "SELECT id, pass_hash FROM admins WHERE user = ?");   // ok: CWE-89
    mysqli_stmt_bind_param($stmt, 's', $user);
    mysqli_stmt_execute($stmt);
    $row = mysqli_fetch_assoc(mysqli_stmt_get_result($stmt));
    if ($row && password_verify($_POST['pass'], $row['pass_hash'])) {   // ok: CWE-916
        session_regenerate_id(true);
        $_SESSION['admin'] = $row['id'];
        header('Location: index.php');
        exit;
    }
    $error = 'Wrong user or password';
}
?>
<html>
<body>
<h2>Admin login</h2>
<?php if ($error) { echo '<p class="err">' . htmlspecialchars($error) . '</p>'; } ?>
<form method="post">
  User: <input name="user"><br>
  Pass: <input type="password" name="pass"><br>
  <input type="submit" value="Login">
</form>
</body>
</html>
