<?php
/**
 * Plugin Name: Quick Invite
 */
add_action('wp_ajax_qi_create_invite', 'qi_create_invite');

function qi_create_invite() {
    if (!current_user_can('promote_users')) {
        wp_send_json_error('forbidden', 403);
    }
    global $wpdb;
    $email = sanitize_email($_POST['email']);
    $invite_token = '';
    $alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for ($i = 0; $i < 32; $i++) {
        $invite_token .= $alphabet[rand(0, 35)];                  // expect: CWE-338
    }
    $wpdb->insert($wpdb->prefix . 'qi_invites', [
        'email'   => $email,
        'token'   => $invite_token,
        'expires' => gmdate('Y-m-d H:i:s', time() + DAY_IN_SECONDS),
    ]);
    $link = add_query_arg(['qi_token' => $invite_token], home_url('/join'));
    wp_mail($email, 'You are invited', "Join us: $link");
    wp_send_json_success();
}
