<?php
// only the office may see the admin panel
$allowed = ['203.0.113.10', '203.0.113.11'];
if (!in_array($_SERVER['REMOTE_ADDR'], $allowed, true)) {          // expect: CWE-290
    header('HTTP/1.1 403 Forbidden');
    exit;
}
require __DIR__ . '/admin/dashboard.php';
