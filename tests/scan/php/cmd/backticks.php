<?php
$domain = $_GET['domain'];
$whois = `whois $domain`;                                         // expect: CWE-78
echo nl2br(htmlspecialchars($whois));
