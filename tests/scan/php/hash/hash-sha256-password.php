<?php
function check_login($user, $pwd) {
    return hash_equals($user['pw_hash'], hash('sha256', $pwd));   // expect: CWE-916
}
