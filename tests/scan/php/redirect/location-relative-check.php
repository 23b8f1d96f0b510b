<?php
$next = $_GET['next'] ?? '/';
if (!preg_match('#^/[^/\\\\]#', $next)) {
    $next = '/';
}
header('Location: ' . $next);                                     // ok: CWE-601
exit;
