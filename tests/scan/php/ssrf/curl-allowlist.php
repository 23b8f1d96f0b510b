<?php
$url = $_POST['callback_url'];
$host = parse_url($url, PHP_URL_HOST);
if (parse_url($url, PHP_URL_SCHEME) !== 'https' || !in_array($host, ['hooks.slack.com', 'api.github.com'], true)) {
    http_response_code(400);
    exit;
}
$ch = curl_init($url);                                            // ok: CWE-918
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$resp = curl_exec($ch);
