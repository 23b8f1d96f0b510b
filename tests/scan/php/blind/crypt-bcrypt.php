<?php
$salt = substr(strtr(base64_encode(random_bytes(16)), '+', '.'), 0, 22);
$hash = crypt($password, '$2y$12$' . $salt);                      // ok: CWE-916
