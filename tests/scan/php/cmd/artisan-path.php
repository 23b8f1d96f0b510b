<?php
public function handle(): void
{
    $artisan = base_path('artisan');
    passthru(PHP_BINARY . " $artisan migrate:fresh --force -q");  // ok: CWE-78
}
