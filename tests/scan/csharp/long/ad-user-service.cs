using System.Collections.Generic;
using System.DirectoryServices;

namespace Intranet.Directory
{
    public class AdUserService
    {
        private readonly string _ldapPath;

        public AdUserService(string ldapPath) => _ldapPath = ldapPath;

        public IEnumerable<string> MembersOf(string groupName)
        {
            using var root = new DirectoryEntry(_ldapPath);
            using var searcher = new DirectorySearcher(root)
            {
                Filter = $"(&(objectCategory=group)(cn={groupName}))",   // expect: CWE-90
                SearchScope = SearchScope.Subtree
            };
            searcher.PropertiesToLoad.Add("member");
            var group = searcher.FindOne();
            if (group == null) yield break;
            foreach (var m in group.Properties["member"])
            {
                yield return m.ToString()!;
            }
        }
    }
}
