<?php
// trust X-Forwarded-For only when the direct peer is our load balancer
$peer = $_SERVER['REMOTE_ADDR'];
$ip = $peer;
if (in_array($peer, TRUSTED_PROXIES, true) && isset($_SERVER['HTTP_X_FORWARDED_FOR'])) {
    $parts = array_map('trim', explode(',', $_SERVER['HTTP_X_FORWARDED_FOR']));
    $ip = end($parts);
}
$country = geoip_country_code_by_name($ip);                       // ok: CWE-348
