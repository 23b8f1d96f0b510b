<?php
$mysqli = new mysqli(
    $_ENV['DB_HOST'],
    $_ENV['DB_USER'],
    $_ENV['DB_PASSWORD'],                                         // ok: CWE-798
    $_ENV['DB_NAME']
);
