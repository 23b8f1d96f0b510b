<?php
if ($_POST['username'] === 'admin' && $_POST['password'] === 'letmein123') {   // expect: CWE-798
    $_SESSION['is_admin'] = true;
    header('Location: /admin/');
    exit;
}
