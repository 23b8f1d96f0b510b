<?php
$sql = sprintf("SELECT * FROM accounts WHERE id = %d", $_POST['id']);
$rows = $pdo->query($sql)->fetchAll();                            // ok: CWE-89
