<?php
$cart = isset($_COOKIE['cart']) ? unserialize($_COOKIE['cart']) : [];   // expect: CWE-502
