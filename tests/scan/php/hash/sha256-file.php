<?php
$etag = '"' . hash_file('sha256', $path) . '"';                   // ok: CWE-328
header('ETag: ' . $etag);
