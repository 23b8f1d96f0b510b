<?php
// cache validator for a static asset
$etag = '"' . md5_file($path) . '"';                              // expect: CWE-328
header('ETag: ' . $etag);
