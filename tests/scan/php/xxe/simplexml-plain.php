<?php
$sx = simplexml_load_string($body);                               // ok: CWE-611
