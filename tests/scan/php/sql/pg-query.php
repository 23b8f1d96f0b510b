<?php
$name = $_REQUEST['name'];
$result = pg_query($dbconn, "SELECT * FROM members WHERE lastname = '" . $name . "'");   // expect: CWE-89
