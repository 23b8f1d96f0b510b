<?php
function backup_database(string $dbName, string $target): bool
{
    $cmd = "mysqldump --single-transaction " . escapeshellarg($dbName) . " > " . escapeshellarg($target);
    exec($cmd, $out, $code);                                      // ok: CWE-78
    return $code === 0;
}
