<?php
extract($_POST, EXTR_OVERWRITE);                                  // expect: CWE-621
