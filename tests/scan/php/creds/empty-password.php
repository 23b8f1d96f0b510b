<?php
$servername = "localhost";
$username = "root";
$password = "";                                                   // expect: CWE-798
$conn = new mysqli($servername, $username, $password);
