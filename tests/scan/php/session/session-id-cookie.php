<?php
session_id($_COOKIE['PHPSESSID_APP']);                            // expect: CWE-384
session_start();
