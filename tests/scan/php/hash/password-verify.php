<?php
function check_login($user, $pwd) {
    return password_verify($pwd, $user['pw_hash']);               // ok: CWE-916
}
