struct LoginView: View {
    @AppStorage("password") private var password = "" // expect: CWE-312
    @AppStorage("username") private var username = ""
