<?php
// proxy.php -- fetch remote images so that the forum can show them over https
require __DIR__ . '/bootstrap.php';

$src = $_GET['src'] ?? '';
$parts = parse_url($src);
if (!$parts || ($parts['scheme'] ?? '') !== 'https' || !isset($parts['host'])) {
    http_response_code(400);
    exit('bad src');
}
$ip = gethostbyname($parts['host']);
if (!filter_var($ip, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE | FILTER_FLAG_NO_RES_RANGE)) {
    http_response_code(403);
    exit('forbidden host');
}

$ch = curl_init($src);                                            // ok: CWE-918
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_FOLLOWLOCATION => false,
    CURLOPT_TIMEOUT => 5,
    CURLOPT_SSL_VERIFYPEER => true,                               // ok: CWE-295
]);
$body = curl_exec($ch);
$type = curl_getinfo($ch, CURLINFO_CONTENT_TYPE);
curl_close($ch);

if (strpos((string) $type, 'image/') !== 0) {
    http_response_code(415);
    exit;
}
header('Content-Type: ' . $type);
echo $body;
