<?php
// custom user table for the members area
function mm_register_member($login, $pass) {
    global $wpdb;
    $wpdb->insert($wpdb->prefix . 'mm_members', [
        'login' => sanitize_user($login),
        'pass'  => md5($pass),                                    // expect: CWE-916
    ]);
}
