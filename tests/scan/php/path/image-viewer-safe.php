<?php
$img = $_GET['img'];
$root = realpath(__DIR__ . '/gallery');
$full = realpath($root . '/' . $img);
if ($full === false || strpos($full, $root) !== 0 || !is_file($full)) {
    http_response_code(404);
    exit;
}
header('Content-Type: ' . mime_content_type($full));
readfile($full);                                                  // ok: CWE-22
