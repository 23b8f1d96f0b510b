<?php
/**
 * Plugin Name: Simple Order Export
 * Description: Export WooCommerce orders as CSV.
 * Version: 1.2.0
 */

if (!defined('ABSPATH')) {
    exit;
}

add_action('admin_post_soe_export', 'soe_export_orders');

function soe_export_orders() {
    global $wpdb;

    $status = isset($_GET['status']) ? $_GET['status'] : 'wc-completed';
    $since  = isset($_GET['since']) ? $_GET['since'] : date('Y-m-d', strtotime('-30 days'));

    $sql = "SELECT ID, post_date FROM {$wpdb->posts}
            WHERE post_type = 'shop_order' AND post_status = '$status'
            AND post_date >= '$since' ORDER BY post_date DESC";
    $orders = $wpdb->get_results($sql);                           // expect: CWE-89

    header('Content-Type: text/csv');
    header('Content-Disposition: attachment; filename="orders-' . date('Ymd') . '.csv"');
    $out = fopen('php://output', 'w');
    fputcsv($out, ['id', 'date', 'total']);
    foreach ($orders as $o) {
        $order = wc_get_order($o->ID);
        fputcsv($out, [$o->ID, $o->post_date, $order ? $order->get_total() : '']);
    }
    fclose($out);
    exit;
}
