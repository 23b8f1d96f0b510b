<?php
parse_str($_SERVER['QUERY_STRING']);                              // expect: CWE-621
