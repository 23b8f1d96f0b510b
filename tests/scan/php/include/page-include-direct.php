<?php
include $_GET['page'];                                            // expect: CWE-98
