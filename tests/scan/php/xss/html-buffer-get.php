<?php
// vulnerabilities/greeting/source.php
if (array_key_exists('name', $_GET) && $_GET['name'] != null) {
    $html .= "<pre>Hello {$_GET['name']}</pre>";                  // expect: CWE-79
}
