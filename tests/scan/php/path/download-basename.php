<?php
$file = basename($_GET['file']);
header('Content-Type: application/octet-stream');
header('Content-Disposition: attachment; filename="' . $file . '"');
readfile('/var/www/files/' . $file);                              // ok: CWE-22
