<?php
$zip = new ZipArchive();
if ($zip->open($_FILES['theme']['tmp_name']) === true) {
    for ($i = 0; $i < $zip->numFiles; $i++) {
        $entry = $zip->getNameIndex($i);
        if (strpos($entry, '..') !== false || $entry[0] === '/') {
            exit('bad archive');
        }
    }
    $zip->extractTo(WP_CONTENT_DIR . '/themes/');                 // ok: CWE-22
    $zip->close();
}
