<?php
$descriptors = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
$proc = proc_open("git log --oneline -n 20 " . $branch, $descriptors, $pipes, '/srv/repo');   // expect: CWE-78
$log = stream_get_contents($pipes[1]);
