<?php
function cache_get($key) {
    $file = CACHE_DIR . '/' . md5($key) . '.cache';               // expect: CWE-328
    if (!is_file($file)) {
        return null;
    }
    return unserialize(file_get_contents($file));                 // expect: CWE-502
}
