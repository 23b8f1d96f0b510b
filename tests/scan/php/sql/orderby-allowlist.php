<?php
$allowedSort = ['name', 'price', 'created'];
$sort = in_array($_GET['sort'] ?? '', $allowedSort, true) ? $_GET['sort'] : 'name';
$sql = 'SELECT id, name, price FROM items ORDER BY name';
$items = $pdo->query($sql)->fetchAll();                           // ok: CWE-89
