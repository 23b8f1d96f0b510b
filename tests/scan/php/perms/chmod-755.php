<?php
mkdir($uploadDir, 0755, true);                                    // ok: CWE-732
