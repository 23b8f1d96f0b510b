<?php
use Symfony\Component\Process\Process;

$process = new Process(['ffmpeg', '-i', $input, '-vf', 'scale=640:-1', $output]);   // ok: CWE-78
$process->mustRun();
