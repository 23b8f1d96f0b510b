<?php
$ch = curl_init('https://api.partner.example/v1/orders');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);                   // ok: CWE-295
$body = curl_exec($ch);
