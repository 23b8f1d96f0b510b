<?php
define('DB_PASS', getenv('DB_PASS') ?: 'devpass1');               // expect: CWE-798
