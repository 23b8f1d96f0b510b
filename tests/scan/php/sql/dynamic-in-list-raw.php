<?php
$in = $_GET['ids'];
$rows = $pdo->query("SELECT * FROM photos WHERE id IN ($in)")->fetchAll();   // expect: CWE-89
