package github

const githubToken = "ghp_Zx81bQm2LkP0aQw9eRt7YuI3oP5sD2fG8hJ4" // expect: CWE-798

func client() *github.Client {
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: githubToken})
	return github.NewClient(oauth2.NewClient(context.Background(), ts))
}
