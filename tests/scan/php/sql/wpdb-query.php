<?php
add_action('wp_ajax_bm_delete_bookmark', function () {
    global $wpdb;
    $id = $_POST['bookmark_id'];
    $wpdb->query("DELETE FROM {$wpdb->prefix}bookmarks WHERE id = $id AND user_id = " . get_current_user_id());   // expect: CWE-89
    wp_send_json_success();
});
