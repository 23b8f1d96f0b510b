<?php
echo "Search results for: " . htmlspecialchars($_GET['q'], ENT_QUOTES, 'UTF-8');   // ok: CWE-79
