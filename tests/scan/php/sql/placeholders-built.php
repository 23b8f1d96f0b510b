<?php
$ids = $_POST['ids'];
$marks = implode(',', array_fill(0, count($ids), '?'));
$stmt = $pdo->prepare("SELECT * FROM photos WHERE id IN ($marks)");   // ok: CWE-89
$stmt->execute($ids);
