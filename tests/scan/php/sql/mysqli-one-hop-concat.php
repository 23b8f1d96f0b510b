<?php
$email = $_POST['email'];
$query = "SELECT id, password_hash FROM users WHERE email = '" . $email . "' LIMIT 1";
$result = $mysqli->query($query);                                 // expect: CWE-89
