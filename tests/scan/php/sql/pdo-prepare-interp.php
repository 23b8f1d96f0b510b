<?php
// prepare() does not help when the value is already in the string
$stmt = $pdo->prepare("SELECT * FROM invoices WHERE customer = '{$_GET['customer']}'");   // expect: CWE-89
$stmt->execute();
