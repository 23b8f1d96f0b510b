<?php
use Symfony\Component\Process\Process;

$process = Process::fromShellCommandline("ffmpeg -i $input -vf scale=640:-1 $output");   // expect: CWE-78
$process->mustRun();
