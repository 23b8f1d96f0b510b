<?php
$id = $_GET['id'];
$result = mysqli_query($conn, "SELECT * FROM products WHERE id = '$id'");   // expect: CWE-89
$row = mysqli_fetch_assoc($result);
