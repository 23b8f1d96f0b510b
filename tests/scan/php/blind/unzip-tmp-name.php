<?php
// the temporary path is chosen by PHP, not by the client
$list = shell_exec('unzip -l ' . escapeshellarg($_FILES['archive']['tmp_name']));   // ok: CWE-78
