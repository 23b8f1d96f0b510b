<?php
$file = $_GET['file'];
header('Content-Type: application/octet-stream');
header('Content-Disposition: attachment; filename="' . basename($file) . '"');
readfile('/var/www/files/' . $file);                              // expect: CWE-22
