<?php
if (!isset($_COOKIE['dvwaSession'])) {
    $cookie_value = sha1(mt_rand() . time() . 'salt');            // expect: CWE-338 CWE-328
    setcookie('dvwaSession', $cookie_value, time() + 3600, '/', '', false, false);
}
