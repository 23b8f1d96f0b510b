<?php
header("Location: " . $_GET['next']);                             // expect: CWE-601
exit;
