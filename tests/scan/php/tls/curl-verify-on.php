<?php
$ch = curl_init('https://partner.example.com/api/orders');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);                   // ok: CWE-295
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);                      // ok: CWE-295
curl_setopt($ch, CURLOPT_CAINFO, '/etc/ssl/partner-ca.pem');
$orders = json_decode(curl_exec($ch), true);
