<?php
foreach ($tables as $table) {
    DB::statement("DROP TABLE IF EXISTS {$table}");                // ok: CWE-89
}
