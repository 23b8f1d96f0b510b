<?php
$state = unserialize(base64_decode($_POST['state']));             // expect: CWE-502
