<?php
function backup_database(string $dbName, string $target): bool
{
    $cmd = "mysqldump --single-transaction " . $dbName . " > " . $target;
    exec($cmd, $out, $code);                                      // expect: CWE-78
    return $code === 0;
}
