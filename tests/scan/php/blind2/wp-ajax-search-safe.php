<?php
add_action('wp_ajax_nopriv_ps_search', 'ps_search');
function ps_search() {
    global $wpdb;
    $like = '%' . $wpdb->esc_like(sanitize_text_field(wp_unslash($_POST['term']))) . '%';
    $results = $wpdb->get_results($wpdb->prepare("SELECT ID, post_title FROM {$wpdb->posts} WHERE post_title LIKE %s AND post_status = 'publish' LIMIT 10", $like));   // ok: CWE-89
    wp_send_json($results);
}
