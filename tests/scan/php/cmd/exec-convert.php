<?php
function make_thumbnail(string $src, string $dst, int $width): void
{
    exec("convert $src -resize {$width}x $dst", $output, $rc);    // expect: CWE-78
    if ($rc !== 0) {
        throw new RuntimeException('convert failed: ' . implode("\n", $output));
    }
}
