<?php
libxml_disable_entity_loader(true);                               // ok: CWE-611
$sx = simplexml_load_string($_POST['xml']);
