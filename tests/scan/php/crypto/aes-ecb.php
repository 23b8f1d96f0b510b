<?php
$enc = openssl_encrypt($payload, 'AES-128-ECB', $key, OPENSSL_RAW_DATA);   // expect: CWE-327
