<?php
function read_report($name) {
    $fh = fopen("/srv/reports/{$name}.csv", 'r');                 // expect: CWE-22
    $rows = [];
    while (($line = fgetcsv($fh)) !== false) {
        $rows[] = $line;
    }
    fclose($fh);
    return $rows;
}
