<?php
session_start();
if ($user = authenticate($_POST['login'], $_POST['password'])) {
    session_regenerate_id(true);                                  // ok: CWE-384
    $_SESSION['user'] = $user['id'];
}
