<?php
require_once __DIR__ . '/../vendor/autoload.php';                 // ok: CWE-98
require_once 'config.php';
