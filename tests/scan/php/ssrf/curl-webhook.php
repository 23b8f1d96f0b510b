<?php
function send_webhook(string $endpoint, array $payload): void
{
    $ch = curl_init();
    curl_setopt($ch, CURLOPT_URL, $endpoint);                     // expect: CWE-918
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_exec($ch);
    curl_close($ch);
}
