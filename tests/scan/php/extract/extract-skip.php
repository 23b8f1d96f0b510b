<?php
extract($row, EXTR_SKIP);                                         // ok: CWE-621
