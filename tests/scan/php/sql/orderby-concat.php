<?php
$sort = $_GET['sort'] ?? 'name';
$sql = 'SELECT id, name, price FROM items ORDER BY ' . $sort;
$items = $pdo->query($sql)->fetchAll();                           // expect: CWE-89
