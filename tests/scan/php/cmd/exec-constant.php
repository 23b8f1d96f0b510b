<?php
exec('php artisan queue:restart', $out);                          // ok: CWE-78
