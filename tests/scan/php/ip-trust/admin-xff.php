<?php
function client_ip() {
    if (!empty($_SERVER['HTTP_CLIENT_IP'])) {
        return $_SERVER['HTTP_CLIENT_IP'];
    }
    if (!empty($_SERVER['HTTP_X_FORWARDED_FOR'])) {
        return $_SERVER['HTTP_X_FORWARDED_FOR'];
    }
    return $_SERVER['REMOTE_ADDR'];
}

$admin_ips = ['10.0.0.5', '10.0.0.6'];
if (!in_array(client_ip(), $admin_ips)) {                         // expect: CWE-348
    http_response_code(403);
    exit('Forbidden');
}
