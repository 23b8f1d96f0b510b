<?php
file_put_contents($logFile, $line, FILE_APPEND);
chmod($logFile, 0666);                                            // expect: CWE-732
