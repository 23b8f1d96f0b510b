export const Profile = ({ user }) => (
  <div>
    <a href={user.website}>{user.name}</a>
    <div dangerouslySetInnerHTML={{ __html: user.signature }} /> {/* expect: CWE-79 */}
  </div>
);
