<?php
header('Content-Type: application/zip');
passthru('zip -r - ' . $_GET['dir']);                             // expect: CWE-78
