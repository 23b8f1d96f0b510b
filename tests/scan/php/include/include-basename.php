<?php
$file = $_GET['f'] ?? 'intro';
include __DIR__ . '/pages/' . basename($file) . '.php';           // ok: CWE-98
