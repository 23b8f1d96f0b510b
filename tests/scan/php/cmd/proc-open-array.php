<?php
$descriptors = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
// PHP 7.4+: an array command runs without a shell
$proc = proc_open(['git', 'log', '--oneline', '-n', '20', $branch], $descriptors, $pipes, '/srv/repo');   // ok: CWE-78
$log = stream_get_contents($pipes[1]);
