<?php
$feed = simplexml_load_file($feedUrl, 'SimpleXMLElement', LIBXML_NOENT | LIBXML_NOCDATA);   // expect: CWE-611
