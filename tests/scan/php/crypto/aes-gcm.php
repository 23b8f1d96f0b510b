<?php
$iv = random_bytes(12);
$enc = openssl_encrypt($payload, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);   // ok: CWE-327
