<?php
$zip = new ZipArchive();
if ($zip->open($_FILES['theme']['tmp_name']) === true) {
    $zip->extractTo(WP_CONTENT_DIR . '/themes/');                 // expect: CWE-22
    $zip->close();
}
