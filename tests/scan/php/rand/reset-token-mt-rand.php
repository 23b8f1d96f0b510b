<?php
function generate_reset_code($user_id) {
    $code = '';
    for ($i = 0; $i < 6; $i++) {
        $code .= mt_rand(0, 9);                                   // expect: CWE-338
    }
    db_store_reset($user_id, $code, time() + 900);
    return $code;
}
