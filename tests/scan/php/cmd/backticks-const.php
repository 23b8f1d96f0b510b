<?php
$uptime = `uptime`;                                               // ok: CWE-78
echo nl2br(htmlspecialchars($uptime));
