<?php
if (array_key_exists('name', $_GET) && $_GET['name'] != null) {
    $name = htmlspecialchars($_GET['name'], ENT_QUOTES, 'UTF-8');
    $html .= "<pre>Hello {$name}</pre>";                          // ok: CWE-79
}
