<?php
// image.php?img=2023/beach.jpg
$img = $_GET['img'];
$full = __DIR__ . '/gallery/' . $img;
if (!file_exists($full)) {
    http_response_code(404);
    exit;
}
header('Content-Type: ' . mime_content_type($full));
readfile($full);                                                  // expect: CWE-22
