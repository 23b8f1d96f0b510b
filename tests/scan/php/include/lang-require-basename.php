<?php
$lang = preg_replace('/[^a-z]/', '', $_COOKIE['lang'] ?? 'en');
require_once __DIR__ . "/lang/$lang.php";                         // ok: CWE-98
