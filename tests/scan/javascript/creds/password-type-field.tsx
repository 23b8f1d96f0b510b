export function LoginForm() {
  return (
    <form>
      <input type="password" name="password" placeholder="Password" /> {/* ok: CWE-798 */}
    </form>
  );
}
