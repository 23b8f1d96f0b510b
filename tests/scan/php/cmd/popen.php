<?php
$h = popen('tail -n 100 /var/log/app/' . $_GET['log'], 'r');       // expect: CWE-78
while (!feof($h)) {
    echo htmlspecialchars(fgets($h));
}
pclose($h);
