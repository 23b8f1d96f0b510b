<?php
mkdir($uploadDir, 0777, true);                                    // expect: CWE-732
