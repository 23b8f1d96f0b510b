<?php
$ids = array_map('intval', explode(',', $_GET['ids']));
$in = implode(',', $ids);
$rows = $pdo->query("SELECT * FROM photos WHERE id IN ($in)")->fetchAll();   // ok: CWE-89
