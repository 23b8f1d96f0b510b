<?php
$f = basename($_GET['f']);
readfile(__DIR__ . '/docs/' . $f);                                 // ok: CWE-22
