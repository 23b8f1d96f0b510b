<?php
session_start();
if (empty($_SESSION['uid'])) {
    header('Location: login.php');
    exit;
}

$base = '/srv/userfiles/' . $_SESSION['uid'];
$action = $_GET['a'] ?? 'list';

switch ($action) {
    case 'view':
        $name = $_GET['f'];
        echo '<pre>' . htmlspecialchars(file_get_contents($base . '/' . $name)) . '</pre>';   // expect: CWE-22
        break;
    case 'delete':
        unlink($base . '/' . $_POST['f']);                        // expect: CWE-22
        header('Location: files.php');
        break;
    case 'zip':
        $dir = $_GET['dir'];
        exec("cd $base && zip -r /tmp/out.zip $dir");             // expect: CWE-78
        readfile('/tmp/out.zip');
        break;
    default:
        foreach (scandir($base) as $f) {
            if ($f[0] !== '.') {
                echo '<li><a href="?a=view&f=' . urlencode($f) . '">' . htmlspecialchars($f) . '</a></li>';
            }
        }
}
