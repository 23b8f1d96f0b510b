<?php
$w = $_GET['w'];
$img = $_GET['img'];
exec("convert uploads/$img -resize {$w}x thumbs/$img");           // expect: CWE-78
