<?php
$text = preg_replace('/\{(\w+)\}/e', '$vars["\\1"]', $template);  // expect: CWE-95
