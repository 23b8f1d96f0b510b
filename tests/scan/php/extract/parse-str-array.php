<?php
parse_str($_SERVER['QUERY_STRING'], $params);                     // ok: CWE-621
