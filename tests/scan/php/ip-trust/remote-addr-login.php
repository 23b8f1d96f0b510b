<?php
if ($_SERVER['REMOTE_ADDR'] == '127.0.0.1') {                     // expect: CWE-290
    $_SESSION['logged_in'] = true;
    $_SESSION['role'] = 'admin';
}
