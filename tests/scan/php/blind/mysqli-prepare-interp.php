<?php
$email = $_POST['email'];
$stmt = $mysqli->prepare("SELECT id, name FROM users WHERE email = '$email'");   // expect: CWE-89
$stmt->execute();
