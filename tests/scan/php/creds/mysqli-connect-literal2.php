<?php
$mysqli = new mysqli("127.0.0.1", "app", "s3cr3tPass", "crm");    // expect: CWE-798
if ($mysqli->connect_errno) {
    exit("db error");
}
