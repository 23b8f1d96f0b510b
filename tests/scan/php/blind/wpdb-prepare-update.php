<?php
global $wpdb;
$wpdb->query($wpdb->prepare("UPDATE {$wpdb->prefix}votes SET score = %d WHERE post_id = %d", $score, $post_id));   // ok: CWE-89
