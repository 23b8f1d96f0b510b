<?php
$routes = [
    'news/list' => 'modules/news/list.php',
    'news/show' => 'modules/news/show.php',
];
$key = ($_REQUEST['module'] ?? '') . '/' . ($_REQUEST['action'] ?? '');
require $routes[$key] ?? 'modules/home.php';                      // ok: CWE-98
