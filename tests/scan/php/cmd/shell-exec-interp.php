<?php
$file = $_POST['file'];
$out = shell_exec("file --mime-type /uploads/$file");             // expect: CWE-78
echo '<pre>' . htmlspecialchars($out) . '</pre>';
