<?php
$tmp = tempnam(sys_get_temp_dir(), 'exp');
file_put_contents($tmp, $csv);                                    // ok: CWE-377
