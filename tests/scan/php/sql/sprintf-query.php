<?php
$sql = sprintf("SELECT * FROM accounts WHERE login = '%s'", $_POST['login']);
$rows = $pdo->query($sql)->fetchAll();                            // expect: CWE-89
