<?php
/**
 * Plugin Name: Simple Order Export
 * Description: Export WooCommerce orders as CSV.
 * Version: 1.2.1
 */

if (!defined('ABSPATH')) {
    exit;
}

add_action('admin_post_soe_export', 'soe_export_orders');

function soe_export_orders() {
    global $wpdb;
    check_admin_referer('soe_export');
    if (!current_user_can('manage_woocommerce')) {
        wp_die('forbidden');
    }

    $status = sanitize_key($_GET['status'] ?? 'wc-completed');
    $since  = sanitize_text_field($_GET['since'] ?? date('Y-m-d', strtotime('-30 days')));

    $orders = $wpdb->get_results($wpdb->prepare(                  // ok: CWE-89
        "SELECT ID, post_date FROM {$wpdb->posts}
         WHERE post_type = 'shop_order' AND post_status = %s
         AND post_date >= %s ORDER BY post_date DESC",
        $status,
        $since
    ));

    header('Content-Type: text/csv');
    $out = fopen('php://output', 'w');
    fputcsv($out, ['id', 'date']);
    foreach ($orders as $o) {
        fputcsv($out, [$o->ID, $o->post_date]);
    }
    fclose($out);
    exit;
}
