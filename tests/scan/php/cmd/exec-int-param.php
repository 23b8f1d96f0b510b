<?php
$pid = (int) $_POST['pid'];
exec('kill -TERM ' . $pid);                                       // ok: CWE-78
