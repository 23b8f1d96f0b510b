<?php
$tpl = file_get_contents(__DIR__ . '/templates/email.html');      // ok: CWE-22
