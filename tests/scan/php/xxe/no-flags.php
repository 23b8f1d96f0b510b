<?php
$xml = file_get_contents('php://input');
$doc = new DOMDocument();
$doc->loadXML($xml, LIBXML_NONET);                                // ok: CWE-611
$name = $doc->getElementsByTagName('name')->item(0)->nodeValue;
