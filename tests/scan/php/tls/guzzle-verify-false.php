<?php
$client = new \GuzzleHttp\Client(['verify' => false, 'timeout' => 10]);   // expect: CWE-295
