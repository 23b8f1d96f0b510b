<?php
$client = new \GuzzleHttp\Client(['verify' => '/etc/ssl/certs/internal-ca.pem', 'timeout' => 10]);   // ok: CWE-295
