<?php
$dir = $_GET['dir'];
system(escapeshellcmd('ls -la ' . $dir));                          // expect: CWE-88
