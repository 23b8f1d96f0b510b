<?php
$client = new \GuzzleHttp\Client(['base_uri' => 'https://api.exchangerate.host']);
$res = $client->get('/latest', ['query' => ['base' => $currency]]);   // ok: CWE-918
