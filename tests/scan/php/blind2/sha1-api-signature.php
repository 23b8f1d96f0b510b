<?php
$expected = sha1($payload . $secret);                             // expect: CWE-328
if (!hash_equals($expected, $_SERVER['HTTP_X_SIGNATURE'] ?? '')) {
    http_response_code(403);
    exit;
}
