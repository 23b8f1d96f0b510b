<?php
function backoff(int $attempt): int
{
    $base = min(30000, 100 * (2 ** $attempt));
    return $base + random_int(0, 250);                            // ok: CWE-330
}
