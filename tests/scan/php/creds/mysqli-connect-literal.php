<?php
$link = mysqli_connect('localhost', 'root', '', 'inventory');     // expect: CWE-798
mysqli_set_charset($link, 'utf8mb4');
