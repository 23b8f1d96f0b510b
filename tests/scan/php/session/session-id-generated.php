<?php
session_id(session_create_id('app-'));                            // ok: CWE-384
session_start();
