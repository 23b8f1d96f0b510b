<?php
$result = $pdo->query("SELECT * FROM users WHERE id = " . $_GET['id']);   // expect: CWE-89
$user = $result->fetch();
