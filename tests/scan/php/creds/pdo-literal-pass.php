<?php
$pdo = new PDO('pgsql:host=db;dbname=reports', 'reporter', 'Rep0rt!ng2023', [   // expect: CWE-798
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
