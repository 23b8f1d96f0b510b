<?php
$tmp = '/tmp/export.csv';
file_put_contents('/tmp/export.csv', $csv);                       // expect: CWE-377
