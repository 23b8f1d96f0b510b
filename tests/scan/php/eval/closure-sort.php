<?php
$field = in_array($_GET['sort'], ['name', 'date'], true) ? $_GET['sort'] : 'name';
usort($rows, fn($a, $b) => strcmp($a[$field], $b[$field]));      // ok: CWE-95
