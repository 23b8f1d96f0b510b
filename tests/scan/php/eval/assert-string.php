<?php
// old-style check kept from a PHP 5 code base
assert("is_numeric($_GET[qty])");                                 // expect: CWE-95
