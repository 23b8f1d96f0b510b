<?php
$prefs = json_decode($_COOKIE['prefs'] ?? '{}', true);             // ok: CWE-502
