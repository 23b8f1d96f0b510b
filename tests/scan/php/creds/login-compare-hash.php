<?php
$row = $users->findByName($_POST['username']);
if ($row && password_verify($_POST['password'], $row['password_hash'])) {   // ok: CWE-798
    session_regenerate_id(true);
    $_SESSION['user_id'] = $row['id'];
}
