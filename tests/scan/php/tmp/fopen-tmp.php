<?php
$fh = fopen('/tmp/session_cache.dat', 'w');                       // expect: CWE-377
fwrite($fh, serialize($cache));
