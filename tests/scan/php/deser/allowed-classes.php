<?php
$state = unserialize(base64_decode($_POST['state']), ['allowed_classes' => false]);   // ok: CWE-502
