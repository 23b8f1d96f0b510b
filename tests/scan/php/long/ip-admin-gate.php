<?php
// admin/_gate.php, included at the top of every admin page
require_once __DIR__ . '/../inc/functions.php';

function get_real_ip()
{
    foreach (['HTTP_CLIENT_IP', 'HTTP_X_FORWARDED_FOR', 'HTTP_X_REAL_IP'] as $key) {
        if (!empty($_SERVER[$key])) {
            return trim(explode(',', $_SERVER[$key])[0]);
        }
    }
    return $_SERVER['REMOTE_ADDR'];
}

$whitelist = ['127.0.0.1', '192.168.1.10', '192.168.1.11'];
$ip = get_real_ip();

if (!in_array($ip, $whitelist)) {                                 // expect: CWE-348
    error_log('blocked admin access from ' . $ip);
    header('HTTP/1.1 403 Forbidden');
    echo '<h1>Forbidden</h1>';
    exit;
}

$_SESSION['admin_ip_ok'] = true;
