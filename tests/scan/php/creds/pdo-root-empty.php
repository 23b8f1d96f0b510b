<?php
try {
    $dsn = 'mysql:host=localhost;dbname=blog;charset=utf8mb4';
    $pdo = new PDO($dsn, 'root', '');                             // expect: CWE-798
    $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
} catch (PDOException $e) {
    echo 'Connection failed';
}
