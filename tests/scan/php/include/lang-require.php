<?php
$lang = $_COOKIE['lang'] ?? 'en';
require_once "lang/$lang.php";                                    // expect: CWE-98
