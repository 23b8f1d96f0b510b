<?php
error_log("Failed login for user " . str_replace(["\r", "\n"], '', $_POST['username']));   // ok: CWE-117
