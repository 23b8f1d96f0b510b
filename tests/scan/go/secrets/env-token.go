package github

import "os"

func client() *github.Client {
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: os.Getenv("GITHUB_TOKEN")}) // ok: CWE-798
	return github.NewClient(oauth2.NewClient(context.Background(), ts))
}
