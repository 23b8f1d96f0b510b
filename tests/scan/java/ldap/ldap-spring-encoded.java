        String filter = new EqualsFilter("member", "uid=" + username + ",ou=people").encode();
        List<String> names = ldapTemplate.search("ou=groups", filter,   // ok: CWE-90
                (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
