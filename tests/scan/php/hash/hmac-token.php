<?php
$token = hash_hmac('sha256', $user['id'] . '|' . $expires, $appKey);   // ok: CWE-328
