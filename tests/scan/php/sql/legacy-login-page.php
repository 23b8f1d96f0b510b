<?php
session_start();
include 'db.php';

$error = '';
if ($_SERVER['REQUEST_METHOD'] == 'POST') {
    $user = $_POST['user'];
    $pass = md5($_POST['pass']);                                  // expect: CWE-916
    $sql = "SELECT * FROM admins WHERE user='$user' AND pass='$pass'";
    $res = mysqli_query($link, $sql);                             // expect: CWE-89
    if (mysqli_num_rows($res) == 1) {
        $_SESSION['admin'] = $user;
        header('Location: index.php');
        exit;
    }
    $error = 'Wrong user or password';
}
?>
<html>
<body>
<h2>Admin login</h2>
<?php if ($error) { echo '<p class="err">' . $error . '</p>'; } // ok: CWE-79 ?>
<form method="post">
  User: <input name="user"><br>
  Pass: <input type="password" name="pass"><br>
  <input type="submit" value="Login">
</form>
</body>
</html>
