import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.directory.*;

public class LdapLookup {
    private final DirContext ctx;

    public LdapLookup(DirContext ctx) { this.ctx = ctx; }

    public SearchResult findUser(String uid) throws Exception {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        String filter = "(&(objectClass=person)(uid=" + uid + "))";
        NamingEnumeration<SearchResult> res = ctx.search("ou=people,dc=example,dc=com", filter, sc);   // expect: CWE-90
        return res.hasMore() ? res.next() : null;
    }
}
