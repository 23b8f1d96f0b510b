<?php
session_start();
$code = rand(1000, 9999);                                         // expect: CWE-338
$_SESSION['captcha'] = $code;
$img = imagecreatetruecolor(80, 30);
imagestring($img, 5, 18, 8, (string) $code, imagecolorallocate($img, 255, 255, 255));
header('Content-Type: image/png');
imagepng($img);
