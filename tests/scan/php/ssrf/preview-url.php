<?php
$url = $_GET['url'];
$html = file_get_contents($url);                                  // expect: CWE-918
preg_match('/<title>(.*?)<\/title>/i', $html, $m);
echo json_encode(['title' => $m[1] ?? null]);
