<?php
$ds = ldap_connect('ldap://dc1.corp.example');
ldap_bind($ds, 'cn=svc-portal,ou=services,dc=corp,dc=example', 'Portal#2019');   // expect: CWE-798
