<?php
$token = base64_encode(openssl_random_pseudo_bytes(32));          // ok: CWE-338
