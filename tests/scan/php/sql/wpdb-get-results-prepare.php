<?php
function lp_search_listings() {
    global $wpdb;
    $city = sanitize_text_field(wp_unslash($_GET['city']));
    $table = $wpdb->prefix . 'lp_listings';
    $rows = $wpdb->get_results($wpdb->prepare("SELECT * FROM $table WHERE city LIKE %s ORDER BY price", '%' . $wpdb->esc_like($city) . '%'));   // ok: CWE-89
    return $rows;
}
