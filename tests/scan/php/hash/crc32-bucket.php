<?php
$bucket = crc32($userId) % 100;                                   // ok: CWE-328
