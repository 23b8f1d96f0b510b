<?php
// shown on the "your sessions" page
$forwarded = $_SERVER['HTTP_X_FORWARDED_FOR'] ?? '';
$sessionInfo['ip'] = $forwarded !== '' ? $forwarded : $_SERVER['REMOTE_ADDR'];   // ok: CWE-348
