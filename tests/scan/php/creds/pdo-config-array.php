<?php
$config = require __DIR__ . '/../config/database.php';
$pdo = new PDO($config['dsn'], $config['user'], $config['password']);   // ok: CWE-798
