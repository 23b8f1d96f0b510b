<?php
function make_thumbnail(string $src, string $dst, int $width): void
{
    $cmd = sprintf('convert %s -resize %dx %s', escapeshellarg($src), $width, escapeshellarg($dst));
    exec($cmd, $output, $rc);                                     // ok: CWE-78
    if ($rc !== 0) {
        throw new RuntimeException('convert failed: ' . implode("\n", $output));
    }
}
