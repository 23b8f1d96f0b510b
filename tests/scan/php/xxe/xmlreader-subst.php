<?php
$reader = new XMLReader();
$reader->XML($body);
$reader->setParserProperty(XMLReader::SUBST_ENTITIES, true);      // expect: CWE-611
