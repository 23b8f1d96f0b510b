<?php
$field = $_GET['sort'];
usort($rows, create_function('$a, $b', 'return strcmp($a["' . $field . '"], $b["' . $field . '"]);'));   // expect: CWE-95
