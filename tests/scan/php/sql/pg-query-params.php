<?php
$name = $_REQUEST['name'];
$result = pg_query_params($dbconn, 'SELECT * FROM members WHERE lastname = $1', [$name]);   // ok: CWE-89
