<?php
session_start();
if (empty($_SESSION['uid'])) {
    header('Location: login.php');
    exit;
}

$base = '/srv/userfiles/' . (int) $_SESSION['uid'];
$action = $_GET['a'] ?? 'list';
$name = basename($_REQUEST['f'] ?? '');

switch ($action) {
    case 'view':
        echo '<pre>' . htmlspecialchars(file_get_contents($base . '/' . $name)) . '</pre>';   // ok: CWE-22
        break;
    case 'delete':
        unlink($base . '/' . $name);                              // ok: CWE-22
        header('Location: files.php');
        break;
    default:
        foreach (scandir($base) as $f) {
            if ($f[0] !== '.') {
                echo '<li><a href="?a=view&f=' . urlencode($f) . '">' . htmlspecialchars($f) . '</a></li>';
            }
        }
}
