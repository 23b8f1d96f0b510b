<?php
$name = $_GET['name'];
$zip = new ZipArchive();
$zip->open('/srv/exports/' . $name . '.zip');                    // expect: CWE-22
