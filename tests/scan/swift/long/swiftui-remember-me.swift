import SwiftUI

struct SignInView: View {
    @AppStorage("rememberedUser") private var rememberedUser = ""
    @AppStorage("rememberedPassword") private var rememberedPassword = "" // expect: CWE-312
    @State private var user = ""
    @State private var password = ""
    @State private var remember = true
    let api: AuthAPI

    var body: some View {
        VStack(spacing: 12) {
            TextField("User", text: $user)
            SecureField("Password", text: $password)
            Toggle("Remember me", isOn: $remember)
            Button("Sign in") {
                Task {
                    guard (try? await api.signIn(user, password)) != nil else { return }
                    if remember {
                        rememberedUser = user
                        rememberedPassword = password
                    }
                }
            }
        }
        .padding()
        .onAppear {
            user = rememberedUser
            password = rememberedPassword
        }
    }
}
