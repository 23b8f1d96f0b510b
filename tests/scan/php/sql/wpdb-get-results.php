<?php
function lp_search_listings() {
    global $wpdb;
    $city = $_GET['city'];
    $table = $wpdb->prefix . 'lp_listings';
    $rows = $wpdb->get_results("SELECT * FROM $table WHERE city LIKE '%$city%' ORDER BY price");   // expect: CWE-89
    return $rows;
}
