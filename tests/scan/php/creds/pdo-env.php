<?php
$pdo = new PDO(getenv('DATABASE_DSN'), getenv('DATABASE_USER'), getenv('DATABASE_PASSWORD'), [   // ok: CWE-798
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
