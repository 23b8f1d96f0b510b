<?php
$headers = getallheaders();
if (!hash_equals((string) getenv('API_KEY'), $headers['X-Api-Key'] ?? '')) {   // ok: CWE-798
    http_response_code(401);
    exit;
}
