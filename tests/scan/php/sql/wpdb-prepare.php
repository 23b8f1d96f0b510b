<?php
add_action('wp_ajax_bm_delete_bookmark', function () {
    global $wpdb;
    $id = absint($_POST['bookmark_id']);
    $wpdb->query($wpdb->prepare(                                   // ok: CWE-89
        "DELETE FROM {$wpdb->prefix}bookmarks WHERE id = %d AND user_id = %d",
        $id,
        get_current_user_id()
    ));
    wp_send_json_success();
});
