<?php
$user = $stmt->fetch();
if ($user && md5($_POST['password']) === $user['password']) {     // expect: CWE-916
    $_SESSION['uid'] = $user['id'];
}
