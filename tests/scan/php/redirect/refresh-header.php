<?php
header('Refresh: 3; url=' . $_GET['next']);                       // expect: CWE-601
echo 'Saved. Redirecting...';
