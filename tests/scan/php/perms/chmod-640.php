<?php
chmod($logFile, 0640);                                            // ok: CWE-732
