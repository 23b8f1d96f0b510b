<?php
assert(is_numeric($qty), 'qty must be numeric');                  // ok: CWE-95
