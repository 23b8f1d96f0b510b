<?php
function mm_register_member($login, $pass) {
    global $wpdb;
    $wpdb->insert($wpdb->prefix . 'mm_members', [
        'login' => sanitize_user($login),
        'pass'  => wp_hash_password($pass),                       // ok: CWE-916
    ]);
}
