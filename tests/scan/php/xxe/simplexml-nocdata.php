<?php
$feed = simplexml_load_file($feedUrl, 'SimpleXMLElement', LIBXML_NOCDATA);   // ok: CWE-611
