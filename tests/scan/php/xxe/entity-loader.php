<?php
libxml_disable_entity_loader(false);                              // expect: CWE-611
$sx = simplexml_load_string($_POST['xml']);
