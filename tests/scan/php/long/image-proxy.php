<?php
// proxy.php -- fetch remote images so that the forum can show them over https
require __DIR__ . '/bootstrap.php';

$src = $_GET['src'] ?? '';
if ($src === '') {
    http_response_code(400);
    exit('missing src');
}

$ch = curl_init($src);                                            // expect: CWE-918
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_FOLLOWLOCATION => true,
    CURLOPT_MAXREDIRS => 3,
    CURLOPT_TIMEOUT => 5,
    CURLOPT_SSL_VERIFYPEER => false,                              // expect: CWE-295
]);
$body = curl_exec($ch);
$type = curl_getinfo($ch, CURLINFO_CONTENT_TYPE);
curl_close($ch);

if (strpos((string) $type, 'image/') !== 0) {
    http_response_code(415);
    exit;
}
header('Content-Type: ' . $type);
header('Cache-Control: public, max-age=86400');
echo $body;
