<?php
$id = (int) $_GET['id'];
$res = mysqli_query($conn, "SELECT * FROM news WHERE id = $id");  // ok: CWE-89
