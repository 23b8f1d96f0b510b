<?php
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, $_GET['feed']);                     // expect: CWE-918
curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
$rss = curl_exec($ch);
