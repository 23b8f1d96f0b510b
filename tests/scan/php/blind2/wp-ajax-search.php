<?php
add_action('wp_ajax_nopriv_ps_search', 'ps_search');
function ps_search() {
    global $wpdb;
    $term = $_POST['term'];
    $results = $wpdb->get_results("SELECT ID, post_title FROM {$wpdb->posts} WHERE post_title LIKE '%" . $term . "%' AND post_status = 'publish' LIMIT 10");   // expect: CWE-89
    wp_send_json($results);
}
