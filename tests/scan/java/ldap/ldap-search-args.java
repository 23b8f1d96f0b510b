import javax.naming.NamingEnumeration;
import javax.naming.directory.*;

public class LdapLookup {
    private final DirContext ctx;

    public LdapLookup(DirContext ctx) { this.ctx = ctx; }

    public SearchResult findUser(String uid) throws Exception {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        NamingEnumeration<SearchResult> res =
                ctx.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(uid={0}))", new Object[] {uid}, sc);   // ok: CWE-90
        return res.hasMore() ? res.next() : null;
    }
}
