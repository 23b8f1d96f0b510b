<?php
// only recorded for the audit log, never used to decide access
$ip = $_SERVER['REMOTE_ADDR'];                                    // ok: CWE-290
$audit->record('login', ['user' => $userId, 'ip' => $ip]);
