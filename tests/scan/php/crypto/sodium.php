<?php
$nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);
$enc = sodium_crypto_secretbox($data, $nonce, $key);              // ok: CWE-327
