<?php
$stmt = mysqli_prepare($conn, "SELECT * FROM products WHERE id = ?");   // ok: CWE-89
mysqli_stmt_bind_param($stmt, 'i', $_GET['id']);
mysqli_stmt_execute($stmt);
$result = mysqli_stmt_get_result($stmt);
