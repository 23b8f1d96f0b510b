<?php
$doc = simplexml_load_string($data, 'SimpleXMLElement', LIBXML_NOENT);   // expect: CWE-611
