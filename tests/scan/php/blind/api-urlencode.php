<?php
$json = file_get_contents('https://api.example.com/users/' . urlencode($id));   // ok: CWE-918
