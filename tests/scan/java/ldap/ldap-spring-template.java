        List<String> names = ldapTemplate.search("ou=groups", "(member=uid=" + username + ",ou=people)",   // expect: CWE-90
                (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
