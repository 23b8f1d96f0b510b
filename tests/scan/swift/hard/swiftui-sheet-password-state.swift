struct ChangePasswordView: View {
    @State private var password = "" // ok: CWE-798
    @State private var confirm = ""
    var body: some View {
        SecureField("New password", text: $password)
    }
}
