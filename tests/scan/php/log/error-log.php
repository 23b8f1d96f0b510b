<?php
error_log("Failed login for user " . $_POST['username']);         // expect: CWE-117
