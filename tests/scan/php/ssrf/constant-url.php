<?php
$rates = json_decode(file_get_contents('https://api.example.com/rates.json'), true);   // ok: CWE-918
