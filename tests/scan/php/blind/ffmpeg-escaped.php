<?php
exec('ffmpeg -y -i ' . escapeshellarg($in) . ' -vf scale=320:-1 ' . escapeshellarg($out), $o, $rc);   // ok: CWE-78
