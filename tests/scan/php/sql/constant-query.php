<?php
$result = mysqli_query($conn, "SELECT COUNT(*) AS n FROM users WHERE active = 1");   // ok: CWE-89
$count = mysqli_fetch_assoc($result)['n'];
