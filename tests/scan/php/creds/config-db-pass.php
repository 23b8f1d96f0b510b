<?php
// config.php
$db_host = 'localhost';
$db_user = 'root';
$db_pass = 'root';                                                // expect: CWE-798
$db_name = 'shop';
$conn = mysqli_connect($db_host, $db_user, $db_pass, $db_name);
if (!$conn) {
    die('Connection failed: ' . mysqli_connect_error());
}
