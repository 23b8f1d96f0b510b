<?php
// file_exists() on a phar:// path unserializes the archive metadata
if (file_exists($_GET['path'])) {                                 // expect: CWE-502
    echo 'exists';
}
