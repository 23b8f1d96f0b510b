<?php
file_put_contents($cacheFile, serialize($data));                  // ok: CWE-502
