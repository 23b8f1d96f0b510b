<?php
function mp_count_drafts() {
    global $wpdb;
    $user_id = get_current_user_id();
    return (int) $wpdb->get_var("SELECT COUNT(*) FROM $wpdb->posts WHERE post_status = 'draft' AND post_author = $user_id");   // ok: CWE-89
}
