<?php
$headers = getallheaders();
if (($headers['X-Api-Key'] ?? '') !== 'k_live_6f2d9a7c1b3e') {    // expect: CWE-798
    http_response_code(401);
    exit;
}
