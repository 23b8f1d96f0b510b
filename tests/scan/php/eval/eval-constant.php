<?php
eval('$x = 1 + 2;');                                              // ok: CWE-95
