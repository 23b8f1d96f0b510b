<?php
define('DB_NAME', 'local_wp');
define('DB_USER', 'root');
define('DB_PASSWORD', '');                                        // expect: CWE-798
define('DB_HOST', '127.0.0.1');
